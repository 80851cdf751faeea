#!/usr/bin/env bash
# Browser test: headless Chromium loads the served pages and the HTML
# report, and checks what a person would see (the rendered DOM, not the
# HTML source), including that hostile quote text stays text. Screenshots
# go to $OUT (default: $TEST_UNDECLARED_OUTPUTS_DIR or /tmp/qtrack-browser).
set -uo pipefail
cd "$(dirname "$0")/.."
qtrack=${QTRACK:-bazel-bin/cli/qtrack}
chromium=$(command -v chromium || true)
if [[ -z "$chromium" ]]; then echo "browser test: chromium not installed"; exit 1; fi
out=${OUT:-${TEST_UNDECLARED_OUTPUTS_DIR:-/tmp/qtrack-browser}}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
export QTRACK_DB="$tmp/db"

# The fixtures plus an article whose quote carries script and markup.
cat >"$tmp/hostile.jsonl" <<'JSON'
{"id": "hostile-1", "url": "https://hostile.example/a", "outlet": "hostile.example", "title": "Hostile <script>alert('t')</script>", "date": "2025-04-16", "text": "“<script>document.title='pwned'</script> and \"><img src=x onerror=\"document.title='pwned'\"> were extremely useful,” Kremlin spokesperson Dmitry Peskov said."}
JSON
"$qtrack" ingest testdata/news testdata/kyiv_independent_2025-04-14.txt "$tmp/hostile.jsonl" >/dev/null
"$qtrack" report --week 2025-W16 -o "$tmp/report.html"

port=$((20000 + RANDOM % 20000))
"$qtrack" serve --port "$port" 2>"$tmp/serve.log" &
server=$!
for _ in $(seq 50); do grep -q serving "$tmp/serve.log" && break; sleep 0.1; done

browse() {  # browse URL NAME → rendered DOM on stdout, screenshot in $out/NAME.png
  local flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
               --disable-component-update --no-first-run --disable-sync --disable-quic
               --user-data-dir="$tmp/profile-$2" --window-size=1100,1400)
  timeout 60 "$chromium" "${flags[@]}" --screenshot="$out/$2.png" "$1" >/dev/null 2>&1
  timeout 60 "$chromium" "${flags[@]}" --dump-dom "$1" 2>/dev/null
}

failures=0
check() { if grep -qF -- "$2" <<<"$3"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures+1)); fi; }
check_not() { if grep -qF -- "$2" <<<"$3"; then echo "FAIL $1"; failures=$((failures+1)); else echo "ok   $1"; fi; }

base="http://127.0.0.1:$port"
dom=$(browse "$base/speaker?name=Peskov" speaker)
check "speaker page names the speaker" "Dmitry Peskov" "$dom"
check "speaker page shows a quote" "extremely useful" "$dom"
check "speaker page has a timeline" "statements per month" "$dom"
check "hostile quote shown as text" "document.title='pwned'&lt;/script&gt;" "$dom"
check_not "no injected element" "<img src=\"x\"" "$dom"
check_not "no script ran" "<title>pwned" "$dom"

dom=$(browse "$base/?q=useful" search)
check "search page lists results" "extremely useful" "$dom"

id=$(curl -s "$base/api/search?q=contacts" | grep -oE '"id":"[^"]+"' | head -1 | cut -d'"' -f4)
dom=$(browse "$base/statement/$id" statement)
check "statement page lists occurrences" "Daily Example" "$dom"

dom=$(browse "$base/report?week=2025-W16" report-served)
check "served report has its title" "Weekly report 2025-W16" "$dom"
dom=$(browse "file://$tmp/report.html" report-file)
check "report file opens offline" "Top speakers" "$dom"
check_not "report file runs nothing" "<title>pwned" "$dom"
check "report has charts" "<svg" "$dom"

ls "$out"/*.png >/dev/null 2>&1 && echo "screenshots: $out"
echo "$failures failed"
exit $((failures > 0))
