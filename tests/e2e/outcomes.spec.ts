// How a run ended is said plainly: errors on stderr, a spent budget.
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

test('a syntax error is shown on stderr with exit status 1', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await replaceCode(page, 'print("before")\ndef broken(:\n    pass\n')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('failed')
  await expect(page.getByTestId('run-status')).toContainText('exit 1')
  await expect(page.getByTestId('stderr')).toContainText('SyntaxError')
})

test('an endless loop meets the step budget and says so', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance', '?max-steps=200000')
  await replaceCode(page, 'while True: pass\n')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('budget')
  await expect(page.getByTestId('run-status')).toContainText('Budget spent')
})
