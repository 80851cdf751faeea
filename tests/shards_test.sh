#!/usr/bin/env bash
# Shards: a database of two shards, read locally and through two
# xapian-tcpsrv processes on loopback named in a Xapian stub file, gives
# the same answers to said, search and match; and holds the same
# statements as an unsharded database of the same input.
set -uo pipefail
root="${TEST_SRCDIR:-$(dirname "$0")/..}/qtrack"
[[ -d "$root" ]] || root="$(cd "$(dirname "$0")/.." && pwd)"
qtrack="$root/cli/qtrack"
[[ -x "$qtrack" ]] || qtrack="$root/bazel-bin/cli/qtrack"
tmp="${TEST_TMPDIR:-$(mktemp -d)}/shards"
rm -rf "$tmp"; mkdir -p "$tmp"
failures=0
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; }
trap cleanup EXIT
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
inputs=("$root/testdata/news" "$root/testdata/kyiv_independent_2025-04-14.txt")

"$qtrack" --db "$tmp/single" ingest "${inputs[@]}" >/dev/null 2>&1 || fail "single ingest"
"$qtrack" --db "$tmp/sharded" init --shards 2 >/dev/null || fail "init --shards 2"
"$qtrack" --db "$tmp/sharded" ingest --jobs 2 "${inputs[@]}" >/dev/null 2>&1 || fail "sharded ingest"
for shard in shard00 shard01; do
  xapian-check "$tmp/sharded/$shard" >/dev/null 2>&1 || fail "xapian-check $shard"
  [[ $(xapian-delve "$tmp/sharded/$shard" | grep -oE 'number of documents = [0-9]+' | grep -oE '[0-9]+$') -gt 0 ]] \
    || fail "$shard holds no statements"
done

ids() { for d in "$@"; do xapian-delve -a -1 "$d" 2>/dev/null | grep '^Q'; done | sort; }
[[ "$(ids "$tmp/single")" == "$(ids "$tmp/sharded/shard00" "$tmp/sharded/shard01")" ]] \
  && echo "ok   shards hold the same statements as one database" || fail "statement sets differ"

# Serve each shard with Xapian's own remote backend.
mkdir -p "$tmp/remote"
for i in 0 1; do
  port=$((30000 + RANDOM % 20000))
  # Its own session: on SIGTERM xapian-tcpsrv signals its whole process group.
  setsid xapian-tcpsrv --port "$port" --interface 127.0.0.1 --quiet "$tmp/sharded/shard0$i" >/dev/null 2>&1 &
  pids+=($!)
  echo "remote 127.0.0.1:$port" >>"$tmp/remote/XAPIANDB"
done
for _ in $(seq 50); do xapian-delve "$tmp/remote" >/dev/null 2>&1 && break; sleep 0.1; done

same() {  # same NAME ARGS...: output through the remote shards == local shards
  local local_out remote_out
  local_out=$("$qtrack" --db "$tmp/sharded" "$@" --format jsonl 2>&1)
  remote_out=$("$qtrack" --db "$tmp/remote" "$@" --format jsonl 2>&1)
  if [[ -n "$local_out" && "$local_out" == "$remote_out" ]]; then echo "ok   remote = local: $*"
  else fail "remote differs: $*"; echo "$local_out" | head -3; echo "---"; echo "$remote_out" | head -3; fi
}
same said Peskov
same search 'useful'
same search 'speaker:peskov 2025-04-01..2025-04-30'
same match 'The talks with Witkoff were very useful'
[[ "$("$qtrack" --db "$tmp/sharded" stats --format json | cut -d, -f1-4)" == \
   "$("$qtrack" --db "$tmp/remote" stats --format json | cut -d, -f1-4)" ]] && echo "ok   remote stats = local" || fail "stats differ"

echo "$failures failed"
exit $((failures > 0))
