// A host that sends no COOP/COEP headers and where the service-worker shim
// cannot help (service workers blocked): the page says so plainly and runs
// lessons on the deterministic machine of the no-threads build.
import { expect, openLesson, runOutcome, test } from './fixtures'

test('without the headers the page says it is not isolated and still runs the lesson', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(false)
  const banner = page.getByTestId('isolation-banner')
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('没有跨源隔离')
  await expect(banner).toContainText('not cross-origin isolated')
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-build', 'nothreads')

  await page.getByTestId('param-REPEAT').fill('5')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  const text = (await page.getByTestId('output').textContent()) ?? ''
  expect(text.match(/正在唱歌/g)).toHaveLength(5)
  expect(text).toContain('用时 5 秒')
  await expect(page.getByTestId('timeline-lane')).toHaveCount(3)
})

test('without isolation the parallel machine is off, with the reason beside the selector', async ({ page }) => {
  await openLesson(page, 'gil')
  // A lesson made for the parallel machine still opens, on the deterministic one.
  await expect(page.getByTestId('run-machine')).toHaveValue('deterministic')
  await expect(page.locator('[data-testid=run-machine] option[value=parallel]')).toBeDisabled()
  const reason = page.getByTestId('machine-reason')
  await expect(reason).toBeVisible()
  await expect(reason).toContainText('not cross-origin isolated')
  await page.getByTestId('param-N').fill('100000')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('run-status')).toContainText('虚拟时间 virtual')
})
