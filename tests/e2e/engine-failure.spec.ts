// An engine that fails inside a run (a wasm trap) is replaced by a fresh
// one; the page says what happened and keeps the code. The trap used here is
// running out of the module's memory (at most 1 GiB): each list is within
// the engine's per-object limit, together they are not, and a failed
// allocation aborts the wasm instance.
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

test('a trap in the engine ends the run, the engine is restarted and the code stays', async ({ page, pageErrors }) => {
  await openLesson(page, 'multitask-sing-dance')
  const program = 'xs = [[i] * 2**24 for i in range(16)]\nprint(len(xs))\n'
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
