// A deadlock is a result, not a hang: the page names the wait-for cycle and
// the timeline shows both threads blocked on each other's lock.
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

const DEADLOCK = `import threading
import time

a = threading.Lock()
b = threading.Lock()

def one():
    with a:
        time.sleep(0.1)
        with b:
            print("one got both")

def two():
    with b:
        time.sleep(0.1)
        with a:
            print("two got both")

t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start()
t2.start()
t1.join()
t2.join()
`

test('two threads taking two locks in opposite orders end in a reported deadlock', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  await replaceCode(page, DEADLOCK)
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page)).toBe('deadlock')
  const status = page.getByTestId('run-status')
  await expect(status).toContainText('Deadlock')
  await expect(status).toContainText('exit 3')
  await expect(status).toContainText(/one 等待 waits for .*held by two/)
  await expect(status).toContainText(/two 等待 waits for .*held by one/)
  await expect(page.getByTestId('output')).not.toContainText('got both')

  for (const name of ['one', 'two']) {
    const blocked = page.locator(`[data-testid=timeline-lane][data-thread-name="${name}"] [data-state=blocked]`).last()
    await expect(blocked).toHaveAttribute('data-on', /held by/)
    expect((await blocked.boundingBox())!.width).toBeGreaterThan(10)
  }
  await expect(page.getByTestId('timeline-ending')).toContainText('死锁')
})
