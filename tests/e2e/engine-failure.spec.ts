// An engine that fails inside a run (a wasm trap) is replaced by a fresh
// one; the page says what happened and keeps the code. The trap used here is
// a list too large for the module's memory, which the engine does not (yet)
// turn into a MemoryError; once it does, this spec needs another trap.
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

test('a trap in the engine ends the run, the engine is restarted and the code stays', async ({ page, pageErrors }) => {
  await openLesson(page, 'multitask-sing-dance')
  const program = 'x = [0] * (3 * 10**8)\nprint(len(x))\n'
  await replaceCode(page, program)
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page, 30_000)).toBe('crashed')
  await expect(page.getByTestId('run-status')).toContainText('engine failure')
  // The engine's panic message in the console is the expected one here.
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !/panicked at/.test(e)))

  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('editor-content')).toHaveText(program.trimEnd().replace('\n', ''))
  await page.getByTestId('reset-code').click()
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
})
