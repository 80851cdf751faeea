#!/usr/bin/env bash
# qtrack's main job on the bundled news: install what is missing, build,
# ingest the bundled news (testdata/news, html, feeds and the seed article)
# into ./qtrack.db, then show who said what.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
bazel build -c opt --ui_event_filters=-info,-debug --noshow_progress --show_result=0 //cli:qtrack
qtrack=bazel-bin/cli/qtrack
db=${QTRACK_DB:-./qtrack.db}
"$qtrack" --db "$db" ingest testdata/news testdata/html testdata/feeds testdata/kyiv_independent_2025-04-14.txt
echo
"$qtrack" --db "$db" speakers
# Everything said by the speakers with the most statements.
"$qtrack" --db "$db" speakers --format csv | tail -n +2 | head -5 | cut -d, -f2 |
  while read -r name; do
    echo; echo "== $name said"; echo
    "$qtrack" --db "$db" said "$name" --limit 10
  done
