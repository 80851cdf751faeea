#!/usr/bin/env python3
"""Scores the links ingest would store on the pair sets, and calibrates the
suggestion threshold; writes it as generated data for claims/linker.cc.

Input: the TSV of `pair_eval_main --links FILE` (columns: label, group,
similarity, contradiction, link), one for MRPC dev and one for Emergent
dev. The link column holds what claims/linker.h DecideLink gives the pair
read as two speakers in two outlets' stories: repeat / recycled /
contradicts / altered, "?" appended for a suggestion, "" for none.

    B=bazel-bin/claims/pair_eval_main
    $B --links ../shared/eval/pairs/mrpc/dev.jsonl > /tmp/mrpc_links.tsv
    $B --links ../shared/eval/pairs/emergent/dev.jsonl > /tmp/emergent_links.tsv
    /usr/bin/python3 claims/tools/calibrate_links.py \\
        --mrpc /tmp/mrpc_links.tsv --emergent /tmp/emergent_links.tsv \\
        --out claims/link_calibration.inc

Suggestions ("recycled?") are pairs the matcher finds similar but below a
confirmed link. A desk reviews them, so they must be right more often than
not: the threshold is the lowest similarity at which the suggestions just
above it are gold paraphrases with precision >= --min-precision on MRPC dev.
MRPC's negatives are hard ones about the same event, like the candidates
ingest meets; Emergent's only negatives are contradictions, which the
linker already keeps out of suggestions, so it is scored, not fitted on.

Figures printed: the confirmed links and contradictions on each file
in-sample, then grouped 5-fold cross-validation of the threshold (chosen on
four folds, scored on the fifth; groups keep every pair of one earlier
sentence in one fold). The sealed test files are not read here.
"""
import argparse
import random
import sys

DUP = {"duplicate", "paraphrase", "entailment", "neutral"}
CON = {"contradiction"}


def read(path, source):
    rows = []
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header[:5] == ["label", "group", "similarity", "contradiction", "link"], header
        for line in f:
            p = line.rstrip("\n").split("\t")
            p += [""] * (len(header) - len(p))
            rows.append({"label": p[0], "group": source + p[1], "sim": float(p[2]),
                         "link": p[4], "source": source})
    return rows


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def confirmed_dup(row):
    return row["link"] in ("repeat", "recycled", "altered")


def scores(rows, predicate, gold):
    tp = sum(1 for r in rows if predicate(r) and r["label"] in gold)
    fp = sum(1 for r in rows if predicate(r) and r["label"] not in gold)
    fn = sum(1 for r in rows if not predicate(r) and r["label"] in gold)
    return prf(tp, fp, fn)


def suggested(row, threshold):
    return row["link"].endswith("?") and row["sim"] >= threshold


def choose(rows, min_precision):
    """The lowest threshold at which the suggestions just above it (the next
    0.1 of similarity, where a reviewer's doubtful cases are) are right at
    least min_precision of the time."""
    for t in [x / 100 for x in range(20, 100)]:
        margin = [r for r in rows if suggested(r, t) and r["sim"] < t + 0.1]
        if len(margin) >= 20 and sum(r["label"] in DUP for r in margin) / len(margin) >= min_precision:
            return t
    return 1.0


def band(rows, t):
    picked = [r for r in rows if suggested(r, t)]
    right = sum(r["label"] in DUP for r in picked)
    return len(picked), right


def folds(rows, k, seed):
    groups = sorted({r["group"] for r in rows})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[r for r in rows if fold_of[r["group"]] == i] for i in range(k)]


def report_file(name, rows):
    p, r, f = scores(rows, confirmed_dup, DUP)
    print(f"{name}: {len(rows)} pairs; confirmed recycled/repeat links P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if any(x["label"] in CON for x in rows):
        p, r, f = scores(rows, lambda x: x["link"] == "contradicts", CON)
        print(f"{name}: contradicts P {p:.3f} R {r:.3f} F1 {f:.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mrpc", required=True)
    ap.add_argument("--emergent", required=True)
    ap.add_argument("--min-precision", type=float, default=0.5)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--out", help="write the threshold here as C++ (claims/link_calibration.inc)")
    a = ap.parse_args()
    mrpc, emergent = read(a.mrpc, "mrpc"), read(a.emergent, "emergent")
    report_file("MRPC dev", mrpc)
    report_file("Emergent dev", emergent)
    pooled = mrpc
    t = choose(pooled, a.min_precision)
    n, right = band(pooled, t)
    en, eright = band(emergent, t)
    print(f"suggestion threshold {t:.2f} (marginal precision >= {a.min_precision}): "
          f"MRPC dev {right}/{n} suggestions right; Emergent dev {eright}/{en}")
    cv_n = cv_right = 0
    split = folds(pooled, a.folds, a.seed)
    for i, held in enumerate(split):
        train = [r for j, f in enumerate(split) if j != i for r in f]
        ti = choose(train, a.min_precision)
        n_i, right_i = band(held, ti)
        cv_n, cv_right = cv_n + n_i, cv_right + right_i
        print(f"  fold {i}: threshold {ti:.2f}, held-out suggestions {right_i}/{n_i} right")
    print(f"suggestions {a.folds}-fold CV: {cv_right}/{cv_n} right "
          f"(precision {cv_right / cv_n if cv_n else 0:.3f})")
    if a.out:
        with open(a.out, "w") as f:
            f.write("// Generated by claims/tools/calibrate_links.py; do not edit.\n"
                    f"// Suggestions at or above it were right {right}/{n} on MRPC dev,\n"
                    f"// {cv_right}/{cv_n} in {a.folds}-fold cross-validation.\n"
                    f"inline constexpr double kCalibratedSuggestSimilarity = {t:.2f};\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
