// A host that sends no COOP/COEP headers but allows service workers:
// coi-serviceworker adds the headers itself and reloads the page once, after
// which the page is isolated and loads the threaded engine.
import { expect, test } from './fixtures'

test('the service-worker shim makes a header-less host cross-origin isolated', async ({ page }) => {
  await page.goto('/#lesson=multitask-sing-dance')
  // The shim reloads the page once; an evaluate caught by that reload counts as not yet.
  await expect
    .poll(() => page.evaluate(() => self.crossOriginIsolated).catch(() => null), { timeout: 15_000 })
    .toBe(true)
  await expect(page.getByTestId('isolation-banner')).toBeHidden()
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-build', 'threads')
})
