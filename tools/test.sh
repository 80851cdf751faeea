#!/usr/bin/env bash
# Runs every qtrack test: unit tests, end-to-end tests of the CLI, and (in
# CI) the sanitizer build and a short run of each fuzz target. Installs the
# Debian packages that are missing first (needs root for that).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --tests

quiet=(--ui_event_filters=-info,-debug --noshow_progress --show_result=0)
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
bazel test "${quiet[@]}" //... 2>&1 | tee "$log" | grep -Ev '^\s*$|linux-sandbox' || true
grep -q "Build did NOT complete successfully\|FAILED\|fails to build" "$log" && status=1

if [[ "${CI:-}" == "true" || "${QTRACK_FULL_TESTS:-}" == "1" ]]; then
  tools/fuzz.sh 30 || status=1
fi

passed=$(grep -oE '[0-9]+ tests? pass' "$log" | grep -oE '^[0-9]+' | tail -1)
failed=$(grep -cE '^//.*(FAILED|TIMEOUT|NO STATUS)' "$log" || true)
echo "${passed:-0} passed, ${failed:-0} failed"
bazel shutdown >/dev/null 2>&1 || true
exit $status
