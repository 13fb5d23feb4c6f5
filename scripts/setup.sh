#!/usr/bin/env bash
# Installs everything pyconc needs to build, serve and test, and nothing twice.
#
# Each step checks what is already there (by version) and installs only what
# is missing, so a warm run takes about a second. Everything comes from the
# package registries (crates.io, npm, Debian) and rustup; nothing else is
# downloaded. Usage: scripts/setup.sh [--no-browser] [--screenshot]
#   --no-browser  skip Debian's chromium and chromium-driver
#   --screenshot  also Debian's fonts-noto-cjk, which docs/screenshot.png
#                 needs for its Chinese text (`npm run screenshot` asks for it)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

want_browser=1
want_fonts=0
for arg in "$@"; do
  case "$arg" in
    --no-browser) want_browser=0 ;;
    --screenshot) want_fonts=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

step() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The pinned nightly: wasm threads need -Z build-std, so it carries rust-src
# and the wasm32 target. RUSTUP_AUTO_INSTALL may be off, so install it here.
if ! rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1 \
   || ! rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' \
   || ! rustup target list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown'; then
  step "installing $NIGHTLY with rust-src and wasm32-unknown-unknown"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# wasm-bindgen-cli must equal the crate's wasm-bindgen version exactly.
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN"
  cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN"
fi

# wasm-pack builds the page's module and runs the headless-Chrome tests.
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK" ]; then
  step "installing wasm-pack $WASM_PACK"
  cargo install --locked wasm-pack --version "$WASM_PACK"
fi

# Debian's Chromium and ChromeDriver, for wasm-pack test and Playwright.
if [ "$want_browser" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  step "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The screenshot's Chinese glyphs; without them Chromium draws boxes.
if [ "$want_fonts" = 1 ] && ! dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'; then
  step "installing Debian's fonts-noto-cjk"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq fonts-noto-cjk >/dev/null
fi

# npm packages, exactly as the lockfile says; redone only when it changed.
stamp=node_modules/.package-lock.sha256
lock_sum=$(sha256sum package-lock.json | awk '{print $1}')
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi
step "ready"
