#!/usr/bin/env python3
"""Fits the two logistic models of claims/similarity.cc from signal dumps.

Plain Python 3, no third-party packages. Input: the TSV that
`pair_eval_main --features FILE` prints (columns: label, group, then the
PairSignals in PairSignals::kNames order; `group` is a hash of the earlier
statement, so all headlines about one Emergent claim share a group).

    B=bazel-out/k8-opt/bin/claims/pair_eval_main
    $B --features /work/shared/eval/pairs/mrpc/dev.jsonl > /tmp/mrpc.tsv
    $B --features /work/shared/eval/pairs/emergent/dev.jsonl > /tmp/emergent.tsv
    python3 claims/tools/fit_pair_model.py --mrpc /tmp/mrpc.tsv --emergent /tmp/emergent.tsv

Models (Newton's method on the L2-penalised log loss, intercept unpenalised):
  similarity     on MRPC dev: paraphrase vs not.
  contradiction  on Emergent dev (against vs for/observing) plus every MRPC
                 dev pair as a negative, down-weighted (--mrpc-con-weight):
                 MRPC has no contradictions, and without it the model learns
                 from headlines alone that any shared negated word is one,
                 which makes paraphrases of long news sentences contradictions.

It prints both weight arrays (paste into kSimilarityModel and
kContradictionModel), the thresholds, and the scores of the whole decision
(ContradictionScore's rules and Judge's order replicated here) on full dev
(in-sample) and by grouped k-fold cross-validation (out-of-fold scores at
the same thresholds), so over-fitting shows.
"""
import argparse
import math
import random

DUP_LABELS = {"duplicate", "paraphrase", "entailment", "neutral"}
# Signals left out of a model on purpose (weight printed as 0).
SIM_EXCLUDE = {
    # Cues and negations say nothing about rewording; they are the
    # contradiction model's business and only add noise here.
    "strong_cue_diff", "weak_cue_diff", "neg_diff", "neg_shared", "antonym", "hedge_diff",
    "question", "title_case", "strong_cue_any", "negated_cue", "core_antonym",
    "strong_cue_later", "neg_later", "death_flip", "neg_shared_later", "cue_x_cov",
    "neg_x_cov", "cue_in_question", "hedge_later",
}
CON_EXCLUDE = {
    # Both statements saying "no evidence" agree: only differences count.
    "strong_cue_any",
}
K_SAME_SUBJECT = 0.6  # kSameSubject in similarity.cc
K_SAME_SUBJECT_FOR_NEGATION = 0.95  # kSameSubjectForNegation


def read_tsv(path):
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header[:2] == ["label", "group"], "run pair_eval_main --features"
        rows = []
        for line in f:
            parts = line.rstrip("\n").split("\t")
            rows.append((parts[0], parts[1], [float(x) for x in parts[2:]]))
    return header[2:], rows


def sigmoid(z):
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def solve(a, b):
    """Gaussian elimination with partial pivoting; singular columns → 0."""
    m = len(b)
    aug = [a[i][:] + [b[i]] for i in range(m)]
    for c in range(m):
        p = max(range(c, m), key=lambda r: abs(aug[r][c]))
        aug[c], aug[p] = aug[p], aug[c]
        if abs(aug[c][c]) < 1e-12:
            continue
        for r in range(m):
            if r != c and aug[r][c]:
                f = aug[r][c] / aug[c][c]
                ar, ac = aug[r], aug[c]
                for k in range(c, m + 1):
                    ar[k] -= f * ac[k]
    return [aug[i][m] / aug[i][i] if abs(aug[i][i]) > 1e-12 else 0.0 for i in range(m)]


