#!/usr/bin/env bash
# Runs every qtrack test: unit tests, end-to-end tests of the CLI, and (in
# CI) the sanitizer build and a short run of each fuzz target. Installs the
# Debian packages that are missing first (needs root for that).
#
# Exit status: 0 only when every pass built and every test passed. Each
# pass is judged by bazel's own exit status (non-zero on a failed, timed
# out, flaky, unbuilt or missing test) and, as a second line of defence, by
# the per-test status lines in its log: FAILED, TIMEOUT, NO STATUS,
# INCOMPLETE, FAILED TO BUILD. A pass that fails never stops the others.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --tests

quiet=(--ui_event_filters=-info,-debug --noshow_progress --show_result=0)
log=$(mktemp)
trap 'rm -f "$log" "$log.pass" "$log.browser"' EXIT

status=0
bad_lines='^//.*(FAILED|TIMEOUT|NO STATUS|INCOMPLETE)|FAILED TO BUILD|Build did NOT complete successfully|fails to build'

# run_pass NAME BAZEL-ARGS...: runs `bazel test` with the given arguments,
# shows its output, appends it to the summary log, and marks the run failed
# when bazel exits non-zero or any test status line says so.
run_pass() {
  local name=$1; shift
  local rc=0
  bazel test "${quiet[@]}" "$@" >"$log.pass" 2>&1 || rc=$?
  grep -Ev '^\s*$|linux-sandbox' "$log.pass" || true
  cat "$log.pass" >>"$log"
  if ((rc != 0)) || grep -qE "$bad_lines" "$log.pass"; then
    echo "== $name: FAILED (bazel test exited $rc)"
    status=1
  fi
}

run_pass "tests" //...

# The browser test drives the real binary through headless Chromium.
if ! bazel build "${quiet[@]}" //cli:qtrack; then
  echo "//cli:qtrack FAILED TO BUILD" | tee -a "$log"; status=1
elif QTRACK="$PWD/bazel-bin/cli/qtrack" OUT="${TEST_OUTPUTS:-/tmp/qtrack-test-outputs}" \
    tests/browser_test.sh >"$log.browser" 2>&1; then
  echo "//tests:browser_test (headless Chromium)                        PASSED"
  echo "1 test pass" >>"$log"
else
  cat "$log.browser"; echo "//tests:browser_test FAILED" | tee -a "$log"; status=1
fi

if [[ "${CI:-}" == "true" || "${QTRACK_FULL_TESTS:-}" == "1" ]]; then
  # The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
  echo "== sanitizers: bazel test --config=asan //..."
  run_pass "sanitizers" --config=asan //...
  echo "== fuzzing: each target for 30 seconds"
  tools/fuzz.sh 30 || status=1
fi

passed=$(grep -oE '[0-9]+ tests? pass' "$log" | grep -oE '^[0-9]+' | paste -sd+ | bc)
failed=$(grep -cE "$bad_lines" "$log" || true)
echo "${passed:-0} passed, ${failed:-0} failed"
((status == 0)) || echo "TESTS FAILED"
bazel shutdown >/dev/null 2>&1 || true
exit $status
