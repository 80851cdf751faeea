#!/usr/bin/env bash
# End-to-end benchmark: qtrack against its peers, measured in one run on
# this machine, printed as ratios, ending with one JSON line of figures.
#
#   bench/run.sh [--statements N] [--big-jsonl MB]
#     --statements N   size of the generated database (default 1000000)
#     --big-jsonl MB   also ingest an MB-megabyte JSON Lines file of whole
#                      news pages (bench/make_big_jsonl.py) and report its
#                      peak memory (default: skipped; 2048 takes ~4 minutes)
#
# Needs ../shared/corpus/bbc-news-articles (or BBC=DIR). Peers: xapian-omega's
# omindex (indexing), compromise from npm (quote extraction; skipped when npm
# cannot install it). Figures: extraction MB/s; ingest articles/s with 1 and
# 2 jobs, with and without the matcher; said/search/match latency (median,
# p99) on the BBC database and on a generated database of N statements;
# peak memory of ingest.
set -euo pipefail
cd "$(dirname "$0")/.."
statements=1000000
big_jsonl_mb=0
while (($#)); do
  case $1 in
    --statements) statements=$2; shift 2 ;;
    --big-jsonl) big_jsonl_mb=$2; shift 2 ;;
    *) echo "usage: bench/run.sh [--statements N] [--big-jsonl MB]" >&2; exit 2 ;;
  esac
