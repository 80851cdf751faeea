#!/usr/bin/env python3
"""Counts and samples the links of an ingested database, for a blind audit.

Reads every stored statement (`qtrack export --format jsonl`), then:
  * counts links by type, confirmed and suggested ("recycled?");
  * counts links that run inside one story: both ends read in one article
    (same article id) or in copies of it (same headline and date, same
    body fingerprint). Issue 19 asks for 0 confirmed ones;
  * with --sample N, draws N links of each type with a fixed seed and
    prints both sides with the speaker, outlet, headline and passage, so a
    judge who has not read the code can mark each link right or wrong.

  tools/link_audit.py --db /tmp/bbc.db [--qtrack bazel-bin/cli/qtrack] \\
      [--sample 15 --seed 20261206]

Plain Python 3, no third-party packages.
"""
import argparse
import collections
import json
import random
import subprocess
import sys


def load(qtrack, db):
    """Every stored statement, by id."""
    args = [qtrack, '--db', db, 'export', '--format', 'jsonl', '--limit', '100000000']
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    statements = {}
    for line in out.splitlines():
        if line.strip():
            st = json.loads(line)
            statements[st['id']] = st
    return statements


def story_keys(st):
    """The keys under which two occurrences are one story."""
    keys = set()
    for o in st.get('occurrences') or []:
        if o.get('article_id'):
            keys.add(('article', o['article_id']))
        if o.get('title'):
            keys.add(('headline', o['title'].strip().lower(), (o.get('published') or '')[:10]))
        if o.get('story'):
            keys.add(('body', o['story']))
    return keys


def articles(st):
    return {o.get('article_id') for o in st.get('occurrences') or [] if o.get('article_id')}


def count(statements):
    by_type = collections.Counter()
    same_article = collections.Counter()
    same_story = collections.Counter()
    for st in statements.values():
        for link in st.get('links') or []:
            other = statements.get(link['to'])
            kind = link['type'] + ('?' if link.get('suggestion') else '')
            by_type[kind] += 1
            if other is None:
                continue
            if articles(st) & articles(other):
                same_article[kind] += 1
            if story_keys(st) & story_keys(other):
                same_story[kind] += 1
    return by_type, same_article, same_story


def side(st):
    o = (st.get('occurrences') or [{}])[0]
    ctx = o.get('context') or {}
    passage = ' '.join(x for x in (ctx.get('before'), ctx.get('quoted'), ctx.get('after')) if x)
    return (f"  {st.get('speaker') or '(own voice)'} [{st.get('kind')}, {st.get('polarity') or 'asserts'}]"
            f" — {o.get('outlet')}, {(o.get('published') or '')[:10]}: {o.get('title')}\n"
            f"    \u201c{st.get('quote')}\u201d\n" + (f"    context: {passage}\n" if passage else ''))


def sample(statements, n, seed):
    links = collections.defaultdict(list)
    for st in sorted(statements.values(), key=lambda s: s['id']):
        for link in st.get('links') or []:
            if link['to'] in statements:
                links[link['type'] + ('?' if link.get('suggestion') else '')].append((st, link))
    rng = random.Random(seed)
    for kind in sorted(links):
        drawn = rng.sample(links[kind], min(n, len(links[kind])))
        print(f"== {kind}: {len(drawn)} of {len(links[kind])}")
        for i, (st, link) in enumerate(drawn, 1):
            print(f"[{kind} {i}] score {link['score']:.3f}: {link['reason']}")
            print(' later:\n' + side(st) + ' earlier:\n' + side(statements[link['to']]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--db', required=True)
    ap.add_argument('--qtrack', default='bazel-bin/cli/qtrack')
    ap.add_argument('--sample', type=int, default=0, help='links of each type to print')
    ap.add_argument('--seed', type=int, default=20261206)
    a = ap.parse_args()
    statements = load(a.qtrack, a.db)
    by_type, same_article, same_story = count(statements)
    print(f"statements: {len(statements)}")
    for kind in sorted(by_type):
        print(f"{kind:14} links {by_type[kind]:7}  inside one article {same_article[kind]:6}"
              f"  inside one story or its copies {same_story[kind]:6}")
    if a.sample:
        sample(statements, a.sample, a.seed)
    return 0


if __name__ == '__main__':
    sys.exit(main())
