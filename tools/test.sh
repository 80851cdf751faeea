#!/usr/bin/env bash
# Runs every qtrack test: unit tests, end-to-end tests of the CLI, and (in
# CI) the sanitizer build and a short run of each fuzz target. Installs the
# Debian packages that are missing first (needs root for that).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --tests

quiet=(--ui_event_filters=-info,-debug --noshow_progress --show_result=0)
log=$(mktemp)
trap 'rm -f "$log" "$log.browser" "$log.asan"' EXIT

status=0
bazel test "${quiet[@]}" //... 2>&1 | tee "$log" | grep -Ev '^\s*$|linux-sandbox' || true
grep -q "Build did NOT complete successfully\|FAILED\|fails to build" "$log" && status=1

# The browser test drives the real binary through headless Chromium.
bazel build "${quiet[@]}" //cli:qtrack 2>&1 | grep -E "ERROR|error:" && status=1
if QTRACK="$PWD/bazel-bin/cli/qtrack" OUT="${TEST_OUTPUTS:-/tmp/qtrack-test-outputs}" \
    tests/browser_test.sh >"$log.browser" 2>&1; then
  echo "//tests:browser_test (headless Chromium)                        PASSED"
  echo "1 test pass" >>"$log"
else
  cat "$log.browser"; echo "//tests:browser_test FAILED" | tee -a "$log"; status=1
fi

if [[ "${CI:-}" == "true" || "${QTRACK_FULL_TESTS:-}" == "1" ]]; then
  # The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
  echo "== sanitizers: bazel test --config=asan //..."
  bazel test --config=asan "${quiet[@]}" //... 2>&1 | tee "$log.asan" | grep -Ev '^\s*$|linux-sandbox' || true
  grep -q "Build did NOT complete successfully\|FAILED\|fails to build" "$log.asan" && status=1
  cat "$log.asan" >>"$log"
  echo "== fuzzing: each target for 30 seconds"
  tools/fuzz.sh 30 || status=1
fi

passed=$(grep -oE '[0-9]+ tests? pass' "$log" | grep -oE '^[0-9]+' | paste -sd+ | bc)
failed=$(grep -cE '^//.*(FAILED|TIMEOUT|NO STATUS)' "$log" || true)
echo "${passed:-0} passed, ${failed:-0} failed"
bazel shutdown >/dev/null 2>&1 || true
exit $status