def fit(xs, ys, ws, l2, iterations=15):
    """xs: sparse rows [(index, value)] with index 0 = intercept."""
    d = 1 + max(i for x in xs for i, _ in x)
    w = [0.0] * d
    total = sum(ws)
    for _ in range(iterations):
        h = [[0.0] * d for _ in range(d)]
        g = [0.0] * d
        for x, y, sw in zip(xs, ys, ws):
            p = sigmoid(sum(w[i] * v for i, v in x))
            e = (p - y) * sw
            s = p * (1 - p) * sw
            for i, v in x:
                g[i] += e * v
                hi = h[i]
                sv = s * v
                for j, u in x:
                    hi[j] += sv * u
        for i in range(1, d):
            h[i][i] += l2 * total
            g[i] += l2 * total * w[i]
        for i in range(d):
            h[i][i] += 1e-9
        step = solve(h, g)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-5:
            break
    return w


def sparse(values, use):
    row = [(0, 1.0)]
    for j, i in enumerate(use):
        if values[i]:
            row.append((j + 1, values[i]))
    return row


def score(w, row):
    return sigmoid(sum(w[i] * v for i, v in row))


def full_weights(w, use, n):
    out = [0.0] * (n + 1)
    out[0] = w[0]
    for j, i in enumerate(use):
        out[i + 1] = w[j + 1]
    return out


def contradiction_score(logit, v, idx):
    # Mirrors PairMatcher::ContradictionScore.
    if v[idx["cov_max"]] <= 0:
        return 0.0
    same = v[idx["soft_cov_min"]]
    only_difference = v[idx["unmatched_long"]] <= 0.1 + 1e-9
    number = (v[idx["unit_mismatch"]] > 0 and v[idx["num_mismatch_ctx"]] > 0 and
              v[idx["num_unmatched"]] < 0.7 and only_difference)
    antonym = v[idx["core_antonym"]] > 0 and only_difference
    negation = (v[idx["neg_shared"]] > 0 and v[idx["neg_diff"]] > 0 and
                same >= K_SAME_SUBJECT_FOR_NEGATION)
    if same >= K_SAME_SUBJECT and v[idx["entity_diff"]] == 0 and (number or negation or antonym):
        logit = max(logit, 0.5 + 0.45 * same)
    return logit


def prf(pred, gold):
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    fp = sum(1 for p, g in zip(pred, gold) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold) if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(scores, gold, min_precision=0.0):
    best = (-1.0, 0.5)
    for k in range(1, 100):
        t = k / 100
        p, _, f = prf([s >= t for s in scores], gold)
        if p >= min_precision and f > best[0]:
            best = (f, t)
    return best[1]


