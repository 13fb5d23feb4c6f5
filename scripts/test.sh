#!/usr/bin/env bash
# Sets everything up and runs every test of pyconc:
#   1. native `cargo test` (the interpreter, the lessons, the CLI) on stable;
#   2. the wasm API in headless Chrome (crate/tests/web.rs): real threads of
#      wasm-bindgen-rayon's pool, and a lesson through the page's entry point;
#   3. both wasm builds; every lesson run natively and in wasm must give the
#      same trace; then the page's own tests (`npm test`: vite build and
#      Playwright in headless Chromium).
# Each stage prints its time. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

stage() { printf '\033[1m[test]\033[0m %s\n' "$*"; }
timed() {
  local name=$1 start=$SECONDS
  shift
  stage "$name"
  "$@"
  stage "$name: $((SECONDS - start)) s"
}

timed setup scripts/setup.sh

# Native tests on the machine's default (stable) toolchain, which has no
# -Z flags and so never rebuilds std; every test binary runs, so one
# failure does not hide the others.
timed "cargo test" cargo test --workspace --no-fail-fast

# The browser tests need the threaded build: the pinned nightly, std rebuilt
# with atomics (.cargo/config.toml has the link args). CARGO_UNSTABLE_BUILD_STD
# rather than `-Z build-std`: wasm-pack test runs a `cargo build` of its own
# before `cargo test`, and only the environment reaches both. chromedriver
# comes from Debian's chromium-driver on PATH (wasm-pack would download one).
# web_conformance runs all of tests/conformance/ in one test, in a debug
# build: more than wasm-bindgen-test's default 20 s.
web_tests() {
  RUSTUP_TOOLCHAIN="$NIGHTLY" CARGO_UNSTABLE_BUILD_STD=panic_abort,std WASM_BINDGEN_TEST_TIMEOUT=600 \
    CARGO_TARGET_DIR=target/wasm-threads \
    wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver \
    crate --features threads --test web --test web_conformance
}
timed "wasm tests in headless Chrome" web_tests

timed "wasm builds" scripts/build-wasm.sh

# Every lesson gives the same trace natively (the CLI cargo test just built)
# and in wasm (the build without threads, in Node).
timed "native and wasm runs agree" node scripts/same-trace.mjs target/debug/pyconc

timed "page tests" npm test
stage "all passed"
