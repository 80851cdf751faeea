#!/usr/bin/env bash
# The catalogue of bad inputs (tests/bad_inputs/README.md): each ends with a
# clear message and the right exit code, and nothing already stored changes.
set -uo pipefail
root="${TEST_SRCDIR:-$(dirname "$0")/..}/qtrack"
[[ -d "$root" ]] || root="$(cd "$(dirname "$0")/.." && pwd)"
qtrack="$root/cli/qtrack"
[[ -x "$qtrack" ]] || qtrack="$root/bazel-bin/cli/qtrack"
tmp="${TEST_TMPDIR:-$(mktemp -d)}/bad"
rm -rf "$tmp"; mkdir -p "$tmp"
export QTRACK_DB="$tmp/db"
"$qtrack" ingest "$root/testdata/news" >/dev/null 2>&1 || { echo "FAIL setup"; exit 1; }
failures=0
stats() { "$qtrack" stats --format json | sed 's/,"bytes_on_disk".*//'; }
before=$(stats)

# expect NAME EXIT_CODE MESSAGE_SUBSTRING CHANGES_STORE(yes|no) -- ARGS...
expect() {
  local name=$1 code=$2 message=$3 changes=$4; shift 5
  local out rc
  out=$(timeout 120 "$qtrack" ingest "$@" 2>&1 >/dev/null); rc=$?
  local ok=1
  [[ $rc -eq $code ]] || { ok=0; echo "  exit $rc, expected $code"; }
  [[ -z "$message" ]] || grep -qF -- "$message" <<<"$out" || { ok=0; echo "  stderr: $out"; }
  if [[ $changes == no ]]; then
    local now; now=$(stats)
    [[ "$now" == "$before" ]] || { ok=0; echo "  store changed: $now"; }
  fi
  before=$(stats)
  if ((ok)); then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

printf 'date 2025-04-20\n\n"Bad \xff\xfe bytes here," Peskov said.\n' >"$tmp/invalid.txt"
expect "invalid UTF-8 repaired" 0 "$tmp/invalid.txt: invalid UTF-8 or NUL bytes: 2 repaired" yes -- "$tmp/invalid.txt"

printf '{"id":"nul","text":"\\"With a NUL\x00 inside,\\" Lavrov said."}\n' >"$tmp/nul.jsonl"
expect "NUL bytes dropped" 0 "$tmp/nul.jsonl:1: invalid UTF-8 or NUL bytes: 1 repaired" yes -- "$tmp/nul.jsonl"

head -c 50000000 /dev/zero | tr '\0' 'a' >"$tmp/long.txt"; echo >>"$tmp/long.txt"
expect "50 MB single line" 0 "" yes -- "$tmp/long.txt"

{ echo "<html><body>"; for _ in $(seq 10000); do printf '<div>'; done
  echo '<p>"Deep," Peskov said.</p>'; echo "</body></html>"; } >"$tmp/deep.html"
expect "10,000-deep nested tags" 0 "" yes -- "$tmp/deep.html"

cat >"$tmp/xxe.rss" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>XXE</title><item><title>t</title><link>https://x.example/1</link>
<description>&xxe; "Hidden," Peskov said.</description></item></channel></rss>
XML
expect "external entity not loaded" 0 "" yes -- "$tmp/xxe.rss"
if "$qtrack" articles "$tmp/xxe.rss" | grep -q "root:"; then echo "FAIL xxe leaked /etc/passwd"; failures=$((failures+1)); fi

{ echo '<?xml version="1.0"?><!DOCTYPE rss ['; echo '<!ENTITY a "aaaaaaaaaa">'
  prev=a; for e in b c d e f g h i j k; do
    printf '<!ENTITY %s "&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;">\n' $e $prev $prev $prev $prev $prev $prev $prev $prev $prev $prev; prev=$e; done
  echo ']><rss version="2.0"><channel><title>laughs</title><item><title>&k;</title><link>https://x.example/2</link><description>boom</description></item></channel></rss>'; } >"$tmp/laughs.rss"
expect "exponential entity expansion" 0 "" yes -- "$tmp/laughs.rss"
# Expanded, the title would hold 10^10 letters; what is read stays small.
# (Checked by size, not by time: a timed test fails on a busy machine.)
laughs_bytes=$("$qtrack" articles --format jsonl "$tmp/laughs.rss" 2>/dev/null | wc -c)
((laughs_bytes < 100000)) || { echo "FAIL billion laughs expanded to $laughs_bytes bytes"; failures=$((failures+1)); }

seq 1 200000 | sed 's/.*/{"id":"g&","text":"line \&"}/' | gzip -c | head -c 20000 >"$tmp/truncated.jsonl.gz"
expect "truncated gzip" 1 "$tmp/truncated.jsonl.gz:" yes -- "$tmp/truncated.jsonl.gz"
out=$("$qtrack" ingest "$tmp/truncated.jsonl.gz" 2>&1 >/dev/null)
grep -qE "truncated.jsonl.gz:[0-9]+: truncated gzip stream \(unexpected end of file\)" <<<"$out" \
  && echo "ok   truncated gzip message names FILE:LINE" || { echo "FAIL truncated gzip message: $out"; failures=$((failures+1)); }

{ printf '{"id":"big","text":"\\"'; head -c 10000000 /dev/zero | tr '\0' 'b'; printf '\\" Peskov said."}\n'; } >"$tmp/big.jsonl"
expect "JSONL record with a 10 MB string" 0 "" yes -- "$tmp/big.jsonl"

: >"$tmp/empty.txt"
expect "empty file" 1 "$tmp/empty.txt: empty file" no -- "$tmp/empty.txt"

mkdir -p "$tmp/loop/sub"; ln -sfn "$tmp/loop" "$tmp/loop/sub/back"
expect "directory loop" 1 "directory loop (symlink back to a parent); skipped" no -- "$tmp/loop"

ln -sfn "$tmp/nowhere" "$tmp/dangling.txt"
expect "dangling symlink" 1 "$tmp/dangling.txt: No such file or directory" no -- "$tmp/dangling.txt"

if [[ $(id -u) -ne 0 ]]; then
  echo '"x," y said.' >"$tmp/secret.txt"; chmod 000 "$tmp/secret.txt"
  expect "unreadable file" 1 "$tmp/secret.txt: Permission denied" no -- "$tmp/secret.txt"
fi

# Issue 22: one 260-character outlet name made a term Xapian refused and
# stopped the whole ingest (exit 3). Keys are bounded now; the record and
# the ones after it go in, and the outlet stays searchable.
long_outlet=$(printf 'Independent Analytical Centre %.0s' $(seq 9))
long_language=$(printf 'x%.0s' $(seq 300))
{ printf '{"id":"long-outlet","outlet":"%s","language":"%s","date":"2025-04-21","text":"\\"The grain corridor must stay open for every ship,\\" Kaja Kallas said."}\n' "$long_outlet" "$long_language"
  printf '{"id":"after-long-outlet","outlet":"tass.com","date":"2025-04-21","text":"\\"The sanctions are hurting Europe more than Russia,\\" Maria Zakharova said."}\n'; } >"$tmp/long_outlet.jsonl"
expect "260-character outlet and language" 0 "" yes -- "$tmp/long_outlet.jsonl"
[[ $("$qtrack" said Kallas --outlet "$long_outlet" --format jsonl | grep -c grain) -eq 1 ]] \
  && echo "ok   long outlet found by its full name" || { echo "FAIL long outlet by full name"; failures=$((failures+1)); }
[[ $("$qtrack" search 'outlet:independent_analytical*' --format jsonl | grep -c grain) -eq 1 ]] \
  && echo "ok   long outlet found by its visible prefix" || { echo "FAIL long outlet by prefix"; failures=$((failures+1)); }
[[ $("$qtrack" said Zakharova --format jsonl | grep -c "hurting Europe") -eq 1 ]] \
  && echo "ok   the record after it stored" || { echo "FAIL record after long outlet"; failures=$((failures+1)); }

# Issue 22: article identity. A feed's own id is scoped by its outlet, else
# its file: "id":"1" in two feeds is two articles (the second was skipped).
articles() { "$qtrack" stats --format json | grep -oE '"articles":[0-9]+' | cut -d: -f2; }
printf '{"id":"1","date":"2025-04-22","text":"\\"Grain will flow through the Black Sea again,\\" Andrii Sybiha said."}\n' >"$tmp/feed_a.jsonl"
printf '{"id":"1","date":"2025-04-22","text":"\\"No agreement on grain has been reached,\\" Sergey Lavrov said."}\n' >"$tmp/feed_b.jsonl"
n=$(articles)
expect "the same id in two feeds" 0 "" yes -- "$tmp/feed_a.jsonl" "$tmp/feed_b.jsonl"
[[ $(articles) -eq $((n + 2)) ]] && echo "ok   both records stored" || { echo "FAIL same id in two feeds: $(articles) articles, expected $((n + 2))"; failures=$((failures+1)); }
expect "re-ingest of both feeds changes nothing" 0 "" no -- "$tmp/feed_a.jsonl" "$tmp/feed_b.jsonl"
# A known id with different content is reported, never dropped silently.
printf '{"id":"1","date":"2025-04-23","text":"\\"Grain will not flow at all,\\" Andrii Sybiha said."}\n' >>"$tmp/feed_a.jsonl"
expect "a known id with different content" 1 "$tmp/feed_a.jsonl:2: article id \"1\" is already stored with different content" no -- "$tmp/feed_a.jsonl"
# A record whose id is another article's content hash cannot poison it.
printf 'date 2025-04-22\n\n"We never strike civilian targets," Dmitry Peskov said.\n' >"$tmp/real.txt"
hash=$("$qtrack" articles --format jsonl "$tmp/real.txt" | grep -oE '"id":"h[0-9a-f]{32}"' | cut -d'"' -f4)
printf '{"id":"%s","date":"2025-04-22","text":"\\"Nothing to see here,\\" Maria Zakharova said."}\n' "$hash" >"$tmp/poison.jsonl"
n=$(articles)
expect "an id equal to another article's content hash" 0 "" yes -- "$tmp/poison.jsonl" "$tmp/real.txt"
[[ $(articles) -eq $((n + 2)) ]] && [[ $("$qtrack" said Peskov --format jsonl | grep -c "civilian targets") -eq 1 ]] \
  && echo "ok   the real article stored after the poisoned id" || { echo "FAIL content-hash poisoning"; failures=$((failures+1)); }

# Issue 22: a full disk. A file size limit fails writes the same way (EFBIG,
# "File too large", instead of ENOSPC) without a special mount.
limited() { (ulimit -f "$1"; trap '' XFSZ; shift; "$@"); }
awk 'BEGIN { for (i = 1; i <= 3000; i++)
  printf "{\"id\":\"full-%d\",\"outlet\":\"full.example\",\"date\":\"2025-04-%02d\",\"text\":\"\\\"Talks on item %d went well,\\\" Sergey Lavrov said.\"}\n", i, i % 28 + 1, i }' >"$tmp/full.jsonl"
