// The process tree: drawn from the trace when a run has more than one
// process, on the timeline's virtual-time axis, with zombies, orphans
// (adopted by init at the reparent time) and killed processes marked; the
// thread lanes grouped by process below it.
import type { Locator, Page } from '@playwright/test'
import { expect, openLesson, replaceCode, runOutcome, test } from './fixtures'

/** The process rows, init (pid 1) left out. */
const processes = (page: Page) => page.locator('[data-testid=process-node]:not([data-pid="1"])')
const node = (page: Page, pid: number) => page.locator(`[data-testid=process-node][data-pid="${pid}"]`)
const edges = (page: Page, kind: string) => page.locator(`[data-testid=process-edge][data-kind=${kind}]`)

/** [child, parent] of every edge of this kind, sorted. */
async function pairs(edgesOf: Locator): Promise<number[][]> {
  const out = await edgesOf.evaluateAll((els) =>
    els.map((e) => [Number(e.getAttribute('data-child')), Number(e.getAttribute('data-parent'))]),
  )
  return out.sort((a, b) => a[0] - b[0])
}

/** Runs the program in the editor and waits for its outcome and the finished picture. */
async function run(page: Page): Promise<string> {
  await page.getByTestId('run-button').click()
  const outcome = await runOutcome(page)
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-drawing', 'false')
  return outcome
}

/** The zombie-orphan lesson in one of its two cases, with LIFE = 2 s. */
async function zombieOrphan(page: Page, mode: 'zombie' | 'orphan') {
  await openLesson(page, 'zombie-orphan')
  await page.getByTestId('param-MODE').selectOption(mode)
  await page.getByTestId('param-LIFE').fill('2')
  expect(await run(page)).toBe('exited')
}

/** The x of the axis tick labelled `text` (its grid line, drawn just before the label). */
async function tickX(page: Page, text: string): Promise<number> {
  const label = page.getByTestId('timeline-axis').locator('text', { hasText: new RegExp(`^${text}$`) })
  const grid = label.locator('xpath=preceding-sibling::*[1]')
  return (await grid.boundingBox())!.x
}

