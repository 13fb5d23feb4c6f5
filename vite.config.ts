// The playground page: www/ is the Vite root, www/dist the static build.
//
// Environment:
//   PYCONC_HEADERS=off  serve without COOP/COEP (to see the page as a host
//                       that cannot set headers shows it: not isolated).
//   PYCONC_ENGINE=mock  use www/mock/pyconc.js instead of the wasm builds
//                       (page work before scripts/build-wasm.sh has run).
import { defineConfig, type Plugin } from 'vite'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'

const here = fileURLToPath(new URL('.', import.meta.url))
const www = resolve(here, 'www')

// `crossOriginIsolated` (and so SharedArrayBuffer, and so wasm threads) needs
// both headers on the page and on every worker script (TOOLCHAIN.md "Serving").
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
}
const headers = process.env.PYCONC_HEADERS === 'off' ? {} : isolationHeaders

/** The two engine builds, or the mock when asked for, as import aliases. */
function engineAliases(): Record<string, string> {
  if (process.env.PYCONC_ENGINE === 'mock') {
    const mock = resolve(www, 'mock/pyconc.js')
    return { 'pyconc-engine/threads': mock, 'pyconc-engine/nothreads': mock }
  }
  const threads = resolve(www, 'pkg/pyconc.js')
  const nothreads = resolve(www, 'pkg-nothreads/pyconc.js')
  for (const f of [threads, nothreads]) {
    if (!existsSync(f)) {
      throw new Error(`${f} is missing: build the engine first (scripts/build-wasm.sh), or set PYCONC_ENGINE=mock`)
    }
  }
  return { 'pyconc-engine/threads': threads, 'pyconc-engine/nothreads': nothreads }
}

/**
 * Serves coi-serviceworker at the site root, from node_modules rather than a
 * copy in the tree. The shim makes hosts that cannot send COOP/COEP (GitHub
 * Pages) isolated by re-serving every response through a service worker; it
 * must be a classic script at the root so its scope covers the page.
 */
function coiServiceWorker(): Plugin {
  const file = resolve(here, 'node_modules/coi-serviceworker/coi-serviceworker.min.js')
  const name = 'coi-serviceworker.js'
  return {
    name: 'pyconc:coi-serviceworker',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${name}`) return next()
        res.setHeader('Content-Type', 'text/javascript')
        res.end(readFileSync(file))
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: name, source: readFileSync(file) })
    },
  }
}

export default defineConfig({
  root: www,
  // Relative URLs, so the build works from any sub-path of a static host.
  base: './',
  publicDir: resolve(www, 'public'),
  resolve: { alias: engineAliases() },
  plugins: [coiServiceWorker()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, headers },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers },
  worker: { format: 'es' },
  build: {
    outDir: resolve(www, 'dist'),
    emptyOutDir: true,
    target: 'esnext',
    // The wasm modules are large by nature; say so only past 1.5 MB.
    chunkSizeWarningLimit: 1500,
  },
})
