// Every lesson of the course opens in the page, shows its form, and runs to
// an outcome, with no error in the page: the page copes with each lesson's
// parameters and events, whatever the interpreter makes of the program.
import { expect, openLesson, runOutcome, test } from './fixtures'

test('every lesson opens, shows its parameters and runs to an outcome', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  const ids = await page.getByTestId('lesson-link').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.lessonId!))
  expect(ids.length).toBeGreaterThan(1)
  // The course grows: time in proportion to it.
  test.setTimeout(30_000 + ids.length * 15_000)
  const outcomes: Record<string, string> = {}
  for (const id of ids) {
    await page.locator(`[data-testid=lesson-link][data-lesson-id="${id}"]`).click()
    await expect(page.locator(`[data-testid=lesson-link][data-lesson-id="${id}"]`)).toHaveAttribute('aria-current', 'page')
    await expect(page.getByTestId('param-error-seed')).toBeHidden()
    await expect(page.getByTestId('param-form').locator('[role=alert]:visible')).toHaveCount(0)
    await page.getByTestId('run-button').click()
    outcomes[id] = await runOutcome(page, 30_000)
    expect(['exited', 'failed', 'deadlock', 'budget'], `${id} ended as ${outcomes[id]}`).toContain(outcomes[id])
    await expect(page.getByTestId('timeline-lane').first()).toBeVisible()
  }
  console.log('lesson outcomes:', JSON.stringify(outcomes))
})
