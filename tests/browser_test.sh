#!/usr/bin/env bash
# Browser test: headless Chromium loads every page of the web UI and the
# HTML report, and checks what a person would see (the rendered DOM, not
# the HTML source): each page's content, the navigation, and that hostile
# text from articles and from the address bar stays text everywhere.
# Screenshots go to $OUT (default: $TEST_UNDECLARED_OUTPUTS_DIR or
# /tmp/qtrack-browser).
set -uo pipefail
cd "$(dirname "$0")/.."
qtrack=${QTRACK:-bazel-bin/cli/qtrack}
tmp=$(mktemp -d)
source tests/chromium.sh
if [[ -z "$chromium" ]]; then echo "browser test: chromium not installed"; exit 1; fi
out=${OUT:-${TEST_UNDECLARED_OUTPUTS_DIR:-/tmp/qtrack-browser}}
mkdir -p "$out"
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
export QTRACK_DB="$tmp/db"

# The fixtures plus articles whose quote, title, outlet, role and URL carry
# script and markup.
cat >"$tmp/hostile.jsonl" <<'JSON'
{"id": "hostile-1", "url": "https://hostile.example/a", "outlet": "hostile.example", "title": "Hostile <script>alert('t')</script>", "date": "2025-04-16", "text": "“<script>document.title='pwned'</script> and \"><img src=x onerror=\"document.title='pwned'\"> were extremely useful,” Kremlin spokesperson Dmitry Peskov said."}
{"id": "hostile-2", "url": "javascript:document.title='pwned'", "outlet": "<b>Bold</b> \"><svg onload=\"document.title='pwned'\">", "title": "<img src=x onerror=\"document.title='pwned'\">", "date": "2025-04-17", "text": "“The ferry <img src=x onerror=\"document.title='pwned'\"> will run all summer,” said Lena Vos, <i>spokeswoman</i> for the Harbour Authority."}
JSON
"$qtrack" ingest testdata/news testdata/kyiv_independent_2025-04-14.txt testdata/desk/weeks.jsonl \
  "$tmp/hostile.jsonl" >/dev/null
"$qtrack" report --week 2025-W16 -o "$tmp/report.html"
start_server "$QTRACK_DB" "$tmp"

failures=0
check() { if grep -qF -- "$2" <<<"$3"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures+1)); fi; }
check_not() { if grep -qF -- "$2" <<<"$3"; then echo "FAIL $1"; failures=$((failures+1)); else echo "ok   $1"; fi; }
# Nothing hostile came alive: no element made from article text, no
# script ran, no javascript: link.
check_inert() {
  check_not "$1: no injected image" "<img src=\"x\"" "$2"
  check_not "$1: no injected svg" "<svg onload" "$2"
  check_not "$1: no injected bold" "<b>Bold</b>" "$2"
  check_not "$1: no script ran" "<title>pwned" "$2"
  check_not "$1: no javascript: link" "href=\"javascript:" "$2"
}
# browse NAME URL: the page's DOM into $dom and a screenshot into $out.
browse() {
  shot "$2" "$out/$1.png" "$1-shot"
  dom=$(dom "$2" "$1")
  check "$1: navigation" ">Contradictions</a>" "$dom"
  check_inert "$1" "$dom"
}

browse home "$base/"
check "home counts the database" "statements ·" "$dom"
check "home names the busiest speakers" "Busiest speakers" "$dom"

browse search "$base/?q=useful"
check "search lists results" "extremely useful" "$dom"
check "search says how many" "Statements 1–" "$dom"
check "hostile quote shown as text" "document.title='pwned'&lt;/script&gt;" "$dom"

browse search-hostile "$base/?q=%3Cscript%3Edocument.title%3D'pwned'%3C%2Fscript%3E"
check "a hostile query is shown as text" "value=\"&lt;script&gt;document.title='pwned'&lt;/script&gt;\"" "$dom"

browse speakers "$base/speakers"
check "speakers index lists speakers with counts" "Dmitry Peskov</a></td><td class=\"num\">" "$dom"
check "speakers index has a filter box" "name=\"filter\"" "$dom"
check "speakers index shows roles" "Kremlin spokesperson" "$dom"

browse speakers-filtered "$base/speakers?filter=%22%3E%3Csvg%20onload%3Dalert(1)%3E%20kovacs"
check "a hostile filter is shown as text" "No speakers." "$dom"
dom=$(dom "$base/speakers?filter=kovacs" speakers-kovacs)
check "the filter finds a speaker" "Ana Kovacs" "$dom"
check_not "the filter leaves the others out" "Dmitry Peskov" "$dom"

browse speaker "$base/speaker?speaker=Ana%20Kovacs"
check "speaker page names the speaker" "<h1>Ana Kovacs</h1>" "$dom"
check "speaker page has a weekly timeline" "statements per week" "$dom"
check "speaker page lists roles with dates" "<th>first seen</th>" "$dom"
check "speaker page counts the statements" "Statements 1–" "$dom"
check "speaker page has filters" "name=\"polarity\"" "$dom"
dom=$(dom "$base/speaker?speaker=Peskov&limit=2" speaker-paged)
check "speaker page pages" "rel=\"next\"" "$dom"
check "hostile quote shown as text on the speaker page" "document.title='pwned'&lt;/script&gt;" "$dom"
check_inert "speaker page of the hostile quote" "$dom"

id=$(curl -s "$base/api/search?q=contacts" | grep -oE '"id":"[^"]+"' | head -1 | cut -d'"' -f4)
browse statement "$base/statement/$id"
check "statement page lists occurrences" "Daily Example" "$dom"
check "statement page shows the source passage" "<mark>" "$dom"
check "statement page links each occurrence" "href=\"https://daily.example/news/kremlin-talks\"" "$dom"
hostile=$(curl -s "$base/api/search?q=ferry+summer" | grep -oE '"id":"[^"]+"' | head -1 | cut -d'"' -f4)
browse statement-hostile "$base/statement/$hostile"
check "hostile outlet shown as text" "&lt;b&gt;Bold&lt;/b&gt;" "$dom"

browse narratives "$base/narratives"
check "narratives page lists the recycled claim" "never inspected after the 2019 flood" "$dom"

browse contradictions "$base/contradictions"
check "contradictions page shows both sides" "12 million euros" "$dom"
check "contradictions page says why" "numbers differ" "$dom"

browse reports "$base/reports"
check "reports are listed by week" "href=\"/report?week=2025-W16\"" "$dom"

browse report-served "$base/report?week=2025-W16"
check "served report has its title" "Weekly report 2025-W16" "$dom"

shot "file://$tmp/report.html" "$out/report-file.png" report-file-shot
dom=$(dom "file://$tmp/report.html" report-file)
check "report file opens offline" "Top speakers" "$dom"
check "report has charts" "<svg" "$dom"
check_inert "report file" "$dom"

ls "$out"/*.png >/dev/null 2>&1 && echo "screenshots: $out"
echo "$failures failed"
exit $((failures > 0))