test('fork-twice: four processes, each under the one that forked it, and the orphans adopted by init', async ({ page }) => {
  await openLesson(page, 'fork-twice')
  expect(await run(page)).toBe('exited')

  await expect(page.getByTestId('process-tree')).toBeVisible()
  await expect(processes(page)).toHaveCount(4)
  // The main program under init; 101 and 102 forked by it; 103 forked by 101 (the second fork ran in both).
  expect(await pairs(edges(page, 'start'))).toEqual([[100, 1]])
  expect(await pairs(edges(page, 'fork'))).toEqual([
    [101, 100],
    [102, 100],
    [103, 101],
  ])
  // Depth first: 103 sits under 101, before 101's younger sibling 102.
  const rows = await processes(page).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-pid')}@${e.getAttribute('data-depth')}`))
  expect(rows).toEqual(['100@0', '101@1', '103@2', '102@1'])
  for (const pid of [100, 101, 102, 103]) await expect(node(page, pid)).toHaveAttribute('data-exit-code', '0')

  // Nobody waits: each child outlives its parent's exit (alive, or as a
  // zombie) and is adopted by init, whatever the order the four exit in.
  expect(await pairs(edges(page, 'reparent'))).toEqual([
    [101, 1],
    [102, 1],
    [103, 1],
  ])
  for (const pid of [101, 102, 103]) {
    await expect(node(page, pid)).toHaveAttribute('data-ppid', '1')
    await expect(node(page, pid).getByTestId('process-orphan')).toHaveCount(1)
  }
  await expect(node(page, 100)).not.toHaveAttribute('data-orphan', 'true')
  // A child that exits before its parent is a zombie until init reaps it.
  const reapers = await edges(page, 'reap').evaluateAll((els) => els.map((e) => e.getAttribute('data-parent')))
  expect(reapers.every((by) => by === '1')).toBe(true)
  await expect(page.getByTestId('process-zombie')).toHaveCount(reapers.length)

  // The thread lanes, grouped by process in the tree's order, say the pid.
  const groups = page.getByTestId('timeline-process')
  expect(await groups.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-pid'))))).toEqual([100, 101, 103, 102])
  await expect(page.locator('[data-testid=timeline-lane][data-pid="103"] .lane-label')).toHaveText(/^103·MainThread/)
})

test('zombie-orphan, zombie: the child is a zombie from its exit until its parent reaps it', async ({ page }) => {
  await zombieOrphan(page, 'zombie')
  await expect(page.getByTestId('output')).toContainText(/parent: reaped 101, exit code 0/)

  await expect(processes(page)).toHaveCount(2)
  const child = node(page, 101)
  await expect(child).toHaveAttribute('data-parent', '100')
  await expect(child).toHaveAttribute('data-zombie', 'true')
  await expect(child).not.toHaveAttribute('data-orphan', 'true')
  // The zombie lasts from the exit at once to the parent's waitpid at LIFE = 2 s: most of the run.
  const zombie = child.getByTestId('process-zombie')
  await expect(zombie).toHaveCount(1)
  expect(Number(await zombie.getAttribute('data-to'))).toBeGreaterThanOrEqual(2e9)
  const box = (await zombie.boundingBox())!
  expect(Math.abs(box.x + box.width - (await tickX(page, '2 s')))).toBeLessThan(4)
  expect(await pairs(edges(page, 'reap'))).toEqual([[101, 100]])

  await child.locator('.proc-label').hover()
  const tooltip = page.getByTestId('timeline-tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText('pid 101')
  await expect(tooltip).toContainText('zombie until 2 s, reaped by 100')
})

test('zombie-orphan, orphan: init adopts the child when its parent exits, and the edge appears then', async ({ page }) => {
  await zombieOrphan(page, 'orphan')
  await expect(page.getByTestId('output')).toContainText('parent was 100, now 1')

  const child = node(page, 101)
  await expect(child).toHaveAttribute('data-parent', '100')
  await expect(child).toHaveAttribute('data-ppid', '1')
  await expect(child).toHaveAttribute('data-orphan', 'true')
  await expect(child).not.toHaveAttribute('data-zombie', 'true')
  // The parent exits at LIFE / 2 = 1 s: the dashed edge from init is drawn there, not before.
  const adoption = edges(page, 'reparent')
  await expect(adoption).toHaveCount(1)
  await expect(adoption).toHaveAttribute('data-parent', '1')
  const t = Number(await adoption.getAttribute('data-t'))
  expect(t).toBeGreaterThanOrEqual(1e9)
  expect(t).toBeLessThan(1.001e9)
  const x = (await adoption.boundingBox())!.x
  expect(Math.abs(x - (await tickX(page, '1 s')))).toBeLessThan(4)
  // The edge runs from init's row to the child's.
  const initY = (await node(page, 1).boundingBox())!.y
  const childBox = (await child.boundingBox())!
  const edgeBox = (await adoption.boundingBox())!
  expect(edgeBox.y).toBeLessThan(initY + 22)
  expect(edgeBox.y + edgeBox.height).toBeGreaterThan(childBox.y)
  await expect(child.getByTestId('process-orphan')).toHaveAttribute('data-to', '1')
  await expect(child.locator('[data-phase=orphan]')).toHaveCount(1)
})

// Typed in the editor: a zombie (exit 3, reaped late), an orphan grandchild,
// and a child killed with SIGKILL, all in one run.
const ZOMBIE_ORPHAN_KILLED = `import os, signal, time

z = os.fork()
if z == 0:
    os._exit(3)

o = os.fork()
if o == 0:
    g = os.fork()
    if g == 0:
        time.sleep(2)
        print("grandchild", os.getpid(), "now under", os.getppid())
        os._exit(0)
    time.sleep(0.5)
    os._exit(0)

k = os.fork()
if k == 0:
    while True:
        time.sleep(0.1)

time.sleep(1)
os.kill(k, signal.SIGKILL)
os.waitpid(k, 0)
os.waitpid(o, 0)
time.sleep(2)
os.waitpid(z, 0)
print("done")
`

test('a typed program: a zombie, an orphaned grandchild and a killed child, each marked', async ({ page }) => {
  await openLesson(page, 'fork-basics')
  await replaceCode(page, ZOMBIE_ORPHAN_KILLED)
  expect(await run(page)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText('grandchild 104 now under 1')

  await expect(processes(page)).toHaveCount(5)
  expect(await pairs(edges(page, 'fork'))).toEqual([
    [101, 100],
    [102, 100],
    [103, 100],
    [104, 102],
  ])
  // 101: exit 3 at once, a zombie until the parent's last waitpid.
  await expect(node(page, 101)).toHaveAttribute('data-exit-code', '3')
  await expect(node(page, 101)).toHaveAttribute('data-zombie', 'true')
  await expect(node(page, 101).getByTestId('process-exit')).toHaveText('exit 3')
  // 104: orphaned when 102 exits, adopted by init, which reaps it.
  await expect(node(page, 104)).toHaveAttribute('data-orphan', 'true')
  await expect(node(page, 104)).toHaveAttribute('data-ppid', '1')
  expect(await pairs(edges(page, 'reparent'))).toEqual([[104, 1]])
  // 103: killed by SIGKILL, sent by 100; exit status -9.
  const killed = node(page, 103)
  await expect(killed).toHaveAttribute('data-killed', 'SIGKILL')
  await expect(killed).toHaveAttribute('data-exit-code', '-9')
  await expect(killed.getByTestId('process-killed')).toHaveAttribute('data-signal', 'SIGKILL')
  await expect(killed.getByTestId('process-exit')).toHaveText('SIGKILL')
  const signal = killed.page().locator('[data-testid=process-signal]')
  await expect(signal).toHaveCount(1)
  await expect(signal).toHaveAttribute('data-from', '100')
  // Only the killed one is marked so.
  await expect(page.getByTestId('process-killed')).toHaveCount(1)
})

test('multiprocessing children are named as the run names them', async ({ page }) => {
  await openLesson(page, 'daemon-process')
  expect(await run(page)).toBe('exited')
  await expect(node(page, 100)).toHaveAttribute('data-name', 'MainProcess')
  await expect(node(page, 101)).toHaveAttribute('data-name', 'Process-1')
  // The daemon child is terminated when the main program ends.
  await expect(node(page, 101)).toHaveAttribute('data-killed', 'SIGTERM')
})

test('a run of one process has no tree, and its lanes do not say the pid', async ({ page }) => {
  await openLesson(page, 'multitask-sing-dance')
  expect(await run(page)).toBe('exited')
  await expect(page.getByTestId('timeline-lane')).toHaveCount(3)
  await expect(page.getByTestId('process-tree')).toHaveCount(0)
  await expect(page.locator('[data-testid=timeline-lane] .lane-label').first()).toHaveText(/^MainThread/)
  await expect(page.locator('[data-role=tree-legend]').first()).toBeHidden()
})

// 40 children that print and sleep 50 times each: 41 processes, about 8,300 events.
const MANY = `import os, time

N = 40
kids = []
for i in range(N):
    pid = os.fork()
    if pid == 0:
        for j in range(50):
            print("child", i, "step", j)
            time.sleep(0.01 * (1 + i % 3))
        os._exit(i % 4)
    kids.append(pid)
for pid in kids:
    os.waitpid(pid, 0)
print("all", len(kids), "reaped")
`

test('a run of 41 processes and thousands of events keeps the page answering', async ({ page }) => {
  await openLesson(page, 'fork-basics')
  await replaceCode(page, MANY)
  // Measured in the page from the click until the picture is complete: the
  // longest task of the main thread (what a click would wait for at worst),
  // and the longest a zero-delay timer waited (behind every queued task).
  const { longestTask, longestTimer } = await page.evaluate(
    () =>
      new Promise<{ longestTask: number; longestTimer: number }>((resolve) => {
        let longestTask = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration)
        }).observe({ type: 'longtask' })
        const status = document.querySelector<HTMLElement>('[data-testid=run-status]')!
        const timeline = document.querySelector<HTMLElement>('[data-testid=timeline]')!
        let longestTimer = 0
        let last = performance.now()
        const beat = () => {
          const now = performance.now()
          longestTimer = Math.max(longestTimer, now - last)
          last = now
          const over = !/^(running|idle)$/.test(status.dataset.outcome ?? '') && timeline.dataset.drawing === 'false'
          if (over) setTimeout(() => resolve({ longestTask, longestTimer }), 100)
          else setTimeout(beat, 0)
        }
        document.querySelector<HTMLButtonElement>('[data-testid=run-button]')!.click()
        setTimeout(beat, 0)
      }),
  )
  expect(await runOutcome(page)).toBe('exited')
  await expect(page.getByTestId('output')).toContainText('all 40 reaped')
  await expect(processes(page)).toHaveCount(41)
  await expect(edges(page, 'fork')).toHaveCount(40)
  await expect(page.getByTestId('timeline-process')).toHaveCount(41)
  await expect(page.getByTestId('timeline-lane')).toHaveCount(41)
  await expect(node(page, 140)).toHaveAttribute('data-exit-code', '3')
  console.log(`41 processes: longest main-thread task ${Math.round(longestTask)} ms, longest timer wait ${Math.round(longestTimer)} ms`)
  expect(longestTask).toBeLessThan(200)
  expect(longestTimer).toBeLessThan(1_000)
})
