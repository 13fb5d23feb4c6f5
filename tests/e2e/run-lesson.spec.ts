// Running a lesson with edited parameters: the output and the timeline.
import { expect, openLesson, runOutcome, test } from './fixtures'

test('sing-dance with REPEAT=5 prints five songs and draws two thread lanes besides MainThread', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await page.getByTestId('param-REPEAT').fill('5')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')

  const output = page.getByTestId('output')
  const text = (await output.textContent()) ?? ''
  expect(text.match(/正在唱歌/g)).toHaveLength(5)
  expect(text.match(/正在跳舞/g)).toHaveLength(5)
  expect(text).toContain('用时 5 秒')

  const lanes = page.getByTestId('timeline-lane')
  await expect(lanes).toHaveCount(3)
  await expect(lanes.and(page.locator('[data-thread-name="MainThread"]'))).toHaveCount(1)
  await expect(lanes.and(page.locator(':not([data-thread-name="MainThread"])'))).toHaveCount(2)
  // The two threads sleep through most of the run: the timeline shows it.
  await expect(page.locator('[data-testid=timeline-span][data-state=sleeping]').first()).toBeVisible()
})

test('sequential sing-dance draws MainThread alone and takes twice as long', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await page.getByTestId('param-REPEAT').fill('2')
  await page.getByTestId('param-THREADED').uncheck()
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText('用时 4 秒')
  await expect(page.getByTestId('timeline-lane')).toHaveCount(1)
})

test('hovering a sleeping span says what the thread waits for', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  const span = page.locator('[data-testid=timeline-span][data-state=sleeping][data-on]').first()
  const on = await span.getAttribute('data-on')
  expect(on).toBeTruthy()
  await span.hover()
  const tooltip = page.getByTestId('timeline-tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText(on!)
})

test('the timeline axis is in virtual seconds', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await page.getByTestId('param-REPEAT').fill('3')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  const axis = page.getByTestId('timeline-axis')
  await expect(axis).toContainText('0 s')
  await expect(axis).toContainText('3 s')
})
