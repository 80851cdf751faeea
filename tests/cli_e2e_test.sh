#!/usr/bin/env bash
# End-to-end: the README's main job on testdata/news, through the real
# qtrack binary: ingest, said, search, speakers, stats, idempotent
# re-ingest, rejected records with FILE:LINE and exit 1, the lock, and usage
# errors with exit 2.
set -uo pipefail
root="${TEST_SRCDIR:-$(dirname "$0")/..}/qtrack"
[[ -d "$root" ]] || root="$(cd "$(dirname "$0")/.." && pwd)"
qtrack="$root/cli/qtrack"
[[ -x "$qtrack" ]] || qtrack="$root/bazel-bin/cli/qtrack"
tmp="${TEST_TMPDIR:-$(mktemp -d)}"
export QTRACK_DB="$tmp/db"
rm -rf "$QTRACK_DB"
failures=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
contains() { grep -qF -- "$2" <<<"$1"; }

out=$("$qtrack" ingest "$root/testdata/news" "$root/testdata/kyiv_independent_2025-04-14.txt" 2>"$tmp/err"); rc=$?
check "ingest exits 0" test $rc -eq 0
check "ingest prints a summary" contains "$out" "new statements"

said=$("$qtrack" said peskov --format jsonl)
check "said finds Peskov" contains "$said" '"speaker":"Dmitry Peskov"'
check "said keeps the conduit" contains "$said" '"via":"TASS"'
check "said shows no suggested links unless asked" \
  test "$(grep -c '"suggestion":true' <<<"$said")" -eq 0
check "said --links all is accepted and keeps every confirmed link" \
  test "$("$qtrack" said peskov --format jsonl --links all | grep -o '"suggestion":false' | wc -l)" \
       -eq "$(grep -o '"suggestion":false' <<<"$said" | wc -l)"
check "wire copy stored once with two occurrences" \
  test "$(grep -c '"quote":"The contacts are continuing' <<<"$said")" -eq 1
check "two occurrences of the syndicated quote" \
  contains "$(grep '"quote":"The contacts are continuing' <<<"$said")" '"outlet":"Daily Example"'

csv=$("$qtrack" said "PESKOV" --format csv)
check "said csv has the desk's columns" test "$(head -1 <<<"$csv")" = \
  $'id,speaker,role,via,kind,polarity,quote,said_on,first_seen,outlets,urls,titles\r'
check "csv rows end in CRLF (RFC 4180)" test "$(grep -c $'\r$' <<<"$csv")" -eq "$(wc -l <<<"$csv")"
check "csv lists every outlet, url and title" contains "$csv" \
  'Wire Example | Daily Example,https://wire.example/2025/04/14/peskov-witkoff | https://daily.example/news/kremlin-talks,Kremlin calls'
check "a plain-text article keeps its file, relative to the ingest root, as its url" \
  contains "$("$qtrack" said Zelensky --format csv)" "file:kyiv_independent_2025-04-14.txt"

search=$("$qtrack" search 'speaker:peskov useful' --format jsonl)
check "search by speaker and word" contains "$search" 'extremely useful'

total=$("$qtrack" said peskov --format jsonl --limit 1000 | wc -l)
first=$("$qtrack" said peskov --limit 1)
check "said --limit says how many there are in all" \
  contains "$first" "statements 1–1 of $total; --offset 1 for the next"
"$qtrack" said peskov --limit 1 --offset 1 --format jsonl >"$tmp/second" 2>"$tmp/err"
check "said --offset gives the next statement" \
  test "$(sed -n 2p <<<"$("$qtrack" said peskov --limit 2 --format jsonl 2>/dev/null)")" = "$(cat "$tmp/second")"
check "machine output keeps the summary on stderr" contains "$(cat "$tmp/err")" "statements 2–2 of $total"
check "search says how many match" \
  contains "$("$qtrack" search 'speaker:peskov' --limit 1)" "statements 1–1 of $total"

stats1=$("$qtrack" stats --format json)
"$qtrack" ingest "$root/testdata/news" "$root/testdata/kyiv_independent_2025-04-14.txt" >/dev/null 2>&1
stats2=$("$qtrack" stats --format json)
check "re-ingest changes nothing" test "${stats1%,\"bytes*}" = "${stats2%,\"bytes*}"

printf '%s\n' '{"id":"ok1","text":"\"We will win,\" Trump said."}' 'not json' '{"id":"x"}' \
  '{"id":"ok2","text":"Fine."}' >"$tmp/broken.jsonl"
"$qtrack" ingest "$tmp/broken.jsonl" >/dev/null 2>"$tmp/err"; rc=$?
check "broken JSONL exits 1" test $rc -eq 1
check "broken JSONL names FILE:LINE" contains "$(cat "$tmp/err")" "$tmp/broken.jsonl:2: not valid JSON"
check "record without text names FILE:LINE" contains "$(cat "$tmp/err")" "$tmp/broken.jsonl:3: record has no article text"

QTRACK_DB="$tmp/db-progress" "$qtrack" ingest --progress "$root/testdata/news" >/dev/null 2>"$tmp/err"
check "ingest --progress reports files, articles, statements and rate" \
  contains "$(tail -1 "$tmp/err")" "1/1 files · 4 articles · 7 statements · "
