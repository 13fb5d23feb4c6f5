// A lesson of several programs: one tab of code and output per host, one
// run of them all, one timeline whose processes say where they run, and the
// edits of every tab kept across a reload.
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

const LESSON = 'distributed-two-hosts'

test('the two-host lesson shows a tab per host, runs both, and keeps each host output apart', async ({ page }) => {
  await openLesson(page, LESSON)
  const tabs = page.getByTestId('program-tab')
  await expect(tabs).toHaveCount(2)
  await expect(tabs.nth(0)).toHaveAttribute('data-host', 'master')
  await expect(tabs.nth(1)).toHaveAttribute('data-host', 'worker-1')
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true')
  const editor = page.getByTestId('editor-content')
  await expect(editor).toContainText('manager.start()')

  await page.getByTestId('param-TASKS').fill('3')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')

  const master = page.locator('[data-testid=output][data-host="master"]')
  const worker = page.locator('[data-testid=output][data-host="worker-1"]')
  await expect(master).toBeVisible()
  await expect(worker).toBeHidden()
  await expect(master).toContainText('result is ImageUrl_2--->success')
  await expect(master).not.toContainText('run task')

  await tabs.nth(1).click()
  await expect(editor).toContainText('m.connect()')
  await expect(worker).toBeVisible()
  await expect(master).toBeHidden()
  await expect(worker).toContainText('run task download ImageUrl_2...')
  await expect(worker).toContainText('worker exit.')
  await expect(worker).not.toContainText('result is')

  // One timeline: each program's main process, labelled with its host.
  await expect(page.locator('[data-testid=timeline-process][data-pid="100"]')).toContainText('master')
  await expect(page.locator('[data-testid=timeline-process][data-pid="101"]')).toContainText('worker-1')
})

test('edits of the second tab survive a reload, and the run uses them', async ({ page }) => {
  await openLesson(page, LESSON)
  const tabs = page.getByTestId('program-tab')
  const editor = page.getByTestId('editor-content')
  await tabs.nth(1).click()
  await replaceCode(page, 'print("edited worker")\n')
  await expect(page.getByTestId('edited-badge')).toBeVisible()
  await tabs.nth(0).click()
  await expect(editor).toContainText('manager.start()')
  await expect(page.getByTestId('edited-badge')).toBeHidden()

  await page.reload()
  await expect(page.getByTestId('run-button')).toBeEnabled()
  await expect(editor).toContainText('manager.start()')
  await tabs.nth(1).click()
  await expect(editor).toHaveText('print("edited worker")')
  await expect(page.getByTestId('edited-badge')).toBeVisible()

  // Without a worker the master waits for results in vain: it times out after 10 s (virtual).
  await page.getByTestId('param-TASKS').fill('1')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('failed')
  await expect(page.locator('[data-testid=output][data-host="worker-1"]')).toHaveText('edited worker\n')

  await page.getByTestId('reset-code').click()
  await expect(editor).toContainText('m.connect()')
  await page.reload()
  await expect(page.getByTestId('run-button')).toBeEnabled()
  await tabs.nth(1).click()
  await expect(editor).toContainText('m.connect()')
})
