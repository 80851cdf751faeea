#!/usr/bin/env python3
"""Samples statements as the desk sees them, for a blind audit.

Runs `qtrack extract --desk` (what ingest stores: no events, no unattributed
statements, no headline fragments, the ingest threshold) on every article of a
corpus of plain-text files, draws N statements with a fixed seed, and prints
each with its paragraph so that a judge who has not read the code can mark it:
is the span a statement, is the speaker the full right name, is the polarity
(asserts/denies) right?

  tools/audit_sample.py --corpus ../shared/corpus/bbc-news-articles/news \\
      --n 50 --seed 20261206 [--kinds quote|claim] [--qtrack bazel-bin/cli/qtrack]

Output: one numbered block per statement, then a JSON Lines file (--jsonl)
with the same items for scoring.
"""
import argparse
import json
import os
import random
import subprocess
import sys


def extract(qtrack, path, kinds, min_confidence):
    """Every statement of the files under `path`, each with its `source` file."""
    args = [qtrack, 'extract', '--desk', '--format', 'jsonl', '--kinds', kinds, path]
    if min_confidence is not None:
        args[2:2] = ['--min-confidence', str(min_confidence)]
    out = subprocess.run(args, capture_output=True, text=True, check=False).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def paragraph_around(text, start, end):
    """The paragraph (newline-delimited) holding [start, end) in code points."""
    b = text.rfind('\n', 0, start) + 1
    e = text.find('\n', end)
    return text[b:e if e >= 0 else len(text)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', required=True, help='a folder of plain-text articles (recursive)')
    ap.add_argument('--n', type=int, default=50)
    ap.add_argument('--seed', type=int, default=20261206)
    ap.add_argument('--kinds', default='quote', help='quote or claim')
    ap.add_argument('--min-confidence', type=float, default=None,
                    help='the threshold (default: the one ingest applies)')
    ap.add_argument('--qtrack', default='bazel-bin/cli/qtrack')
    ap.add_argument('--jsonl', help='also write the sample as JSON Lines here')
    args = ap.parse_args()

    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.corpus) for f in fs if f.endswith('.txt'))
    items = []
    texts = {}
    for st in extract(args.qtrack, args.corpus, args.kinds, args.min_confidence):
        path = st['source']
        if path not in texts:
            with open(path, encoding='utf-8', errors='replace') as f:
                texts[path] = f.read()
        st['file'] = os.path.relpath(path, args.corpus)
        st['paragraph'] = paragraph_around(texts[path], st['start'], st['end'])
        items.append(st)
    rng = random.Random(args.seed)
    sample = rng.sample(items, min(args.n, len(items)))
    print(f'# {len(items)} statements in {len(files)} articles; sample of {len(sample)}, seed {args.seed}\n')
    for i, st in enumerate(sample, 1):
        print(f'## {i}. {st["file"]}')
        print(f'speaker:   {st.get("speaker")}' + (f'  (role: {st["speaker_role"]})' if st.get('speaker_role') else ''))
        if st.get('via'):
            print(f'via:       {st["via"]}')
        print(f'polarity:  {st.get("polarity", "asserts")}    class: {st.get("class")}    cue: {st.get("cue")}')
        print(f'statement: {st["quote"]}')
        print(f'paragraph: {st["paragraph"]}\n')
    if args.jsonl:
        with open(args.jsonl, 'w', encoding='utf-8') as f:
            for i, st in enumerate(sample, 1):
                st['n'] = i
                f.write(json.dumps(st, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    sys.exit(main())
