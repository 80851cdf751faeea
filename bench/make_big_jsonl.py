#!/usr/bin/env python3
"""Writes a large JSON Lines input for the memory benchmark (issue: peak
memory while ingesting a 2 GB JSONL input).

  bench/make_big_jsonl.py CORPUS_DIR OUT.jsonl [--mb 2048]

Each record is a scraper's dump of one page: {"id", "url", "outlet",
"date", "html"}, where html is a whole news page of about 100 kB - the
article's paragraphs (a text of CORPUS_DIR, e.g. the BBC corpus) inside the
furniture real pages carry: navigation menus, a newsletter box, related
links, a footer and inline scripts. The texts repeat (with new ids, urls,
outlets and dates) until the file reaches --mb megabytes, as wire copy
repeats across outlets. Standard library only."""
import argparse, json, os, random

ap = argparse.ArgumentParser()
ap.add_argument("corpus")
ap.add_argument("out")
ap.add_argument("--mb", type=int, default=2048)
ap.add_argument("--seed", type=int, default=7)
args = ap.parse_args()
random.seed(args.seed)

texts = []
for root, _, files in os.walk(args.corpus):
    for name in sorted(files):
        if name.endswith(".txt"):
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                texts.append(f.read())
texts.sort()
if not texts:
    raise SystemExit(f"{args.corpus}: no .txt files")

outlets = ["bbc.co.uk", "reuters.com", "apnews.com", "kyivindependent.com", "tass.com",
           "rt.com", "meduza.io", "theguardian.com"]
menu = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
related = "".join(f'<li><a href="/news/{i}">Related story number {i} about events</a></li>'
                  for i in range(40))
script = "var config = " + json.dumps({f"key{i}": "x" * 60 for i in range(1100)}) + ";"

def page(title, paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title><script>{script}</script></head>"
            f"<body><header><nav><ul>{menu}</ul></nav></header>"
            f"<main><article><h1>{title}</h1>{body}</article>"
            f'<aside><div class="newsletter">Sign up for our newsletter</div><ul>{related}</ul></aside>'
            f"</main><footer><ul>{menu}</ul><p>All rights reserved</p></footer></body></html>")

limit = args.mb << 20
written = n = 0
with open(args.out, "w", encoding="utf-8") as out:
    while written < limit:
        text = texts[n % len(texts)]
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        title, paragraphs = (lines[0], lines[1:]) if lines else ("Untitled", [])
        outlet = outlets[n % len(outlets)]
        day = 1 + (n // len(texts)) % 28
        record = {"id": f"big-{n}", "url": f"https://{outlet}/news/{n}", "outlet": outlet,
                  "date": f"2025-03-{day:02d}", "html": page(title, paragraphs)}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        n += 1
print(f"{args.out}: {n} records, {written >> 20} MB")
