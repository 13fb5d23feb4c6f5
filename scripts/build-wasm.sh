#!/usr/bin/env bash
# Builds the page's two wasm modules and prints their sizes.
#
#   www/pkg/            threaded: atomics, shared memory, wasm-bindgen-rayon's
#                       initThreadPool (for cross-origin isolated pages)
#   www/pkg-nothreads/  plain wasm32, no atomics (for pages that are not
#                       isolated: they cannot share memory with Workers)
#
# Both use the pinned nightly (scripts/versions.sh) and `--target web`: the
# pool hands its own WebAssembly.Module to each Worker it starts, and only
# that output exposes it (wasm-bindgen-rayon's README, "Why?"). Each build
# has its own target directory, since their flags differ and would otherwise
# rebuild each other from scratch every time.
#
# wasm-opt is off (--no-opt). wasm-pack would download binaryen from outside
# the package registries, and Debian 12's binaryen (108) does not pay: with
# -Oz it made the build without threads smaller raw (2.32 MB to 1.98 MB) but
# larger gzipped (721 KB to 753 KB), and gzip is what a page load costs.
# Usage: scripts/build-wasm.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

profile=(--profile wasm)
[ "${1:-}" = "--dev" ] && profile=(--dev)

export RUSTUP_TOOLCHAIN="$NIGHTLY"

# The threaded build: .cargo/config.toml supplies the atomics and
# shared-memory flags for wasm32; std is rebuilt with them.
CARGO_UNSTABLE_BUILD_STD=panic_abort,std CARGO_TARGET_DIR=target/wasm-threads \
  wasm-pack --quiet build crate --target web "${profile[@]}" --no-opt --out-dir ../www/pkg \
  -- --features threads

# The build without threads: an empty CARGO_ENCODED_RUSTFLAGS takes the place
# of the config's wasm32 rustflags, so this is plain wasm32 with the
# toolchain's prebuilt std.
CARGO_ENCODED_RUSTFLAGS="" CARGO_TARGET_DIR=target/wasm-nothreads \
  wasm-pack --quiet build crate --target web "${profile[@]}" --no-opt --out-dir ../www/pkg-nothreads

for wasm in www/pkg/pyconc_bg.wasm www/pkg-nothreads/pyconc_bg.wasm; do
  raw=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  printf '[build-wasm] %-34s %6d KB raw, %6d KB gzip\n' "$wasm" $((raw / 1024)) $((gz / 1024))
done
