// The page as the project serves it is cross-origin isolated, so the
// threaded engine (wasm threads over SharedArrayBuffer) starts.
import { readdirSync } from 'node:fs'
import { expect, openLesson, test } from './fixtures'

test('the served page is cross-origin isolated and loads the threaded engine', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true)
  await expect(page.getByTestId('isolation-banner')).toBeHidden()
  const engine = page.getByTestId('engine-status')
  await expect(engine).toHaveAttribute('data-state', 'ready')
  await expect(engine).toHaveAttribute('data-build', 'threads')
})

test('the page and both engine builds are served with the isolation headers, wasm as application/wasm', async ({ request }) => {
  const page = await request.get('/')
  expect(page.headers()['cross-origin-opener-policy']).toBe('same-origin')
  expect(page.headers()['cross-origin-embedder-policy']).toBe('require-corp')
  // The wasm is fetched by the engine worker, out of the page's sight: ask for each built file.
  const wasm = readdirSync('www/dist/assets').filter((f) => f.endsWith('.wasm'))
  expect(wasm).toHaveLength(2)
  for (const f of wasm) {
    const r = await request.get(`/assets/${f}`)
    expect(r.ok()).toBe(true)
    expect(r.headers()['content-type']).toBe('application/wasm')
    expect(r.headers()['cross-origin-embedder-policy']).toBe('require-corp')
  }
})