out=$(QTRACK_DB="$tmp/full" limited 400 "$qtrack" ingest --jobs 1 --batch 100 "$tmp/full.jsonl" 2>&1); rc=$?
claimed=$(grep -oE '^ingested [0-9]+' <<<"$out" | grep -oE '[0-9]+')
stored=$(QTRACK_DB="$tmp/full" "$qtrack" stats --format json | grep -oE '"articles":[0-9]+' | cut -d: -f2)
[[ $rc -eq 3 && $(grep -c "File too large" <<<"$out") -eq 1 ]] \
  && echo "ok   write failure: exit 3, the OS error named once" || { echo "FAIL write failure: exit $rc: $out"; failures=$((failures+1)); }
[[ -n "$claimed" && "$claimed" == "$stored" && "$stored" -lt 3000 ]] \
  && echo "ok   the summary counts only what was committed ($stored)" || { echo "FAIL summary $claimed vs stored $stored"; failures=$((failures+1)); }
"$qtrack" report --week 2025-W17 -o "$tmp/week.html" >/dev/null 2>&1 || { echo "FAIL report"; failures=$((failures+1)); }
before_report=$(md5sum <"$tmp/week.html")
limited 1 "$qtrack" report --week 2025-W17 -o "$tmp/week.html" >/dev/null 2>&1; rc=$?
[[ $rc -eq 3 && "$(md5sum <"$tmp/week.html")" == "$before_report" && -z $(ls "$tmp" | grep 'week.html.tmp') ]] \
  && echo "ok   report -o that cannot be written leaves the old file whole" || { echo "FAIL report -o: exit $rc"; failures=$((failures+1)); }
