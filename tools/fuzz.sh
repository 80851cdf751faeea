#!/usr/bin/env bash
# Builds every libFuzzer target (clang, ASan+UBSan) and runs each for
# SECONDS (default 30) on a copy of its seed corpus in testdata/fuzz/.
# A crash prints the log and keeps the failing input (named in the log).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
# target → seed corpus
targets=(
  "//ingest:html_reader_fuzzer html"
  "//ingest:feed_reader_fuzzer feed"
  "//ingest:jsonl_reader_fuzzer jsonl"
  "//ingest:text_reader_fuzzer text"
  "//quotes:extractor_fuzzer quotes"
  "//claims:pairs_fuzzer pairs"
  "//claims:claimreview_fuzzer claimreview"
  "//claims:query_fuzzer query"
  "//claims:statement_document_fuzzer document"
  "//claims:own_voice_fuzzer claims"
)
labels=$(printf '%s\n' "${targets[@]}" | cut -d' ' -f1)
bazel build --config=fuzz --ui_event_filters=-info,-debug --noshow_progress --show_result=0 $labels
bin_dir=$(bazel info --config=fuzz bazel-bin 2>/dev/null)
status=0
for entry in "${targets[@]}"; do
  label=${entry% *}; corpus=testdata/fuzz/${entry#* }
  name=${label##*:}; pkg=${label#//}; pkg=${pkg%%:*}
  work=$(mktemp -d)
  [[ -d "$corpus" ]] && cp -r "$corpus"/. "$work"/
  if "$bin_dir/$pkg/$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="$work/" "$work" >"$work/log" 2>&1; then
    echo "fuzz $name: $(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$work/log" | tail -1), no crash"
    rm -rf "$work"
  else
    echo "fuzz $name: FAILED (log and input in $work)"; tail -40 "$work/log"; status=1
  fi
done
exit $status
