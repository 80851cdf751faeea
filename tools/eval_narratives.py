#!/usr/bin/env python3
"""Scores recycled-narrative linking on an EUvsDisinfo split (../shared/eval/narratives).

  tools/eval_narratives.py CASES.jsonl [--qtrack BIN] [--db DIR] [--sample N]

Ingests the cases in date order (each case an article: text = the claim,
outlet = its first outlet), then reads the stored statements back and asks:
  recall     each later case of a gold cluster (recycled_ids: identical
             claims) is linked to an earlier member - by a repeat/recycled
             link, or by being the same stored statement;
  clusters   each gold cluster falls in one narrative (the links' closure,
             as `qtrack recycled` builds them);
  reworded   links between cases that are NOT in one gold cluster: a random
             sample is printed for a person to judge (the gold labels only
             identical recycling).
No third-party packages; uses only the qtrack binary."""
import argparse, json, random, subprocess, sys, tempfile, os

ap = argparse.ArgumentParser()
ap.add_argument("cases")
ap.add_argument("--qtrack", default="bazel-bin/cli/qtrack")
ap.add_argument("--db")
ap.add_argument("--sample", type=int, default=10)
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--split", action="store_true", help="print the gold clusters that are not one narrative")
args = ap.parse_args()
db = args.db or tempfile.mkdtemp(prefix="qtrack-narratives-")

cases = [json.loads(l) for l in open(args.cases, encoding="utf-8")]
cases.sort(key=lambda c: (c["date"], c["id"]))
by_id = {c["id"]: c for c in cases}
if not os.path.exists(os.path.join(db, "iamglass")):
    ordered = os.path.join(db + "-input.jsonl")
    with open(ordered, "w", encoding="utf-8") as f:
        for c in cases: f.write(json.dumps(c, ensure_ascii=False) + "\n")
    subprocess.run([args.qtrack, "--db", db, "ingest", "--jobs", "2", ordered], check=True,
                   stdout=subprocess.DEVNULL)
out = subprocess.run([args.qtrack, "--db", db, "search", "NOT kind:none", "--limit", "10000000",
                      "--format", "jsonl"], check=True, capture_output=True, text=True).stdout
statements = [json.loads(l) for l in out.splitlines() if l.strip()]
stmt_of_case = {}
for s in statements:
    for o in s["occurrences"]:
        stmt_of_case.setdefault(o["article_id"], set()).add(s["id"])
links = {}  # statement -> set of earlier statements it links to (repeat/recycled)
all_links = []
for s in statements:
    for l in s["links"]:
        if l["suggestion"] or l["type"] not in ("repeat", "recycled"): continue
        links.setdefault(s["id"], set()).add(l["to"])
        all_links.append((s, l))

parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]; x = parent[x]
    return x
def union(a, b): parent[find(a)] = find(b)
for a, tos in links.items():
    for b in tos: union(a, b)

clusters, seen = [], set()
for c in cases:
    if not c["recycled_ids"] or c["id"] in seen: continue
    members = sorted([c["id"]] + [r for r in c["recycled_ids"] if r in by_id],
                     key=lambda i: (by_id[i]["date"], i))
    seen.update(members); clusters.append(members)

later = linked = missing_statement = 0
one_narrative = 0
for members in clusters:
    roots = set()
    for i, cid in enumerate(members):
        mine = stmt_of_case.get(cid, set())
        roots |= {find(s) for s in mine}
        if i == 0: continue
        later += 1
        if not mine: missing_statement += 1; continue
        earlier = set().union(*(stmt_of_case.get(e, set()) for e in members[:i]))
        if mine & earlier or any(links.get(s, set()) & earlier for s in mine): linked += 1
    if len(roots) == 1: one_narrative += 1
    elif args.split:
        print("SPLIT:", " | ".join(by_id[m]["claim"][:100] for m in members), file=sys.stderr)
        for m in members:
            for sid in stmt_of_case.get(m, ()):
                st = next(x for x in statements if x["id"] == sid)
                print(f"   {m} {st['kind']}: {st['quote'][:90]}", file=sys.stderr)

case_of_stmt = {}
for cid, ss in stmt_of_case.items():
    for s in ss: case_of_stmt.setdefault(s, cid)
gold_cluster = {}
for n, members in enumerate(clusters):
    for m in members: gold_cluster[m] = n
reworded = []
for s, l in all_links:
    a, b = case_of_stmt.get(s["id"]), case_of_stmt.get(l["to"])
    if a is None or b is None: continue
    if gold_cluster.get(a) is not None and gold_cluster.get(a) == gold_cluster.get(b): continue
    reworded.append((l["score"], by_id[b]["claim"], by_id[a]["claim"], l["reason"]))

print(json.dumps({"cases": len(cases), "statements": len(statements),
                  "cases_with_statement": sum(1 for c in cases if c["id"] in stmt_of_case),
                  "gold_clusters": len(clusters), "later_cases": later,
                  "recall": round(linked / later, 4) if later else None,
                  "later_cases_without_statement": missing_statement,
                  "clusters_in_one_narrative": one_narrative,
                  "links": len(all_links), "reworded_links": len(reworded)}))
random.seed(args.seed)
for score, earlier, new, reason in random.sample(reworded, min(args.sample, len(reworded))):
    print(f"\n{score:.2f}  EARLIER: {earlier}\n      LATER:   {new}\n      why: {reason}")
