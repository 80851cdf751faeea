#!/usr/bin/env bash
# Soak test: readers against a writer. `qtrack ingest --batch 1` commits
# after every article, round after round, while readers run large searches
# (every stored statement) and the other reads (said, match, recycled,
# contradictions, stats, speakers) through the CLI, and the same through
# the web server's JSON API. Every failed read is counted; the target is 0
# (issue 22: 25 of 30 large searches failed with DatabaseModifiedError).
#
#   bench/reader_soak.sh [--searches N] [--seconds S]
#     --searches N   large searches to run (default 200)
#     --seconds S    stop after S seconds, however many ran (default 900)
#
# QTRACK=path/to/qtrack skips the build. Input is generated (no corpus
# needed). Prints one JSON line; exits 1 when any read failed.
set -uo pipefail
cd "$(dirname "$0")/.."
searches=200
max_seconds=900
while (($#)); do
  case $1 in
    --searches) searches=$2; shift 2 ;;
    --seconds) max_seconds=$2; shift 2 ;;
    *) echo "usage: bench/reader_soak.sh [--searches N] [--seconds S]" >&2; exit 2 ;;
  esac
done
qtrack=${QTRACK:-}
if [[ -z $qtrack ]]; then
  bazel build -c opt --ui_event_filters=-info --noshow_progress //cli:qtrack || exit 3
  qtrack="$(bazel info -c opt bazel-bin 2>/dev/null)/cli/qtrack"
fi
work=$(mktemp -d /tmp/qtrack-soak.XXXXXX)
export QTRACK_DB="$work/db"
pids=()
cleanup() {
  touch "$work/stop"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# COUNT articles whose ids start with PREFIX: two quotes each, by a few
# speakers, on a few topics, so statements repeat and link.
articles() {
  awk -v prefix="$1" -v count="$2" 'BEGIN {
    n = split("Dmitry Peskov|Sergey Lavrov|Maria Zakharova|Kaja Kallas|Andrii Sybiha|Mark Rutte", who, "|");
    t = split("the ceasefire|the sanctions|gas transit|the grain deal|the prisoner exchange|air defence", what, "|");
    for (i = 1; i <= count; i++) {
      s = who[i % n + 1]; o = who[(i + 2) % n + 1]; topic = what[int(i / n) % t + 1];
      printf "{\"id\":\"%s-%d\",\"outlet\":\"soak%d.example\",\"date\":\"2025-%02d-%02d\",", prefix, i, i % 5, i % 12 + 1, i % 28 + 1;
      printf "\"text\":\"\\\"Progress on %s is measured in weeks, round %d,\\\" %s said.\\n\\n", topic, i % 211, s;
      printf "%s said that %s had not been raised at meeting number %d.\"}\n", o, topic, i % 97;
    }
  }'
}

articles base 3000 >"$work/base.jsonl"
"$qtrack" ingest "$work/base.jsonl" >/dev/null 2>&1 || { echo "soak: the first ingest failed" >&2; exit 3; }

# The writer: a commit per article until the readers are done.
(
  round=0
  while [[ ! -e "$work/stop" ]]; do
    articles "round$round" 300 >"$work/round.jsonl"
    "$qtrack" ingest --batch 1 "$work/round.jsonl" >/dev/null 2>>"$work/writer.log" \
      || echo "round $round: exit $?" >>"$work/writer.failures"
    round=$((round + 1))
  done
) &
pids+=($!)

"$qtrack" serve --port 0 2>"$work/serve.log" &
pids+=($!)
port=""
for _ in $(seq 100); do
  port=$(grep -oE '127\.0\.0\.1:[0-9]+' "$work/serve.log" | head -1 | cut -d: -f2)
  [[ -n $port ]] && break
  sleep 0.1
done
[[ -n $port ]] || { echo "soak: the web server did not start" >&2; exit 3; }

large_failures=0 other_failures=0 api_failures=0 large_runs=0 other_runs=0 api_runs=0
record() {  # record KIND COMMAND...: runs it, counts a failure on a non-zero exit
  local kind=$1; shift
  local out
  if ! out=$("$@" 2>&1 >/dev/null); then
    eval "${kind}_failures=\$((${kind}_failures + 1))"
    echo "$kind failed: $* :: ${out:0:300}" >>"$work/reader.failures"
  fi
  eval "${kind}_runs=\$((${kind}_runs + 1))"
}
api() {  # api PATH: fails (printing the status and body) unless HTTP 200
  local code
  code=$(curl -s -o "$work/api.body" -w '%{http_code}' "http://127.0.0.1:$port$1")
  [[ $code == 200 ]] || { echo "HTTP $code: $(head -c 300 "$work/api.body")" >&2; return 1; }
}

start=$(date +%s)
for ((i = 1; i <= searches; i++)); do
  (($(date +%s) - start < max_seconds)) || break
  record large "$qtrack" search 'NOT kind:none' --limit 1000000 --format jsonl
  case $((i % 6)) in
    0) record other "$qtrack" said Peskov --limit 100000 --format jsonl ;;
    1) record other "$qtrack" match "Progress on the ceasefire is measured in weeks" --limit 20 ;;
    2) record other "$qtrack" recycled --limit 1000 ;;
    3) record other "$qtrack" contradictions --limit 1000 ;;
    4) record other "$qtrack" stats ;;
    5) record other "$qtrack" speakers ;;
  esac
  record api api "/api/search?q=ceasefire+OR+sanctions+OR+grain"
  record api api "/api/said?speaker=Lavrov"
done
elapsed=$(($(date +%s) - start))
touch "$work/stop"
commits=$(($(grep -c . "$work/base.jsonl") ))
stored=$("$qtrack" stats --format json 2>/dev/null | grep -oE '"articles":[0-9]+' | cut -d: -f2)
writer_failures=$(cat "$work/writer.failures" 2>/dev/null | wc -l)
[[ -s "$work/reader.failures" ]] && head -5 "$work/reader.failures" >&2
printf '{"large_searches":%d,"large_search_failures":%d,"other_reads":%d,"other_read_failures":%d,"api_requests":%d,"api_failures":%d,"writer_failures":%d,"articles_committed_during":%d,"seconds":%d}\n' \
  "$large_runs" "$large_failures" "$other_runs" "$other_failures" "$api_runs" "$api_failures" \
  "$writer_failures" "$((${stored:-0} - commits))" "$elapsed"
((large_failures + other_failures + api_failures + writer_failures == 0))
