#!/usr/bin/python3
"""Prints how often each refuting cue of claims/lexicon/lexicon.cc marks a
contradiction in the dev pair sets, and which cues the pruning rule drops.

    /usr/bin/python3 claims/tools/refuting_cue_support.py \\
        ../shared/eval/pairs/emergent/dev.jsonl ../shared/eval/pairs/mrpc/dev.jsonl

A cue "tells a pair apart" when it matches a word of one side only (as the
matcher matches it: the whole word, or a prefix). For each cue: Emergent
pairs it tells apart, by gold label (how many claims the contradictions
come from), and MRPC pairs it tells apart (MRPC has no contradictions, so
each is a false lead). The rule: drop a cue that tells at least two
Emergent pairs apart of which fewer than half are contradictions, or that
marks no Emergent contradiction but tells two or more MRPC pairs apart;
the deny family ("deny", "denies", "denied", "denying", "denial") stays
whatever its counts, since a denial is never an assertion. Run it on the
list before pruning (git show HEAD~:claims/lexicon/lexicon.cc > old.cc;
--lexicon old.cc) to see the dropped ones. Plain Python 3.
"""
import argparse
import collections
import json
import re
import sys

DENY = {"deny", "denies", "denied", "denying", "denial"}


def cues_of(path):
    text = open(path, encoding="utf-8").read()
    body = text[text.index("constexpr Cue kCues[]"):]
    body = body[:body.index("};")]
    return [(p, int(s), w == "true") for p, s, w in re.findall(r'\{"([^"]+)", (\d), (true|false)\}', body)]


def words(s):
    return re.findall(r"[\w']+", s.lower())


def fires(cue, ws):
    prefix, _, whole = cue
    return any(w == prefix if whole else w.startswith(prefix) for w in ws)


def read(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                out.append((words(r["a"]), words(r["b"]), r["label"], r.get("claim_id", r["a"])))
            except (ValueError, KeyError) as e:
                print("%s:%d: skipped: %s" % (path, n, e), file=sys.stderr)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("emergent")
    ap.add_argument("mrpc")
    ap.add_argument("--lexicon", default="claims/lexicon/lexicon.cc")
    a = ap.parse_args()
    em, mr = read(a.emergent), read(a.mrpc)
    print("%-16s %s %5s %6s %5s %5s %5s  %s" % ("cue", "s", "con", "claims", "ent", "neu", "mrpc", "verdict"))
    for cue in cues_of(a.lexicon):
        labels, claims = collections.Counter(), set()
        for wa, wb, label, claim in em:
            if fires(cue, wa) != fires(cue, wb):
                labels[label] += 1
                if label == "contradiction":
                    claims.add(claim)
        m = sum(1 for wa, wb, _, _ in mr if fires(cue, wa) != fires(cue, wb))
        n, con = sum(labels.values()), labels["contradiction"]
        verdict = "keep"
        if cue[0] not in DENY:
            if n >= 2 and con * 2 < n:
                verdict = "drop: mostly not contradictions"
            elif con == 0 and m >= 2:
                verdict = "drop: only MRPC paraphrases"
        print("%-16s %d %5d %6d %5d %5d %5d  %s" % (cue[0], cue[1], con, len(claims),
                                                 labels["entailment"], labels["neutral"], m, verdict))
    return 0


if __name__ == "__main__":
    sys.exit(main())
