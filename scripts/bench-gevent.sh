#!/usr/bin/env bash
# Times gevent on pyconc's deterministic machine beside CPython with
# gevent 24.11.1 (the conformance venv, made by tests/conformance/record.py):
# spawning, parking and joining N greenlets (bench/gevent_spawn_join.py,
# with the memory per parked greenlet), and the echo server of lesson 15.1
# at CLIENTS x MESSAGES (bench/gevent_echo.py). Prints CPU seconds (user +
# system) and peak memory. CPython's echo needs two descriptors a client:
# with a limit of 20,000 it runs 9,000 clients at most.
# Usage: scripts/bench-gevent.sh [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q --bin pyconc
pyconc=target/release/pyconc
python=tests/conformance/.venv/bin/python
clients=${1:-10000}

# "cpu-seconds KB" of one run.
measure() { /usr/bin/time -f '%U %S %M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f %d", $1 + $2, $3}'; }
# The program with its constant NAME set to VALUE, for CPython.
with() { sed "s/^$2 = .*/$2 = $3/" "$1" > "/tmp/bench-$2-$3.py"; echo "/tmp/bench-$2-$3.py"; }

read -r ps pk <<<"$(measure "$pyconc" run bench/gevent_spawn_join.py)"
read -r cs ck <<<"$(measure "$python" bench/gevent_spawn_join.py)"
read -r _ psmall <<<"$(measure "$pyconc" run bench/gevent_spawn_join.py --set N=10)"
read -r _ csmall <<<"$(measure "$python" "$(with bench/gevent_spawn_join.py N 10)")"
echo "| program | pyconc CPU | CPython + gevent CPU | pyconc peak | CPython peak |"
echo "|---|---|---|---|---|"
printf '| 100,000 greenlets spawned, parked, joined | %s s | %s s | %d MB | %d MB |\n' "$ps" "$cs" $((pk / 1024)) $((ck / 1024))
read -r es ek <<<"$(measure "$pyconc" run bench/gevent_echo.py --set CLIENTS="$clients" --max-steps 100000000000)"
printf '| echo, %s clients x 100 messages | %s s | | %d MB | |\n' "$clients" "$es" $((ek / 1024))
read -r es ek <<<"$(measure "$pyconc" run bench/gevent_echo.py --set CLIENTS=1000)"
read -r cs ck <<<"$(measure "$python" "$(with bench/gevent_echo.py CLIENTS 1000)")"
printf '| echo, 1,000 clients x 100 messages | %s s | %s s | %d MB | %d MB |\n' "$es" "$cs" $((ek / 1024)) $((ck / 1024))
printf '\nMemory per parked greenlet: pyconc %d bytes, CPython %d bytes ((peak at 100,000 - peak at 10) / 99,990).\n' \
  $(( (pk - psmall) * 1024 / 99990 )) $(( (ck - csmall) * 1024 / 99990 ))