awk 'BEGIN { for (i = 1; i <= 20000; i++)
  printf "{\"id\":\"c%d\",\"text\":\"Claim %d says towers spread a virus in region %d\",\"rating\":\"False\"}\n", i, i, i % 97 }' >"$tmp/checks.jsonl"
QTRACK_DB="$tmp/checksdb" limited 200 "$qtrack" checks import "$tmp/checks.jsonl" >/dev/null 2>&1; rc=$?
[[ $rc -eq 3 && ! -e "$tmp/checksdb/checks" ]] \
  && echo "ok   a failed checks import leaves no half-made checks/" || { echo "FAIL checks import: exit $rc, $(ls "$tmp/checksdb" 2>&1)"; failures=$((failures+1)); }

# Issue 22: validation. Invalid dates, reversed ranges and negative limits
# were accepted silently (a reversed range answered "nothing stored").
usage() {  # usage MESSAGE ARGS...: exit 2 with MESSAGE on stderr
  local message=$1; shift
  local out rc
  out=$("$qtrack" "$@" 2>&1 >/dev/null); rc=$?
  if [[ $rc -eq 2 ]] && grep -qF -- "$message" <<<"$out"; then echo "ok   $* (exit 2)"
  else echo "FAIL $*: exit $rc: $out"; failures=$((failures+1)); fi
}
usage "not a date: '2025-13-45'" said Peskov --since 2025-13-45
usage "not a date: '2025-02-30'" recycled --until 2025-02-30
usage "reversed date range: 2025-05-01 is after 2025-04-01" said Peskov --since 2025-05-01 --until 2025-04-01
usage "reversed date range" recycled --since 2025-05-01 --until 2025-04-01
usage "--limit: Value -1 not in range" said Peskov --limit -1
usage "--limit: Value -5 not in range" search talks --limit -5

