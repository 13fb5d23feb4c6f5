// The parallel machine in the served page: the machine selector, the GIL
// lesson's processes really running side by side on different workers
// while the page takes input, Stop, and the reasons the parallel machine
// is off where it cannot run.
import type { Page } from '@playwright/test'
import { expect, openLesson, runOutcome, test } from './fixtures'

/** A running span of the timeline: its process, thread, worker and extent (ns). */
interface Running {
  pid: number
  tid: number
  worker: number
  from: number
  to: number
}

/** Whether two spans share a moment. */
const overlap = (x: Running, y: Running) => x.from < y.to && y.from < x.to

/** Whether any span of `a` shares a moment with any of `b`. */
const anyOverlap = (a: Running[], b: Running[]) => a.some((x) => b.some((y) => overlap(x, y)))

/** Whether two threads' running spans ever share a moment (one GIL: never). */
const threadsOverlap = (spans: Running[]) => spans.some((x) => spans.some((y) => x.tid !== y.tid && overlap(x, y)))

/** Every running span the timeline drew that says which worker ran it. */
async function runningSpans(page: Page): Promise<Running[]> {
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-drawing', 'false')
  return page.locator('[data-testid=timeline-span][data-state=running][data-worker]').evaluateAll((rects) =>
    rects.map((r) => {
      const lane = r.closest('[data-testid=timeline-lane]')!
      const n = (e: Element, a: string) => Number(e.getAttribute(a))
      return { pid: n(lane, 'data-pid'), tid: n(lane, 'data-tid'), worker: n(r, 'data-worker'), from: n(r, 'data-from'), to: n(r, 'data-to') }
    }),
  )
}

test('the GIL lesson on the parallel machine: two processes run at once on different workers, and the page answers', async ({ page }) => {
  await openLesson(page, 'gil')
  const machine = page.getByTestId('run-machine')
  // A lesson made for the parallel machine opens on it.
  await expect(machine).toHaveValue('parallel')
  await expect(page.getByTestId('machine-reason')).toBeHidden()
  await page.getByTestId('param-KIND').selectOption('process')
  await page.getByTestId('param-WORKERS').fill('2')
  // Long enough to be still running while the learner works in the page.
  await page.getByTestId('param-N').fill('30000000')
  await page.getByTestId('run-button').click()
  const status = page.getByTestId('run-status')
  await expect(status).toHaveAttribute('data-outcome', 'running')
  // The page answers while the workers compute: the settings and the editor take input.
  await page.locator('details.settings summary').click()
  await page.getByTestId('run-time-scale').selectOption('0.5')
  await expect(page.getByTestId('run-time-scale')).toHaveValue('0.5')
  await page.getByTestId('editor-content').click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.insertText('\n# edited while it ran')
  await expect(page.getByTestId('edited-badge')).toBeVisible()
  await expect(status).toHaveAttribute('data-outcome', 'running')
  expect(await runOutcome(page, 60_000)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText(/process x2: \d+\.\d\d s/)
  await expect(page.getByTestId('run-status')).toContainText('并行机器 parallel')
  await expect(page.getByTestId('timeline-clock')).toContainText('wall-clock')

  // The trace, as the timeline drew it: the two children's running spans overlap in time, on two workers.
  const spans = await runningSpans(page)
  const pids = await page.getByTestId('timeline-lane').evaluateAll((lanes) => lanes.map((l) => Number(l.getAttribute('data-pid'))))
  const children = [...new Set(pids)].filter((pid) => pid !== Math.min(...pids))
  expect(children).toHaveLength(2)
  const [a, b] = children.map((pid) => spans.filter((s) => s.pid === pid))
  const workersOf = (ss: Running[]) => new Set(ss.map((s) => s.worker))
  expect(workersOf(a).size).toBe(1)
  expect(workersOf(b).size).toBe(1)
  expect([...workersOf(a)][0]).not.toBe([...workersOf(b)][0])
  expect(anyOverlap(a, b), 'the two processes were running at the same moment').toBe(true)
  await expect(page.locator('[data-role=worker-legend]')).toBeVisible()
})

test('threads vs processes: both timed in one run, the processes side by side, the threads in turn', async ({ page }) => {
  await openLesson(page, 'gil-speedup')
  await expect(page.getByTestId('run-machine')).toHaveValue('parallel')
  await page.getByTestId('param-WORKERS').fill('2')
  await page.getByTestId('param-N').fill('2000000')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page, 60_000)).toBe('exited')
  const out = page.getByTestId('output')
  await expect(out).toContainText(/serial +x2: \d+\.\d\d s/)
  await expect(out).toContainText(/threads +x2: \d+\.\d\d s  speedup \d+\.\d\d/)
  await expect(out).toContainText(/processes x2: \d+\.\d\d s  speedup \d+\.\d\d/)
  const spans = await runningSpans(page)
  const main = Math.min(...spans.map((s) => s.pid))
  // The main process's threads (its main thread and the two workers) never ran at once.
  const threads = spans.filter((s) => s.pid === main)
  expect(threadsOverlap(threads)).toBe(false)
  // Its two child processes did, on two workers.
  const children = [...new Set(spans.map((s) => s.pid))].filter((pid) => pid !== main)
  expect(children).toHaveLength(2)
  const [a, b] = children.map((pid) => spans.filter((s) => s.pid === pid))
  expect(new Set([...a, ...b].map((s) => s.worker)).size).toBe(2)
  expect(anyOverlap(a, b), 'the two processes overlapped').toBe(true)
})

