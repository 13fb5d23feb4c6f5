// The page as the project serves it is cross-origin isolated, so the
// threaded engine (wasm threads over SharedArrayBuffer) starts.
import { expect, openLesson, test } from './fixtures'

test('the served page is cross-origin isolated and loads the threaded engine', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true)
  await expect(page.getByTestId('isolation-banner')).toBeHidden()
  const engine = page.getByTestId('engine-status')
  await expect(engine).toHaveAttribute('data-state', 'ready')
  await expect(engine).toHaveAttribute('data-build', 'threads')
})

test('wasm is served as application/wasm with the isolation headers', async ({ page, request }) => {
  await page.goto('/')
  const response = await request.get('/')
  expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin')
  expect(response.headers()['cross-origin-embedder-policy']).toBe('require-corp')
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')),
  )
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-state', 'ready')
  const urls = wasm.length
    ? wasm
    : await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')))
  for (const url of urls) {
    const r = await request.get(url)
    expect(r.headers()['content-type']).toBe('application/wasm')
  }
})