# Issue 22: control characters in a file name were echoed raw: a name could
# fake a FILE:LINE line or send terminal escapes.
mkdir -p "$tmp/names"; : >"$tmp/names/$(printf 'fake\nother.txt:9: \033[31mowned')"
out=$("$qtrack" ingest "$tmp/names" 2>&1 >/dev/null)
if [[ $(wc -l <<<"$out") -eq 1 ]] && ! grep -q $'\033' <<<"$out" \
   && grep -qF 'names/fake\nother.txt:9: \x1b[31mowned: empty file' <<<"$out"; then
  echo "ok   file names escaped when printed"
else echo "FAIL file name escaping: $(cat -v <<<"$out")"; failures=$((failures+1)); fi

# Issue 22: encodings. A UTF-8 BOM rejected a JSONL file's first record;
# UTF-16 was not decoded (Cyrillic became control characters, an HTML page
# one "claim"); a JSON \u0000 was stored raw.
printf '\xEF\xBB\xBF{"id":"bom","date":"2025-04-24","text":"\\"The border crossing stays closed,\\" Kaja Kallas said."}\n' >"$tmp/bom.jsonl"
expect "UTF-8 BOM on JSON Lines" 0 "" yes -- "$tmp/bom.jsonl"
{ printf '\xFF\xFE'; printf '{"id":"u16","date":"2025-04-24","text":"«Переговоры были полезными», — сказал Дмитрий Песков."}\n' | iconv -f UTF-8 -t UTF-16LE; } >"$tmp/utf16le.jsonl"
expect "UTF-16LE JSON Lines" 0 "" yes -- "$tmp/utf16le.jsonl"
[[ $("$qtrack" said "Песков" --format jsonl | grep -c "Переговоры были полезными") -eq 1 ]] \
  && echo "ok   UTF-16 Cyrillic stored as text" || { echo "FAIL UTF-16 Cyrillic"; failures=$((failures+1)); }
{ printf '\xFE\xFF'; printf '<html><head><meta charset="utf-16"><title>Page</title></head><body><p>"The corridor will reopen in May," Andrii Sybiha said.</p></body></html>' | iconv -f UTF-8 -t UTF-16BE; } >"$tmp/utf16be.html"
expect "UTF-16BE HTML page" 0 "" yes -- "$tmp/utf16be.html"
[[ $("$qtrack" said Sybiha --format jsonl | grep '"quote":"The corridor will reopen in May"' | grep -c '"kind":"direct"') -eq 1 ]] \
  && echo "ok   UTF-16 HTML parsed as a page" || { echo "FAIL UTF-16 HTML: $("$qtrack" said Sybiha --format jsonl)"; failures=$((failures+1)); }
printf '{"id":"u0","date":"2025-04-24","text":"\\"We have no\\u0000 such plans,\\" Sergey Lavrov said."}\n' >"$tmp/u0000.jsonl"
expect "JSON \\u0000" 0 "$tmp/u0000.jsonl:1: NUL characters (U+0000) in JSON strings: 1 dropped" yes -- "$tmp/u0000.jsonl"
[[ $("$qtrack" said Lavrov --format jsonl | grep -c '"quote":"We have no such plans"') -eq 1 ]] \
  && echo "ok   the NUL is gone from the stored quote" || { echo "FAIL \\u0000 stored"; failures=$((failures+1)); }

