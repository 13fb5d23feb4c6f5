#!/usr/bin/env bash
# Times the parallel machine natively beside CPython running the same
# programs (bench/parallel/): CPU-bound work in 2 processes vs 1 and in 2
# threads vs 1, queue items per second between two processes, contended
# multiprocessing.Lock pairs per second, process start-up. Each program
# prints its own measure; each cell is the best of three runs. Other work
# on the machine lowers the parallel speedups: note the load printed first.
# Usage: scripts/bench-parallel.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q --bin pyconc
pyconc=target/release/pyconc
dir=bench/parallel

# The best (lowest when $3 = min, highest when max) of three runs of a command.
best() {
  local how=$1; shift
  for _ in 1 2 3; do "$@" | tail -1; done | sort -g | { if [ "$how" = min ]; then head -1; else tail -1; fi; }
}
ours() { best "$1" "$pyconc" run "$dir/$2" --machine parallel "${@:3}"; }
theirs() { best "$1" python3 <(sed "${3:-}" "$dir/$2"); }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo
echo '| measure | pyconc parallel | CPython 3.11 |'
echo '|---|---:|---:|'
p1=$(ours min cpu_processes.py --set WORKERS=1); p2=$(ours min cpu_processes.py --set WORKERS=2)
c1=$(theirs min cpu_processes.py 's/^WORKERS = 2/WORKERS = 1/'); c2=$(theirs min cpu_processes.py)
echo "| 10M-iteration loop, 1 process (s) | $p1 | $c1 |"
echo "| same, split over 2 processes (s) | $p2 | $c2 |"
echo "| speedup, 2 processes / 1 | $(echo "scale=2; $p1 / $p2" | bc) | $(echo "scale=2; $c1 / $c2" | bc) |"
t1=$(ours min cpu_threads.py --set WORKERS=1); t2=$(ours min cpu_threads.py --set WORKERS=2)
d1=$(theirs min cpu_threads.py 's/^WORKERS = 2/WORKERS = 1/'); d2=$(theirs min cpu_threads.py)
echo "| 10M-iteration loop, 1 thread (s) | $t1 | $d1 |"
echo "| same, split over 2 threads (s) | $t2 | $d2 |"
echo "| speedup, 2 threads / 1 | $(echo "scale=2; $t1 / $t2" | bc) | $(echo "scale=2; $d1 / $d2" | bc) |"
echo "| Queue items/s, process to process | $(ours max queue_items.py) | $(theirs max queue_items.py) |"
echo "| Lock acquire+release/s, 2 processes contending | $(ours max contended_lock.py) | $(theirs max contended_lock.py) |"
echo "| process start + join (ms each) | $(ours min fork_time.py) | $(theirs min fork_time.py) |"
