#!/usr/bin/env bash
# Screenshots of each page of the web UI for the README, taken by headless
# Chromium over the invented fixtures (testdata/desk: fictional people and
# outlets) and the wire fixtures: docs/screenshots/*.png.
# Usage: tools/screenshots.sh   (after bazel build //cli:qtrack)
set -euo pipefail
cd "$(dirname "$0")/.."
qtrack=${QTRACK:-bazel-bin/cli/qtrack}
tmp=$(mktemp -d)
source tests/chromium.sh
[[ -n "$chromium" ]] || { echo "screenshots: chromium not installed (tools/setup.sh --tests)"; exit 1; }
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
out=docs/screenshots
mkdir -p "$out"
"$qtrack" --db "$tmp/db" ingest testdata/desk/weeks.jsonl testdata/news >/dev/null
start_server "$tmp/db" "$tmp"
id=$(curl -s "$base/api/search?q=12+million" | grep -oE '"id":"[^"]+"' | head -1 | cut -d'"' -f4)
export HEIGHT=1000
shot "$base/" "$out/search.png" search
shot "$base/speakers" "$out/speakers.png" speakers
shot "$base/speaker?speaker=Ana%20Kovacs" "$out/speaker.png" speaker
shot "$base/statement/$id" "$out/statement.png" statement
shot "$base/narratives" "$out/narratives.png" narratives
shot "$base/contradictions" "$out/contradictions.png" contradictions
shot "$base/reports" "$out/reports.png" reports
shot "$base/report?week=2025-W14" "$out/report.png" report
ls -l "$out"
