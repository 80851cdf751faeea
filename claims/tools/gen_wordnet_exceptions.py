#!/usr/bin/env python3
"""Writes WordNet's irregular word forms ("rose" → "rise", "won" → "win",
"children" → "child") as C++ data for claims/lexicon.

The pair matcher maps each word through this table before stemming, so
"prices rose" meets "prices rise" and the antonym "fell" / "rose" pair is
"fall" / "rise" as WordNet lists it. Xapian's stemmer handles the regular
forms; only the irregular ones need a table. Run from the repository root
with Debian's wordnet-base installed:

    /usr/bin/python3 claims/tools/gen_wordnet_exceptions.py \\
        [--wordnet /usr/share/wordnet] > claims/lexicon/wordnet_exceptions.inc

Kept: single-word entries of verb.exc and noun.exc (not adj.exc: "better"
→ "good" would make a comparison the same claim) whose base form
was sense-tagged at least once in WordNet's corpus (index.<pos>
tagsense_cnt > 0), so rare and Latin forms stay out. Left out: a form that
is itself a commoner WordNet lemma than its base ("found" the verb is rarer
than "find", so "found" maps; "lives" is a regular form of the verb "live"
as well as the plural of "life", so it does not), and a form with two
different bases. Plain Python 3.
"""
import argparse
import sys

from gen_wordnet_antonyms import write_pair_table

POS = ("verb", "noun")


def tag_counts(wordnet, pos):
    """lemma → tagsense_cnt of index.<pos>."""
    counts = {}
    with open(f"{wordnet}/index.{pos}", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            f = line.split()
            p_cnt = int(f[3])
            counts[f[0]] = int(f[5 + p_cnt])  # after the pointers: sense_cnt, tagsense_cnt
    return counts


def regular_verb_form(word, verbs):
    """True when `word` is a regular inflection of a verb lemma."""
    for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and word[: len(word) - len(suffix)] + repl in verbs:
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    a = ap.parse_args()
    counts = {pos: tag_counts(a.wordnet, pos) for pos in POS + ("adv",)}
    any_count = {}
    for table in counts.values():
        for lemma, n in table.items():
            any_count[lemma] = max(any_count.get(lemma, 0), n)
    bases = {}
    for pos in POS:
        with open(f"{a.wordnet}/{pos}.exc", encoding="latin-1") as fh:
            for line in fh:
                f = line.split()
                if len(f) < 2:
                    continue
                form, base = f[0], f[1]
                if "_" in form or "_" in base or "-" in form or form == base:
                    continue
                n = counts[pos].get(base, 0)
                if n <= 0 or any_count.get(form, 0) >= n:
                    continue
                if pos == "noun" and regular_verb_form(form, counts["verb"]):
                    continue
                bases.setdefault(form, set()).add(base)
    pairs = sorted((form, next(iter(b))) for form, b in bases.items() if len(b) == 1)
    write_pair_table(sys.stdout, "gen_wordnet_exceptions.py", "kWordNetExceptions", pairs,
                     f"{len(pairs)} irregular forms and their base forms, sorted by form.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
