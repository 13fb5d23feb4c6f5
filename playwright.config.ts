// Browser tests of the built page (www/dist, built by `npm test` first) in
// Debian's Chromium, never a downloaded one (TOOLCHAIN.md "Browser tests").
//
// Two servers: one with COOP/COEP (cross-origin isolated, the threaded
// engine) and one without (a static host that cannot send headers).
//
// Projects:
//   unit          node-only specs beside the page's code (www/src/*.spec.ts)
//   isolated      the page as `npm run preview` serves it
//   not-isolated  served without the headers and with service workers
//                 blocked: the banner and the no-threads engine
//   coi-shim      served without the headers, service workers allowed:
//                 coi-serviceworker makes the page isolated after one reload
//   screenshot    docs/screenshot.png, only with PYCONC_SCREENSHOT=1
import { defineConfig } from '@playwright/test'

// PYCONC_TEST_PORT moves both servers (to it and the port after it), so two
// checkouts on one machine can test at once: an existing server is reused
// outside CI, and one serving another checkout's build would be tested instead.
const PORT = Number(process.env.PYCONC_TEST_PORT) || 4173
const ISOLATED = `http://127.0.0.1:${PORT}`
const PLAIN = `http://127.0.0.1:${PORT + 1}`

const e2e = 'tests/e2e'

export default defineConfig({
  forbidOnly: !!process.env.CI,
  // A few specs time the page (Stop within a second, short main-thread
  // tasks); on CI a retry tells a loaded machine from a slow page, and the
  // report lists such a spec as flaky rather than hiding it.
  retries: process.env.CI ? 1 : 0,
  // One spec at a time: each run keeps a core busy in its engine worker, and
  // the specs that time the page's main thread need the other core free.
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: ISOLATED,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
    {
      // Vite allows one preview server per project unless told otherwise.
      command: `npx vite preview --port ${PORT + 1} --strictPort --bypass-lock`,
      env: { PYCONC_HEADERS: 'off' },
      url: PLAIN,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
  ],
  projects: [
    { name: 'unit', testDir: 'www/src', testMatch: /\.spec\.ts$/ },
    {
      name: 'isolated',
      testDir: e2e,
      testIgnore: [/not-isolated/, /coi-shim/, /screenshot/],
      use: { baseURL: ISOLATED },
    },
    {
      name: 'not-isolated',
      testDir: e2e,
      testMatch: /not-isolated\.spec\.ts$/,
      use: { baseURL: PLAIN, serviceWorkers: 'block' },
    },
    {
      name: 'coi-shim',
      testDir: e2e,
      testMatch: /coi-shim\.spec\.ts$/,
      use: { baseURL: PLAIN, serviceWorkers: 'allow' },
    },
    ...(process.env.PYCONC_SCREENSHOT
      ? [{ name: 'screenshot', testDir: e2e, testMatch: /screenshot\.spec\.ts$/, use: { baseURL: ISOLATED } }]
      : []),
  ],
})
