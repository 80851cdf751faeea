#!/usr/bin/env bash
# Builds every libFuzzer target (clang, ASan+UBSan) and runs each for
# SECONDS (default 30) on its seed corpus in testdata/fuzz/. Crashes leave
# their input in a temporary corpus directory, named in the output.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
targets=$(grep -l LLVMFuzzerTestOneInput */*_fuzzer.cc 2>/dev/null | sed -E 's#^([^/]+)/(.*)\.cc#//\1:\2#')
[[ -n "$targets" ]] || { echo "no fuzz targets"; exit 0; }
bazel build --config=fuzz --ui_event_filters=-info --noshow_progress $targets
status=0
for t in $targets; do
  name=${t##*:}
  corpus_seed="testdata/fuzz/${name%_fuzzer}"
  work=$(mktemp -d)
  [[ -d "$corpus_seed" ]] && cp -r "$corpus_seed"/. "$work"/
  bin="bazel-bin/${t#//}"; bin=${bin/://}
  if "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$work/" \
       "$work" >"$work/log" 2>&1; then
    echo "fuzz $name: $(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$work/log" | tail -1), no crash"
    rm -rf "$work"
  else
    echo "fuzz $name: FAILED, see $work/log"; tail -30 "$work/log"; status=1
  fi
done
exit $status
