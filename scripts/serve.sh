#!/usr/bin/env bash
# Sets everything up, builds the engine and serves the playground on
# http://127.0.0.1:5173/ with COOP/COEP, so the page is cross-origin
# isolated and runs the threaded engine. Ctrl-C stops it.
# Usage: scripts/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# The dev server needs no browser; --no-browser skips Chromium's install.
scripts/setup.sh --no-browser
scripts/build-wasm.sh

# The port is vite.config.ts's (strictPort: a busy port fails loudly rather
# than moving elsewhere).
url=http://127.0.0.1:5173/
printf '\n\033[1m[serve]\033[0m the playground: %s\n\n' "$url"
exec npm run dev