check "ingest --progress ends with the time taken" contains "$(tail -1 "$tmp/err")" " in all"
"$qtrack" --db "$tmp/never" ingest "$tmp/no-such-dir" >/dev/null 2>"$tmp/err"; rc=$?
check "a missing input path exits 1" test $rc -eq 1
check "a missing input path is named" contains "$(cat "$tmp/err")" "$tmp/no-such-dir"
check "a missing input path leaves no database behind" test ! -e "$tmp/never"

"$qtrack" frobnicate >/dev/null 2>&1; rc=$?
check "unknown command exits 2" test $rc -eq 2
"$qtrack" said >/dev/null 2>"$tmp/err"; rc=$?
check "missing argument exits 2" test $rc -eq 2
check "missing argument is named" contains "$(cat "$tmp/err")" "name is required"
check "help lists the commands" contains "$("$qtrack" --help)" "contradictions"
check "help CMD explains one" contains "$("$qtrack" help said)" "--since"

"$qtrack" --db "$tmp/nothing" said x >/dev/null 2>"$tmp/err"; rc=$?
check "missing database exits 3" test $rc -eq 3

echo "Dmitry Peskov" >"$tmp/watch.txt"
out=$(QTRACK_DB="$tmp/db2" "$qtrack" ingest --watch "$tmp/watch.txt" --alerts "$tmp/alerts.jsonl" "$root/testdata/news")
check "watched speaker raises an alert line" contains "$out" "ALERT watched speaker Dmitry Peskov"
check "alerts written as JSONL" contains "$(head -1 "$tmp/alerts.jsonl")" '"statement":{"id"'

export_out=$("$qtrack" export --format claimreview 'speaker:peskov')
check "export writes schema.org Claims" contains "$export_out" '"@type":"Claim"'
check "export has firstAppearance" contains "$export_out" '"firstAppearance":{"@type":"CreativeWork"'
check "export lists each appearance by its url" \
  contains "$export_out" '"appearance":[{"@type":"CreativeWork","url":"https://wire.example/'
check "export --format csv is said's csv" \
  test "$("$qtrack" export --format csv 'speaker:peskov' | head -1)" = "$(head -1 <<<"$csv")"
check "export --format jsonl" \
  contains "$("$qtrack" export --format jsonl 'speaker:peskov' --limit 1 2>/dev/null)" '"speaker":"Dmitry Peskov"'
"$qtrack" export --format xml >/dev/null 2>&1; rc=$?
check "export refuses an unknown format" test $rc -eq 2
printf '%s\n' '{"id":"f1","url":"https://x.example/f","text":"\"=SUM(A1:A9) is the total we expect,\" Ann Formula said."}' \
  >"$tmp/formula.jsonl"
QTRACK_DB="$tmp/db3" "$qtrack" ingest "$tmp/formula.jsonl" >/dev/null 2>&1
check "a quote that looks like a formula stays text in a spreadsheet" \
  contains "$(QTRACK_DB="$tmp/db3" "$qtrack" said "Ann Formula" --format csv)" ",'=SUM(A1:A9) is the total"

"$qtrack" report --week 2025-W16 --format md -o "$tmp/report.md"; rc=$?
check "report writes Markdown" test $rc -eq 0
check "report counts the week" contains "$(cat "$tmp/report.md")" "# Weekly report 2025-W16"

# An undated plain-text article: its headline is its title, its file under
# the ingest root its source, --outlet its outlet, the ingest its date.
mkdir -p "$tmp/undated/harbour"
printf '%s\n' "Ferry plan approved" "" \
  "\"The ferry will run twice a day from June,\" Marta Quill, the harbour master, said." \
  >"$tmp/undated/harbour/ferry.txt"
printf '%s\n' "Pier repairs" "" \
  "\"The pier needs new timber before the summer,\" Tom Quill, a local builder, said." \
  >"$tmp/undated/harbour/pier.txt"
QTRACK_DB="$tmp/db4" "$qtrack" ingest --outlet "Coastal Herald" "$tmp/undated" >/dev/null 2>&1
undated=$(QTRACK_DB="$tmp/db4" "$qtrack" said "Marta Quill" --since 2000-01-01 --format jsonl)
check "an undated article is found by --since" contains "$undated" '"speaker":"Marta Quill"'
check "an undated article is dated by its ingest" contains "$undated" '"date_source":"ingest"'
check "an undated article keeps its title, outlet and source" contains "$undated" \
  '"url":"file:harbour/ferry.txt","outlet":"Coastal Herald","published":null,"title":"Ferry plan approved"'
choice=$(QTRACK_DB="$tmp/db4" "$qtrack" said "Mr Quill"); rc=$?
check "a surname several speakers answer to lists them, exit 0" test $rc -eq 0
check "the list names each candidate with a count" contains "$choice" "1  Tom Quill"
QTRACK_DB="$tmp/db4" "$qtrack" speakers split "Tom Quill" --statements "$tmp/no/ids.txt" >/dev/null 2>"$tmp/err"; rc=$?
check "split --statements with an unreadable file is a usage error" test $rc -eq 2
QTRACK_DB="$tmp/db4" "$qtrack" said Quill --since 2005-13-45 >/dev/null 2>"$tmp/err"; rc=$?
check "an invalid date is a usage error" test $rc -eq 2
check "an invalid date is named" contains "$(cat "$tmp/err")" "2005-13-45"

echo "$failures failed"
exit $((failures > 0))
