// docs/screenshot.png: the page after running the first lesson, with the
// tooltip of a sleeping span showing. Run by `npm run screenshot`. The
// window, not the whole page: the lesson list runs far below the timeline.
import { expect, openLesson, runOutcome, test } from './fixtures'

test.use({ viewport: { width: 1440, height: 1000 } })

test('screenshot of the page after running the lesson', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await page.getByTestId('param-REPEAT').fill('3')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  const firstResultMs = await page.evaluate(() => performance.now())
  console.log(`first result ${Math.round(firstResultMs)} ms after navigation`)
  const span = page.locator('[data-testid=timeline-span][data-state=sleeping][data-on]').nth(1)
  await span.hover()
  await expect(page.getByTestId('timeline-tooltip')).toBeVisible()
  await page.screenshot({ path: process.env.PYCONC_SCREENSHOT_PATH ?? 'docs/screenshot.png' })
})
