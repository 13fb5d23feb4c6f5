// Run while a run is in progress: the old run is dropped, and nothing it
// still sends (events already on their way) reaches the new run's output.
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

test('a new run replaces a chatty one and none of the old output leaks in', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await replaceCode(page, 'i = 0\nwhile True:\n    print("first", i)\n    i += 1\n')
  await page.getByTestId('run-button').click()
  await expect(page.getByTestId('output')).toContainText('first')

  await replaceCode(page, 'print("second")\n')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('output')).toHaveText('second\n')
  // Late batches of the first run would land after this point: give them time.
  await page.waitForTimeout(300)
  await expect(page.getByTestId('output')).toHaveText('second\n')
  await expect(page.getByTestId('timeline-lane')).toHaveCount(1)
})