# Issue 22: HTML nested deeper than libxml2's 256 levels lost its content
# without a word.
{ echo '<html><body><p>"The shallow part stays," Peskov said.</p>'; for _ in $(seq 300); do printf '<div>'; done
  echo '<p>"The deep part is lost," Peskov said.</p>'; echo "</body></html>"; } >"$tmp/deep300.html"
expect "HTML deeper than 256 levels" 0 "$tmp/deep300.html: HTML nested deeper than 256 elements" yes -- "$tmp/deep300.html"

# Issue 22: quadratic time on crafted input. Checked by what comes out,
# not by time (speed is for bench/).
# 100k attributes on one <p> took 36 s inside libxml2: beyond 64 an element
# they are dropped before libxml2 reads the page, with a note.
{ printf '<html><body><p'; seq 0 99999 | sed 's/.*/ data-a&="v&"/' | tr -d '\n'
  printf '>"The attribute storm is over," Andrii Sybiha said.</p></body></html>\n'; } >"$tmp/attrs.html"
expect "100k attributes on one element" 0 "$tmp/attrs.html: HTML elements with more than 64 attributes: 99936 attributes beyond them were not read" yes -- "$tmp/attrs.html"
[[ $("$qtrack" said Sybiha --format jsonl | grep -c '"quote":"The attribute storm is over"') -eq 1 ]] \
  && echo "ok   the quote after 100k attributes stored" || { echo "FAIL 100k attributes: quote not stored"; failures=$((failures+1)); }
# 200k short quote lines (8.4 s; every paragraph searched the rest of the
# text for markup, every statement scanned all paragraphs for its context):
# the first 10,000 statements are kept, each with its own line as context.
n=$(stats | grep -oE '"statements":[0-9]+' | cut -d: -f2)
{ echo "date 2025-04-25"; echo; seq 0 199999 | sed 's/.*/"Round & of the talks went well," Rustem Umerov said./'; } >"$tmp/lines.txt"
expect "200k quote lines in one document" 0 "$tmp/lines.txt: article h" yes -- "$tmp/lines.txt"
[[ $(stats | grep -oE '"statements":[0-9]+' | cut -d: -f2) -eq $((n + 10000)) ]] \
  && echo "ok   200k quote lines: 10,000 statements kept" || { echo "FAIL 200k quote lines: $(stats)"; failures=$((failures+1)); }
[[ $("$qtrack" said Umerov --format jsonl --limit 10000 | grep -c '"after":" Rustem Umerov said."') -eq 10000 ]] \
  && echo "ok   each line's statement has its own line as context" || { echo "FAIL 200k quote lines: context"; failures=$((failures+1)); }

# Issue 22: memory. A .gz of ~100 KB expanding to one 59 MB JSON Lines record
# of one repeated quote (5.66 GB once; bounded now: read in 1 MiB parts,
# buffers let go after it). Peak memory is measured in the README, not
# here (the sanitizer pass would change it); this checks what is stored.
n=$(stats | grep -oE '"statements":[0-9]+' | cut -d: -f2)
{ printf '{"id":"repeated","date":"2025-04-26","text":"'
  yes '\"We will never accept this ultimatum,\" Oleksandr Merezhko said. ' | head -n 900000 | tr -d '\n'
  printf '"}\n'; } | gzip -9 >"$tmp/repeated.jsonl.gz"
expect "a .gz expanding to one huge record of a repeated quote" 0 "" yes -- "$tmp/repeated.jsonl.gz"
[[ $(stats | grep -oE '"statements":[0-9]+' | cut -d: -f2) -eq $((n + 1)) ]] \
  && echo "ok   the repeated quote stored once" || { echo "FAIL repeated quote: $(stats)"; failures=$((failures+1)); }

head -c 100000 /dev/urandom >"$tmp/random.bin"
out=$(timeout 60 "$qtrack" ingest "$tmp/random.bin" 2>&1); rc=$?
[[ $rc -le 1 ]] && echo "ok   random bytes (exit $rc)" || { echo "FAIL random bytes: exit $rc $out"; failures=$((failures+1)); }

xapian-check "$QTRACK_DB" >/dev/null 2>&1 && echo "ok   database checks clean" || { echo "FAIL xapian-check"; failures=$((failures+1)); }
echo "$failures failed"
exit $((failures > 0))
