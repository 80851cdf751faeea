#!/usr/bin/env python3
"""Fits the own-voice check-worthiness model (claims/internal/checkworthy_model.inc).

Data: claims/tools/checkworthy_labels.tsv, 300 blind-labelled sentences of
the BBC corpus (path, offsets, verifiable, worth_checking; no text). The
sentences are recovered by running `qtrack extract` over the corpus, and
their features by claims:own_voice_features_main, so the model is fitted on
exactly the features the C++ code computes.

Target: worth_checking ("a fact-checking desk would want to verify this").
The run-time score is the larger of this model's and the narrative rule's
(own_voice.cc, FittedOrNarrativeScore); both are reported out of fold.
Model: L2 logistic regression over the named features of CheckworthyModel.
Reported: 5-fold cross-validation repeated with 5 seeds (AUC; precision,
recall and kept share per threshold, from out-of-fold predictions), and the
in-sample AUC. Threshold: the lowest whose out-of-fold precision reaches
MIN_PRECISION, which keeps the most claims a desk would check at that
precision.

  bazel build -c opt //cli:qtrack //claims:own_voice_features_main
  /usr/bin/python3 claims/tools/fit_checkworthy.py \\
      --corpus ../shared/corpus/bbc-news-articles/news \\
      --qtrack bazel-bin/cli/qtrack --features bazel-bin/claims/own_voice_features_main [--write]
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

BOOLS = ['has_predicate', 'assertive_verb', 'has_named_entity', 'has_number', 'has_date',
         'has_weekday', 'causal', 'comparative', 'hedged', 'first_person', 'second_person',
         'imperative', 'speech_cue', 'quote_mark', 'title_case', 'scene']
NAMES = BOOLS + ['words', 'short_sentence', 'public_affairs', 'leisure', 'any_public_affairs',
                 'any_leisure', 'money']
C = 1.0
MIN_PRECISION = 0.55
HERE = os.path.dirname(os.path.abspath(__file__))


def vector(f):
    return [f[b] for b in BOOLS] + [
        min(f['words'], 40) / 40.0, float(f['words'] <= 8),
        min(f['public_affairs_words'], 3) / 3.0, min(f['leisure_words'], 3) / 3.0,
        float(f['public_affairs_words'] > 0), float(f['leisure_words'] > 0), f['money']]


def load_labels():
    rows = []
    with open(os.path.join(HERE, 'checkworthy_labels.tsv')) as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            path, start, end, v, w = line.rstrip('\n').split('\t')
            rows.append((path, int(start), int(end), int(v), int(w)))
    return rows


def sentences(corpus, qtrack, rows):
    out = subprocess.run([qtrack, 'extract', '--desk', '--kinds', 'claim', '--min-checkworthy', '0',
                          '--format', 'jsonl', corpus], check=True, capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        o = json.loads(line)
        rel = os.path.relpath(o['source'], corpus)
        found[(rel, o['start'], o['end'])] = o['quote']
    missing = [r for r in rows if (r[0], r[1], r[2]) not in found]
    if missing:
        sys.exit(f'{len(missing)} labelled sentences not found in the corpus, e.g. {missing[0][:3]}')
    return [found[(r[0], r[1], r[2])] for r in rows]


def features(binary, texts):
    stdin = ''.join(json.dumps({'item': i, 'sentence': t}) + '\n' for i, t in enumerate(texts))
    out = subprocess.run([binary], input=stdin, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--qtrack', required=True)
    ap.add_argument('--features', required=True)
    ap.add_argument('--write', action='store_true', help='write claims/internal/checkworthy_model.inc')
    args = ap.parse_args()
    rows = load_labels()
    feats = features(args.features, sentences(args.corpus, args.qtrack, rows))
    X = np.array([vector(f) for f in feats], float)
    y = np.array([r[4] for r in rows])
    verifiable = np.array([r[3] for r in rows])
    print(f'{len(y)} sentences, {y.sum()} worth checking, {verifiable.sum()} verifiable')
    oof = np.zeros(len(y))
    aucs = []
    for seed in range(5):
        p = cross_val_predict(LogisticRegression(C=C, max_iter=2000), X, y,
                              cv=StratifiedKFold(5, shuffle=True, random_state=seed),
                              method='predict_proba')[:, 1]
        aucs.append(roc_auc_score(y, p))
        oof += p / 5
    model = LogisticRegression(C=C, max_iter=2000).fit(X, y)
    print(f'5-fold CV AUC {np.mean(aucs):.3f} (seeds 0-4: {", ".join(f"{a:.3f}" for a in aucs)}); '
          f'in-sample AUC {roc_auc_score(y, model.predict_proba(X)[:, 1]):.3f}')
    print('threshold  kept  precision  recall  verifiable-precision   (out-of-fold)')
    chosen = None
    for t in np.arange(0.15, 0.71, 0.05):
        keep = oof >= t
        if keep.sum() == 0:
            continue
        prec, rec = y[keep].mean(), y[keep].sum() / y.sum()
        print(f'  {t:.2f}   {keep.mean():5.0%}   {prec:.2f}      {rec:.2f}    {verifiable[keep].mean():.2f}')
        if chosen is None and prec >= MIN_PRECISION:
            chosen = round(float(t), 2)
    if chosen is None:
        sys.exit(f'no threshold reaches precision {MIN_PRECISION}')
    print(f'threshold {chosen} (lowest with out-of-fold precision >= {MIN_PRECISION})')
    # The run-time decision adds the narrative rule (FittedOrNarrativeScore
    # in own_voice.cc): a named entity, no leisure noun, hedge or first
    # person, and a hand score of at least 0.5.
    narrative = np.array([bool(f['has_named_entity'] and not f['leisure_words'] and not f['hedged']
                               and not f['first_person'] and f['hand_score'] >= 0.5) for f in feats])
    hand = np.array([f['hand_score'] >= 0.5 for f in feats])
    for name, keep in [('model alone', oof >= chosen), ('model or narrative rule (run time)',
                                                         (oof >= chosen) | narrative),
                       ('hand weights alone (before)', hand)]:
        print(f'  {name:36s} kept {keep.mean():4.0%}  precision {y[keep].mean():.2f}  '
              f'recall {y[keep].sum() / y.sum():.2f}  verifiable {verifiable[keep].mean():.2f}')
    for name, w in zip(NAMES, model.coef_[0]):
        print(f'  {name:20s} {w:+.3f}')
    if args.write:
        path = os.path.join(HERE, '..', 'internal', 'checkworthy_model.inc')
        with open(path, 'w') as out:
            out.write('// Generated by claims/tools/fit_checkworthy.py; do not edit.\n')
            out.write(f'// {len(y)} blind-labelled BBC sentences; 5-fold CV AUC {np.mean(aucs):.3f}.\n')
            out.write('constexpr CheckworthyModel kCheckworthyModel = {\n')
            out.write(f'    .intercept = {model.intercept_[0]:.6f},\n')
            for name, w in zip(NAMES, model.coef_[0]):
                out.write(f'    .{name} = {w:.6f},\n')
            out.write(f'    .threshold = {chosen},\n')
            out.write('};\n')
        print('wrote', os.path.normpath(path))


if __name__ == '__main__':
    main()
