#!/usr/bin/env bash
# Times the deterministic machine's own work (thread switches, thread
# start-up, parked threads, the course's slowest program) natively, beside
# CPython running the same program. Prints a Markdown table for
# BENCHMARKS.md. Timings vary with the machine's load: run it on an idle
# machine. Usage: scripts/bench-machine.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q --bin pyconc
pyconc=target/release/pyconc

# "seconds KB" of one run.
measure() { /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1; }

row() {
  local name=$1 file=$2
  read -r ps pk <<<"$(measure "$pyconc" run "bench/$file")"
  read -r cs ck <<<"$(measure python3 "bench/$file")"
  printf '| %s | %s s | %s s | %s MB | %s MB |\n' "$name" "$ps" "$cs" $((pk / 1024)) $((ck / 1024))
}

echo '| program | pyconc | CPython 3.11 | pyconc peak memory | CPython peak memory |'
echo '|---|---|---|---|---|'
row '500,000 thread switches (2 threads × 250,000 sleep(0))' thread_switches.py
row '10,000 threads started and joined' threads_10k.py
row '10,000 threads parked on one Event' parked_threads.py
read -r _ small <<<"$(measure "$pyconc" run bench/parked_threads.py --set N=10)"
read -r _ big <<<"$(measure "$pyconc" run bench/parked_threads.py)"
printf '\nMemory per parked thread (pyconc): %d bytes ((peak at 10,000 − peak at 10) / 9,990).\n' \
  $(( (big - small) * 1024 / 9990 ))
virtual=$("$pyconc" run --json bench/pool_sleeps.py | python3 -c 'import json,sys; print("%.1f" % (json.load(sys.stdin)["virtual_time_ns"] / 1e9))')
read -r host _ <<<"$(measure "$pyconc" run bench/pool_sleeps.py)"
printf 'The course'"'"'s slowest program (Pool(5), 8 tasks sleeping 10–50 s): %s s of virtual time in %s s of host time.\n' "$virtual" "$host"
