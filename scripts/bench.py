"""Times pyconc against CPython on the programs of crate/benches/py/.

For each program: the best of three runs, in CPU seconds (user + system),
of `python3 FILE`, of the release `pyconc run FILE`, and (with --wasm PKG)
of pyconc's wasm build without threads in Node (scripts/bench-wasm.mjs).
Prints a Markdown table of times and pyconc/CPython ratios (the machine's
own benchmarks, threads and memory, are scripts/bench-machine.sh).
Timings are measurements, never tests.

    python3 scripts/bench.py [--wasm www/pkg-bench] [--python PYTHON] [FILE.py ...]

--python names the CPython to compare with (default python3): one with
greenlet 3.1.1 installed for greenlet_switch.py, which plain python3
cannot run (its CPython column then shows "-").
"""

import argparse
import glob
import os
import resource
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYCONC = os.path.join(ROOT, "target", "release", "pyconc")


def cpu_time(cmd, runs=3):
    """The best CPU time of `runs` runs, or None when the command fails."""
    best = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        if subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
            return None
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = t if best is None else min(best, t)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wasm", help="the wasm package (wasm-pack --target web output) to time in Node")
    ap.add_argument("--python", default="python3", help="the CPython to compare with")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(os.path.join(ROOT, "crate", "benches", "py", "*.py")))
    wasm = {}
    if args.wasm:
        out = subprocess.run(["node", os.path.join(ROOT, "scripts", "bench-wasm.mjs"), args.wasm] + files,
                             capture_output=True, text=True, check=True).stdout
        wasm = {line.split()[0]: float(line.split()[1]) for line in out.splitlines()}
    print("| program | CPython 3.11 (s) | pyconc native (s) | native / CPython | pyconc wasm (s) | wasm / CPython |")
    print("|---|---:|---:|---:|---:|---:|")
    for f in files:
        name = os.path.basename(f)
        cp = cpu_time([args.python, f])
        nat = cpu_time([PYCONC, "run", f])
        w = wasm.get(name)
        ratio = lambda t: f"{t / cp:.2f}" if cp else "-"
        wcol = f"{w:.2f} | {ratio(w)}" if w is not None else "- | -"
        cpcol = f"{cp:.2f}" if cp else "-"
        print(f"| {name} | {cpcol} | {nat:.2f} | {ratio(nat)} | {wcol} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