def fmt(weights):
    lines, line = [], "    "
    for k, x in enumerate(weights):
        item = "%.3f," % x
        if len(line) + len(item) + 1 > 96:
            lines.append(line.rstrip())
            line = "    "
        line += item + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def folds_by_group(rows, k, seed):
    groups = sorted({g for _, g, _ in rows})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [fold_of[g] for _, g, _ in rows]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mrpc", required=True, help="features TSV of MRPC dev")
    ap.add_argument("--emergent", required=True, help="features TSV of Emergent dev")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--l2-sim", type=float, default=0.002)
    ap.add_argument("--l2-con", type=float, default=0.002)
    ap.add_argument("--mrpc-con-weight", type=float, default=0.5)
    ap.add_argument("--link", type=float, default=None,
                    help="link threshold (default: F1-best on MRPC dev similarity)")
    ap.add_argument("--min-precision", type=float, default=0.8)
    args = ap.parse_args()

    names, mrpc = read_tsv(args.mrpc)
    names2, emergent = read_tsv(args.emergent)
    assert names == names2
    idx = {n: i for i, n in enumerate(names)}
    sim_use = [i for i, n in enumerate(names) if n not in SIM_EXCLUDE]
    con_use = [i for i, n in enumerate(names) if n not in CON_EXCLUDE]

    def sim_data(rows):
        return ([sparse(v, sim_use) for _, _, v in rows],
                [1 if lab in DUP_LABELS else 0 for lab, _, _ in rows], [1.0] * len(rows))

    def con_data(em_rows, mr_rows):
        xs = [sparse(v, con_use) for _, _, v in em_rows + mr_rows]
        ys = [1 if lab == "contradiction" else 0 for lab, _, _ in em_rows + mr_rows]
        ws = [1.0] * len(em_rows) + [args.mrpc_con_weight] * len(mr_rows)
        return xs, ys, ws

    def train(mr_rows, em_rows):
        ws = fit(*sim_data(mr_rows), args.l2_sim)
        wc = fit(*con_data(em_rows, mr_rows), args.l2_con)
        return ws, wc

    def predict(ws, wc, rows):
        sims = [score(ws, sparse(v, sim_use)) for _, _, v in rows]
        cons = [contradiction_score(score(wc, sparse(v, con_use)), v, idx) for _, _, v in rows]
        return sims, cons

    def report(tag, mr_pred, em_pred, link, con_t):
        mr_gold = [lab in DUP_LABELS for lab, _, _ in mrpc]
        em_dup = [lab in DUP_LABELS for lab, _, _ in emergent]
        em_con = [lab == "contradiction" for lab, _, _ in emergent]
        sims, cons = mr_pred
        dup = [c < con_t and s >= link for s, c in zip(sims, cons)]
        p, r, f = prf(dup, mr_gold)
        p0, r0, f0 = prf([s >= link for s in sims], mr_gold)
        print("%-8s MRPC duplicate      P %.3f R %.3f F1 %.4f  (similarity alone F1 %.4f; "
              "%d contradictions)" % (tag, p, r, f, f0, sum(c >= con_t for c in cons)))
        sims, cons = em_pred
        p, r, f = prf([c >= con_t for c in cons], em_con)
        print("%-8s Emergent contradiction P %.3f R %.3f F1 %.4f" % (tag, p, r, f))
        dup = [c < con_t and s >= link for s, c in zip(sims, cons)]
        p, r, f = prf(dup, em_dup)
        print("%-8s Emergent duplicate  P %.3f R %.3f F1 %.3f" % (tag, p, r, f))

    ws, wc = train(mrpc, emergent)
    mr_pred, em_pred = predict(ws, wc, mrpc), predict(ws, wc, emergent)
    link = args.link if args.link is not None else best_threshold(
        mr_pred[0], [lab in DUP_LABELS for lab, _, _ in mrpc])
    con_t = best_threshold(em_pred[1], [lab == "contradiction" for lab, _, _ in emergent],
                           args.min_precision)
    print("// similarity (MRPC dev, l2 %g), order PairSignals::kNames" % args.l2_sim)
    print("constexpr double kSimilarityModel[PairSignals::kCount + 1] = {")
    print(fmt(full_weights(ws, sim_use, len(names))))
    print("};")
    print("// contradiction (Emergent dev + MRPC dev x %g as negatives, l2 %g)" %
          (args.mrpc_con_weight, args.l2_con))
    print("constexpr double kContradictionModel[PairSignals::kCount + 1] = {")
    print(fmt(full_weights(wc, con_use, len(names))))
    print("};")
    print("thresholds: link %.2f, contradiction %.2f (F1-best with precision >= %.2f)" %
          (link, con_t, args.min_precision))
    report("full-dev", mr_pred, em_pred, link, con_t)

    # Grouped k-fold: each fold's pairs scored by models fitted on the rest.
    mf = folds_by_group(mrpc, args.folds, args.seed)
    ef = folds_by_group(emergent, args.folds, args.seed)
    oof_m = ([0.0] * len(mrpc), [0.0] * len(mrpc))
    oof_e = ([0.0] * len(emergent), [0.0] * len(emergent))
    for k in range(args.folds):
        ws_k, wc_k = train([r for r, f in zip(mrpc, mf) if f != k],
                           [r for r, f in zip(emergent, ef) if f != k])
        for rows, folds, oof in ((mrpc, mf, oof_m), (emergent, ef, oof_e)):
            held = [i for i, f in enumerate(folds) if f == k]
            sims, cons = predict(ws_k, wc_k, [rows[i] for i in held])
            for i, s, c in zip(held, sims, cons):
                oof[0][i], oof[1][i] = s, c
    report("%d-fold" % args.folds, oof_m, oof_e, link, con_t)


if __name__ == "__main__":
    main()