test('threads of one process take turns under its GIL on the parallel machine', async ({ page }) => {
  await openLesson(page, 'gil')
  await page.getByTestId('param-KIND').selectOption('thread')
  await page.getByTestId('param-WORKERS').fill('2')
  await page.getByTestId('param-N').fill('1000000')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page, 60_000)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText(/thread x2: \d+\.\d\d s/)
  const spans = await runningSpans(page)
  expect(new Set(spans.map((s) => s.pid)).size).toBe(1)
  // One GIL: no two threads' running spans overlap.
  expect(threadsOverlap(spans)).toBe(false)
})

test('Stop ends a parallel run at once and the next run starts clean', async ({ page }) => {
  await openLesson(page, 'gil')
  await page.getByTestId('param-KIND').selectOption('process')
  await page.getByTestId('param-N').fill('100000000')
  await page.getByTestId('run-button').click()
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-outcome', 'running')
  await expect(page.locator('[data-testid=timeline-span][data-worker]').first()).toBeAttached({ timeout: 20_000 })
  await page.getByTestId('stop-button').click()
  expect(await runOutcome(page, 10_000)).toBe('stopped')

  await page.getByTestId('param-N').fill('200000')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page, 60_000)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText(/process x2: \d+\.\d\d s/)
})

test('the chosen machine is kept per lesson, and a bad worker count is named', async ({ page }) => {
  await openLesson(page, 'process-join')
  const machine = page.getByTestId('run-machine')
  // A lesson for both machines opens on the deterministic one.
  await expect(machine).toHaveValue('deterministic')
  await machine.selectOption('parallel')
  await page.reload()
  await expect(page.getByTestId('run-button')).toBeEnabled()
  await expect(machine).toHaveValue('parallel')

  await page.locator('details.settings summary').click()
  await page.getByTestId('run-workers').fill('99')
  await page.getByTestId('run-button').click()
  await expect(page.getByTestId('param-error-workers')).toBeVisible()
  await expect(page.getByTestId('param-error-workers')).toContainText('must be a whole number from 1 to')
  await expect(page.getByTestId('form-error')).toBeVisible()

  await page.getByTestId('run-workers').fill('1')
  await page.getByTestId('run-button').click()
  expect(await runOutcome(page, 60_000)).toBe('exited')
})

test('a lesson of several programs keeps the parallel machine off and says why', async ({ page }) => {
  await openLesson(page, 'distributed-two-hosts')
  await expect(page.getByTestId('run-machine')).toHaveValue('deterministic')
  await expect(page.locator('[data-testid=run-machine] option[value=parallel]')).toBeDisabled()
  await expect(page.getByTestId('machine-reason')).toContainText('lessons of several programs run on the deterministic machine only')
})

test('every lesson for both machines ends on the parallel machine in the page as on the deterministic one', async ({ page }) => {
  await openLesson(page, 'process-start')
  const ids = await page
    .locator('[data-testid=lesson-link][data-machine=both], [data-testid=lesson-link][data-machine=parallel]')
    .evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.lessonId!))
  expect(ids.length).toBeGreaterThan(10)
  test.setTimeout(30_000 + ids.length * 30_000)
  await page.locator('details.settings summary').click()
  const differ: string[] = []
  for (const id of ids) {
    await page.locator(`[data-testid=lesson-link][data-lesson-id="${id}"]`).click()
    await expect(page.locator(`[data-testid=lesson-link][data-lesson-id="${id}"]`)).toHaveAttribute('aria-current', 'page')
    const ends: string[] = []
    for (const machine of ['deterministic', 'parallel']) {
      await page.getByTestId('run-machine').selectOption(machine)
      // The course's long sleeps, ten times as fast.
      if (machine === 'parallel') await page.getByTestId('run-time-scale').selectOption('0.1')
      await page.getByTestId('run-button').click()
      const outcome = await runOutcome(page, 60_000)
      ends.push(`${outcome} ${(await page.getByTestId('run-status').textContent())?.match(/exit (\d+)/)?.[1]}`)
    }
    if (ends[0] !== ends[1]) differ.push(`${id}: deterministic ${ends[0]}, parallel ${ends[1]}`)
    await expect(page.locator('[data-testid=timeline-span][data-worker]').first()).toBeAttached()
  }
  expect(differ).toEqual([])
})
