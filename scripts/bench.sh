#!/usr/bin/env bash
# Benchmarks pyconc against CPython 3.11 (BENCHMARKS.md): builds the release
# CLI and the wasm module without threads (into target/bench-pkg, apart from
# the page's www/pkg-nothreads), then times every program of
# crate/benches/py/ natively, in Node, and under python3.
# Usage: scripts/bench.sh [FILE.py ...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

cargo build --release --quiet
RUSTUP_TOOLCHAIN="$NIGHTLY" CARGO_ENCODED_RUSTFLAGS="" CARGO_TARGET_DIR=target/wasm-nothreads \
  wasm-pack --quiet build crate --target web --profile wasm --no-opt --out-dir ../target/bench-pkg
python3 scripts/bench.py --wasm target/bench-pkg "$@"
