// The parameter form: generated from the lesson, checked as it is typed.
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

test('the form has the lesson parameters with their ranges', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  const repeat = page.getByTestId('param-REPEAT')
  await expect(repeat).toHaveAttribute('type', 'number')
  await expect(repeat).toHaveAttribute('min', '1')
  await expect(repeat).toHaveAttribute('max', '20')
  await expect(repeat).toHaveValue('3')
  await expect(page.getByTestId('param-THREADED')).toBeChecked()
})

test('an out-of-range value is shown inline and is not run', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await page.getByTestId('param-REPEAT').fill('25')
  const error = page.getByTestId('param-error-REPEAT')
  await expect(error).toBeVisible()
  await expect(error).toContainText('1–20')
  await page.getByTestId('run-button').click()
  await expect(page.getByTestId('form-error')).toBeVisible()
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-outcome', 'idle')
  await expect(page.getByTestId('output')).toBeEmpty()

  await page.getByTestId('param-REPEAT').fill('2.5')
  await expect(error).toContainText('整数')
  await page.getByTestId('param-REPEAT').fill('4')
  await expect(error).toBeHidden()
})

test('parameter values survive a reload and go back to their defaults on request', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await page.getByTestId('param-REPEAT').fill('7')
  await page.reload()
  await expect(page.getByTestId('run-button')).toBeEnabled()
  await expect(page.getByTestId('param-REPEAT')).toHaveValue('7')
  await page.getByTestId('reset-params').click()
  await expect(page.getByTestId('param-REPEAT')).toHaveValue('3')
})

test('a parameter whose constant was deleted from the code is marked and not sent', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await replaceCode(page, 'THREADED = True\nprint("threads" if THREADED else "no REPEAT here")\n')
  await expect(page.getByTestId('param-absent-REPEAT')).toBeVisible()
  await expect(page.getByTestId('param-REPEAT')).toBeDisabled()
  await expect(page.getByTestId('param-absent-THREADED')).toBeHidden()
  await page.getByTestId('param-THREADED').uncheck()
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('output')).toHaveText('no REPEAT here\n')
  await page.getByTestId('reset-code').click()
  await expect(page.getByTestId('param-REPEAT')).toBeEnabled()
})

test('the run settings: a seed that is not a whole number is refused, a good one reaches the run', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await page.getByText('运行设置').click()
  const seed = page.getByTestId('run-seed')
  await seed.fill('-3')
  await page.getByTestId('run-button').click()
  await expect(page.getByTestId('param-error-seed')).toBeVisible()
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-outcome', 'idle')

  await seed.fill('7')
  await page.getByTestId('run-switch').selectOption('any-bytecode')
  // Ctrl+Enter in the editor runs too.
  await page.getByTestId('editor-content').click()
  await page.keyboard.press('ControlOrMeta+Enter')
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('run-status')).toContainText('seed 7')
})
