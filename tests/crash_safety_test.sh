#!/usr/bin/env bash
# Crash safety and concurrency: --jobs 1 and --jobs 2 write the same
# database; SIGKILL `qtrack ingest` at several points,
# check the database with xapian-check, re-run the ingest, and compare stats
# and the set of statements with an uninterrupted run: identical. While an
# ingest runs, readers answer and a second writer is refused (exit 3).
set -uo pipefail
root="${TEST_SRCDIR:-$(dirname "$0")/..}/qtrack"
[[ -d "$root" ]] || root="$(cd "$(dirname "$0")/.." && pwd)"
qtrack="$root/cli/qtrack"
[[ -x "$qtrack" ]] || qtrack="$root/bazel-bin/cli/qtrack"
tmp="${TEST_TMPDIR:-$(mktemp -d)}/crash"
rm -rf "$tmp"; mkdir -p "$tmp"
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# 4,000 synthetic articles with quotes by a few dozen speakers.
awk 'BEGIN {
  split("Dmitry Peskov|Sergey Lavrov|Maria Zakharova|Kaja Kallas|Andrii Sybiha|Maia Sandu|Steve Witkoff|Mark Rutte", sp, "|");
  split("ceasefire|sanctions|energy|grain exports|prisoner exchange|air defence|elections|reconstruction", tp, "|");
  split("TASS|Reuters|Interfax|AP", cd, "|");
  for (i = 1; i <= 4000; i++) {
    s = sp[i % 8 + 1]; t = tp[int(i / 8) % 8 + 1]; c = cd[i % 4 + 1];
    printf "{\"id\":\"crash-%d\",\"outlet\":\"outlet%d.example\",\"date\":\"2025-%02d-%02d\",\"text\":\"\\\"Talks on %s reached stage %d and will continue next week,\\\" %s said, according to %s.\\n\\n%s added that the %s issue number %d was not discussed.\"}\n",
      i, i % 17, i % 12 + 1, i % 28 + 1, t, i % 97, s, c, s, t, i % 53;
  }
}' >"$tmp/input.jsonl"

snapshot() {  # stats without size, and the sorted statement ids
  QTRACK_DB=$1 "$qtrack" stats --format json | sed 's/,"bytes_on_disk".*//'
  xapian-delve -a -1 "$1" 2>/dev/null | grep '^Q' | sort | md5sum
}

QTRACK_DB="$tmp/ref" "$qtrack" ingest --batch 200 --jobs 2 "$tmp/input.jsonl" >/dev/null 2>&1 || fail "reference ingest"
reference=$(snapshot "$tmp/ref")

# One thread or several (parsers, the linking writer, Xapian's write
# thread): the same database, posting for posting and document for document.
QTRACK_DB="$tmp/ref1" "$qtrack" ingest --batch 200 --jobs 1 "$tmp/input.jsonl" >/dev/null 2>&1 || fail "--jobs 1 ingest"
everything() {
  xapian-delve -a -v "$1" 2>/dev/null | md5sum
  QTRACK_DB=$1 "$qtrack" search 'NOT kind:none' --limit 100000 --format jsonl | md5sum
}
n=$(QTRACK_DB="$tmp/ref" "$qtrack" search 'NOT kind:none' --limit 100000 --format jsonl | grep -c '"links":\[{')
[[ $n -gt 0 ]] || fail "no linked statements to compare"
[[ "$(everything "$tmp/ref1")" == "$(everything "$tmp/ref")" ]] \
  && echo "ok   --jobs 1 and --jobs 2 write the same database" || fail "--jobs 1 and --jobs 2 differ"

articles() { QTRACK_DB=$1 "$qtrack" stats --format json 2>/dev/null | grep -oE '"articles":[0-9]+' | cut -d: -f2; }

for point in 200 1400 3000; do
  db="$tmp/crash-$point"
  QTRACK_DB="$db" "$qtrack" ingest --batch 200 --jobs 2 "$tmp/input.jsonl" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    n=$(articles "$db"); [[ -n "$n" && "$n" -ge "$point" ]] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.02
  done
  if [[ $point == 1400 ]] && kill -0 $pid 2>/dev/null; then
    # Concurrency while the writer runs: readers answer, writers are refused.
    QTRACK_DB="$db" "$qtrack" said Peskov --limit 1 --format jsonl >/dev/null 2>&1 \
      && echo "ok   said answers during ingest" || fail "said during ingest"
    QTRACK_DB="$db" "$qtrack" search 'ceasefire' --limit 1 >/dev/null 2>&1 \
      && echo "ok   search answers during ingest" || fail "search during ingest"
    out=$(QTRACK_DB="$db" "$qtrack" ingest "$tmp/input.jsonl" 2>&1); rc=$?
    [[ $rc -eq 3 ]] && grep -qF "database is locked by another ingest" <<<"$out" \
      && echo "ok   second writer refused (exit 3)" || fail "second writer: exit $rc: $out"
  fi
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  echo "     killed at ~$(articles "$db") articles stored"
  xapian-check "$db" >/dev/null 2>&1 && echo "ok   xapian-check after kill at $point" || fail "xapian-check after kill at $point"
  QTRACK_DB="$db" "$qtrack" ingest --batch 200 --jobs 2 "$tmp/input.jsonl" >/dev/null 2>&1 || fail "re-run after kill at $point"
  [[ "$(snapshot "$db")" == "$reference" ]] && echo "ok   resumed run identical (kill at $point)" \
    || fail "resumed run differs (kill at $point): $(snapshot "$db") vs $reference"
done
echo "$failures failed"
exit $((failures > 0))
