# Sourced by tests/browser_test.sh and tools/screenshots.sh: headless
# Chromium helpers and a qtrack server for them.
#   start_server DB LOGDIR   serve DB on a free port; sets $base and $server
#   dom URL PROFILE          the rendered DOM (what a person sees) on stdout
#   shot URL FILE PROFILE    a screenshot (1100 px wide) into FILE
# REQUIRES: $qtrack (the binary), $tmp (a scratch directory).
chromium=$(command -v chromium || true)
chromium_flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
                --disable-component-update --no-first-run --disable-sync --disable-quic
                --hide-scrollbars)

start_server() {
  local port=$((20000 + RANDOM % 20000))
  "$qtrack" --db "$1" serve --port "$port" 2>"$2/serve.log" &
  server=$!
  for _ in $(seq 50); do grep -q serving "$2/serve.log" && break; sleep 0.1; done
  base="http://127.0.0.1:$port"
}

dom() {
  timeout 60 "$chromium" "${chromium_flags[@]}" --user-data-dir="$tmp/profile-$2" \
    --window-size=1100,1400 --dump-dom "$1" 2>/dev/null
}

shot() {
  timeout 60 "$chromium" "${chromium_flags[@]}" --user-data-dir="$tmp/profile-$3" \
    --window-size=1100,${HEIGHT:-1400} --screenshot="$2" "$1" >/dev/null 2>&1
}
