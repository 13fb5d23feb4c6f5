#!/usr/bin/env bash
# Times the parallel machine natively and in the served page (headless
# Chromium, the threaded wasm build on Web Workers) beside CPython running
# the same programs (bench/parallel/): CPU-bound work in 2 processes vs 1
# and in 2 threads vs 1, queue items per second between two processes,
# contended multiprocessing.Lock pairs per second, process start-up. Each
# program prints its own measure; each cell is the best of three runs.
# Other work on the machine lowers the parallel speedups: note the load
# printed first.
# Usage: scripts/bench-parallel.sh [--native]   (--native: no browser column)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q --bin pyconc
pyconc=target/release/pyconc
dir=bench/parallel
port=${PYCONC_BENCH_PORT:-4373}

# The best (lowest when $1 = min, highest when max) of three runs of a command.
best() {
  local how=$1; shift
  for _ in 1 2 3; do "$@" | tail -1; done | sort -g | { if [ "$how" = min ]; then head -1; else tail -1; fi; }
}
ours() { best "$1" "$pyconc" run "$dir/$2" --machine parallel --workers 2 "${@:3}"; }
theirs() { best "$1" python3 <(sed "${3:-}" "$dir/$2"); }

# The browser's column: every cell in one page session, as JSON.
cells=("$dir/cpu_processes.py:WORKERS=1" "$dir/cpu_processes.py" "$dir/cpu_threads.py:WORKERS=1" "$dir/cpu_threads.py"
  "$dir/queue_items.py" "$dir/contended_lock.py" "$dir/fork_time.py")
browser='{}'
if [ "${1:-}" != "--native" ]; then
  scripts/build-wasm.sh
  npx vite build --logLevel warn
  npx vite preview --port "$port" --strictPort >/dev/null 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null' EXIT
  for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port" >/dev/null && break; sleep 0.5; done
  browser=$(node scripts/bench-parallel-browser.mjs "http://127.0.0.1:$port" "${cells[@]}")
fi
in_browser() { node -e 'const v = JSON.parse(process.argv[1])[process.argv[2]]; console.log(v === undefined ? "–" : v)' "$browser" "$1"; }
ratio() { if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]]; then echo "scale=2; $1 / $2" | bc; else echo –; fi; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo
echo '| measure | pyconc parallel, native | pyconc parallel, headless Chromium | CPython 3.11 |'
echo '|---|---:|---:|---:|'
# Three rows for one CPU-bound program: 1 worker, 2 workers, the speedup;
# $2 and $3 name one worker and two, $4 and $5 are its two browser cells.
speedup_rows() {
  local file=$1 one=$2 two=$3 n1 n2 b1 b2 c1 c2
  n1=$(ours min "$file" --set WORKERS=1); n2=$(ours min "$file" --set WORKERS=2)
  c1=$(theirs min "$file" 's/^WORKERS = 2/WORKERS = 1/'); c2=$(theirs min "$file")
  b1=$(in_browser "$4"); b2=$(in_browser "$5")
  echo "| 10M-iteration loop, 1 $one (s) | $n1 | $b1 | $c1 |"
  echo "| same, split over 2 $two (s) | $n2 | $b2 | $c2 |"
  echo "| speedup, 2 $two / 1 | $(ratio "$n1" "$n2") | $(ratio "$b1" "$b2") | $(ratio "$c1" "$c2") |"
}
speedup_rows cpu_processes.py process processes "${cells[0]}" "${cells[1]}"
speedup_rows cpu_threads.py thread threads "${cells[2]}" "${cells[3]}"
echo "| Queue items/s, process to process | $(ours max queue_items.py) | $(in_browser "${cells[4]}") | $(theirs max queue_items.py) |"
echo "| Lock acquire+release/s, 2 processes contending | $(ours max contended_lock.py) | $(in_browser "${cells[5]}") | $(theirs max contended_lock.py) |"
echo "| process start + join (ms each) | $(ours min fork_time.py) | $(in_browser "${cells[6]}") | $(theirs min fork_time.py) |"
