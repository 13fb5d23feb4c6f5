// The coroutine lessons in the page: greenlets drawn as lanes inside their
// thread's lane, and the 500-client echo server served by one thread.
import { expect, openLesson, runOutcome, test } from './fixtures'

test('the echo server answers 500 clients x 3 messages from one thread of greenlets', async ({ page }) => {
  test.setTimeout(120_000)
  await openLesson(page, 'gevent-tcp-echo')
  await expect(page.getByTestId('param-CLIENTS')).toHaveValue('500')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page, 90_000)).toBe('exited')
  const text = (await page.getByTestId('output').textContent()) ?? ''
  const replies = text.match(/THREAD-\d+ \(X_CLIENT\) SAY HELLO \d/g) ?? []
  expect(replies).toHaveLength(1500)
  for (const n of [0, 1, 2]) expect(replies.filter((r) => r.endsWith(` ${n}`))).toHaveLength(500)
  // One OS thread; its greenlets (the hub, the server, 500 clients and their handlers) under it.
  await expect(page.locator('[data-testid=timeline-lane]:not([data-greenlet])')).toHaveCount(1)
  expect(await page.locator('[data-testid=timeline-lane][data-greenlet]').count()).toBeGreaterThan(500)
  // The page still answers: another lesson opens at once.
  await page.locator('[data-testid=lesson-link][data-lesson-id="greenlet-switch"]').click()
  await expect(page.getByTestId('run-button')).toBeEnabled()
})

test('greenlet switches show as lanes named by their run functions', async ({ page }) => {
  await openLesson(page, 'greenlet-switch')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText('gr1.dead = True gr2.dead = False')
  const greenlets = page.locator('[data-testid=timeline-lane][data-greenlet]')
  const names = await greenlets.evaluateAll((lanes) => lanes.map((l) => l.getAttribute('data-thread-name')))
  expect(names).toEqual(expect.arrayContaining(['main', 'eat', 'play', 'test1', 'test2']))
})

test('the crawler with gevent takes as long as the slowest page, serially the sum', async ({ page }) => {
  await openLesson(page, 'gevent-crawler')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText('run time is 1.0')
  await page.getByTestId('param-MODE').selectOption('serial')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText('run time is 2.4')
})
