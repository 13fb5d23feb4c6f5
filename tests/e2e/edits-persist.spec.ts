// The learner's code is never lost: not by a rerun, not by a reload.
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

const EDITED = 'print("改过的程序")\nprint("edited", 6 * 7)\n'

test('edited code survives a rerun and a reload, and Reset brings the lesson back', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  const editor = page.getByTestId('editor-content')
  await replaceCode(page, EDITED)
  await expect(page.getByTestId('edited-badge')).toBeVisible()

  for (let i = 0; i < 2; i++) {
    await page.getByTestId('run-button').click()
    expect(await runOutcome(page)).toBe('exited')
    await expect(page.getByTestId('output')).toHaveText('改过的程序\nedited 42\n')
    await expect(editor).toContainText('改过的程序')
  }

  await page.reload()
  await expect(page.getByTestId('run-button')).toBeEnabled()
  await expect(editor).toContainText('改过的程序')
  await expect(editor).not.toContainText('def sing')
  await expect(page.getByTestId('edited-badge')).toBeVisible()

  await page.getByTestId('reset-code').click()
  await expect(editor).toContainText('def sing')
  await expect(page.getByTestId('edited-badge')).toBeHidden()
  await page.reload()
  await expect(page.getByTestId('run-button')).toBeEnabled()
  await expect(editor).toContainText('def sing')
})

test('each lesson keeps its own edits', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  const editor = page.getByTestId('editor-content')
  await replaceCode(page, 'print("mine")\n')
  const other = page.locator('[data-testid=lesson-link]:not([data-lesson-id="multitask-sing-dance"])').first()
  const otherId = (await other.getAttribute('data-lesson-id'))!
  await other.click()
  await expect(page.getByTestId('lesson-title')).not.toContainText('唱歌跳舞')
  await expect(editor).not.toContainText('print("mine")')
  await expect(page.getByTestId('edited-badge')).toBeHidden()
  await expect(page).toHaveURL(new RegExp(`#lesson=${otherId}$`))

  await page.locator('[data-testid=lesson-link][data-lesson-id="multitask-sing-dance"]').click()
  await expect(editor).toHaveText('print("mine")')
  await expect(page.getByTestId('edited-badge')).toBeVisible()
})