done
bbc=${BBC:-../shared/corpus/bbc-news-articles/news}
work=${BENCH_WORK:-/tmp/qtrack-bench}
mkdir -p "$work"
tools/setup.sh --tests
bazel build -c opt --ui_event_filters=-info --noshow_progress //cli:qtrack //bench:generate_statements //bench:query_latency
bin=$(bazel info -c opt bazel-bin 2>/dev/null)
qtrack="$bin/cli/qtrack"
bytes=$(find "$bbc" -type f -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$bbc" -type f | wc -l)

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
best() { local b=999999 t; for _ in 1 2 3; do t=$(seconds "$@"); (( $(echo "$t < $b" | bc -l) )) && b=$t; done; echo "$b"; }

echo "== extraction over $files files, $((bytes / 1000)) kB"
t_extract=$(best "$qtrack" extract --format jsonl "$bbc")
mbs_extract=$(echo "$bytes / $t_extract / 1000000" | bc -l)
printf "qtrack extract: %.2f s, %.1f MB/s\n" "$t_extract" "$mbs_extract"
mbs_compromise=null
if command -v npm >/dev/null && (cd "$work" && [[ -d node_modules/compromise ]] || npm install --silent --no-audit --no-fund compromise@14 >/dev/null 2>&1); then
  cat >"$work/compromise.js" <<'JS'
const fs = require('fs'), path = require('path'), nlp = require('compromise');
const files = []; (function walk(d) { for (const f of fs.readdirSync(d)) { const p = path.join(d, f);
  fs.statSync(p).isDirectory() ? walk(p) : files.push(p); } })(process.argv[2]);
let n = 0; const t0 = process.hrtime.bigint();
for (const f of files) n += nlp(fs.readFileSync(f, 'utf8')).quotations().length;
console.log(Number(process.hrtime.bigint() - t0) / 1e9, n);
JS
  t_comp=$(cd "$work" && node compromise.js "$(realpath "$OLDPWD/$bbc" 2>/dev/null || realpath "$bbc")" | cut -d' ' -f1)
  mbs_compromise=$(echo "$bytes / $t_comp / 1000000" | bc -l)
  printf "compromise quotations(): %.2f s, %.2f MB/s (qtrack is %.0fx)\n" "$t_comp" "$mbs_compromise" "$(echo "$mbs_extract / $mbs_compromise" | bc -l)"
fi

echo "== ingest of $files articles (best of three runs each)"
# Prints "wall_seconds cpu_seconds" (cpu = user + system, all threads).
timed() {
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S" "$@" >/dev/null 2>&1
  awk '{printf "%s %s\n", $1, $2 + $3}' "$work/time.txt"
}
# The best of three runs after `rm -rf $1`: "wall_seconds cpu_seconds".
best_timed() {
  local dir=$1 best=999999 cpu=0 w c; shift
  for _ in 1 2 3; do
    rm -rf "$dir"
    read -r w c < <(timed "$@")
    if (( $(echo "$w < $best" | bc -l) )); then best=$w; cpu=$c; fi
  done
  echo "$best $cpu"
}
ingest() { best_timed "$work/db" "$qtrack" --db "$work/db" ingest "$@" "$bbc"; }
read -r t_j1 c_j1 < <(ingest --jobs 1)
read -r t_j2 c_j2 < <(ingest --jobs 2)
read -r t_nolink c_nolink < <(ingest --jobs 2 --no-link)
rm -rf "$work/db"; peak_ingest=$(peak_kb "$qtrack" --db "$work/db" ingest --jobs 2 "$bbc")
read -r t_omindex c_omindex < <(best_timed "$work/omindex" omindex --db "$work/omindex" --url / "$bbc")
aps() { echo "$files / $1" | bc -l; }
ms_per() { echo "1000 * $1 / $files" | bc -l; }
printf "qtrack ingest --jobs 1: %.0f articles/s; --jobs 2: %.0f articles/s (%.2fx); --no-link: %.0f articles/s\n" \
  "$(aps "$t_j1")" "$(aps "$t_j2")" "$(echo "$t_j1 / $t_j2" | bc -l)" "$(aps "$t_nolink")"
printf "omindex: %.0f articles/s; qtrack --jobs 2 is %.2fx omindex (%.2fx without linking)\n" "$(aps "$t_omindex")" \
  "$(echo "$t_omindex / $t_j2" | bc -l)" "$(echo "$t_omindex / $t_nolink" | bc -l)"
printf "CPU per article (user + system, all threads): qtrack --jobs 1 %.2f ms, --jobs 2 %.2f ms, --no-link %.2f ms; omindex %.2f ms\n" \
  "$(ms_per "$c_j1")" "$(ms_per "$c_j2")" "$(ms_per "$c_nolink")" "$(ms_per "$c_omindex")"
printf "matcher overhead (--jobs 2 with / without linking): %.2fx\n" "$(echo "$t_j2 / $t_nolink" | bc -l)"
printf "peak memory of ingest: %d MB\n" $((peak_ingest / 1024))
peak_big=null
if ((big_jsonl_mb > 0)); then
  echo "== ingest of a ${big_jsonl_mb} MB JSON Lines file"
  python3 bench/make_big_jsonl.py "$bbc" "$work/big.jsonl" --mb "$big_jsonl_mb"
  rm -rf "$work/bigdb"
  s=$(date +%s.%N)
  peak_big=$(( $(peak_kb "$qtrack" --db "$work/bigdb" ingest "$work/big.jsonl") / 1024 ))
  printf "peak memory: %d MB, %.0f s\n" "$peak_big" "$(echo "$(date +%s.%N) - $s" | bc -l)"
  rm -rf "$work/bigdb" "$work/big.jsonl"
fi

echo "== latency on the BBC database"
# Each latency run is made twice and the second reported: the first warms
# the page cache (a server answering queries has its index cached).
"$bin/bench/query_latency" --db "$work/db" --queries 300 >/dev/null
lat_bbc=$("$bin/bench/query_latency" --db "$work/db" --queries 300)
echo "$lat_bbc"

echo "== latency on a generated database of $statements statements"
big="$work/gen-$statements"
if [[ ! -f "$big/iamglass" ]]; then
  rm -rf "$big"
  "$bin/bench/generate_statements" --corpus "$bbc" --db "$big" --statements "$statements"
fi
"$bin/bench/query_latency" --db "$big" --queries 300 >/dev/null
lat_big=$("$bin/bench/query_latency" --db "$big" --queries 300)
echo "$lat_big"

printf '{"machine":"%s","cores":%d,"extract_mb_s":%.1f,"compromise_mb_s":%s,"ingest_articles_s_jobs1":%.0f,"ingest_articles_s_jobs2":%.0f,"ingest_articles_s_nolink":%.0f,"omindex_articles_s":%.0f,"ingest_vs_omindex":%.2f,"ingest_cpu_ms_per_article":%.2f,"omindex_cpu_ms_per_article":%.2f,"matcher_overhead":%.2f,"ingest_peak_mb":%d,"big_jsonl_mb":%d,"big_jsonl_peak_mb":%s,"bbc":%s,"large":%s}\n' \
  "$(uname -m) $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(nproc)" "$mbs_extract" \
  "$( [[ $mbs_compromise == null ]] && echo null || printf %.3f "$mbs_compromise")" \
  "$(aps "$t_j1")" "$(aps "$t_j2")" "$(aps "$t_nolink")" "$(aps "$t_omindex")" "$(echo "$t_omindex / $t_j2" | bc -l)" \
  "$(ms_per "$c_j2")" "$(ms_per "$c_omindex")" "$(echo "$t_j2 / $t_nolink" | bc -l)" $((peak_ingest / 1024)) "$big_jsonl_mb" "$peak_big" "$lat_bbc" "$lat_big"
