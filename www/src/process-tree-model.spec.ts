import { expect, test } from '@playwright/test'
import { INIT, ProcessTreeModel, signalName } from './process-tree-model'
import type { TraceEvent } from './protocol'

const S = 1_000_000_000
// The events of the kernel's process life, as `pyconc ... --json` prints them.
const ev = (t: number, pid: number, kind: string, rest: Record<string, unknown> = {}) =>
  ({ t, pid, tid: pid - 99, kind, ...rest }) as TraceEvent
const spawn = (t: number, pid: number) => ev(t, pid, 'spawn', { name: 'MainThread', parent_tid: null })
const fork = (t: number, pid: number, child: number) => ev(t, pid, 'fork', { child })
const exit = (t: number, pid: number, code = 0) => ev(t, pid, 'exit', { code })
const reap = (t: number, pid: number, by: number) => ev(t, pid, 'reap', { by })
const reparent = (t: number, pid: number, to = INIT) => ev(t, pid, 'reparent', { to })

/** fork-twice (lesson 03-fork): the trace of one of its schedules (seed 0 on an earlier scheduler). */
const FORK_TWICE = [
  spawn(0, 100),
  fork(680, 100, 101),
  spawn(680, 101),
  fork(1000, 100, 102),
  spawn(1000, 102),
  fork(1820, 101, 103),
  spawn(1820, 103),
  exit(S + 1260, 100),
  reparent(S + 1260, 101),
  reparent(S + 1260, 102),
  reap(S + 1260, 100, INIT),
  exit(S + 1510, 102),
  reap(S + 1510, 102, INIT),
  exit(S + 2080, 101),
  reparent(S + 2080, 103),
  reap(S + 2080, 101, INIT),
  exit(S + 2330, 103),
  reap(S + 2330, 103, INIT),
]

test('fork-twice: four processes, each under the process that forked it, depth first', () => {
  const m = new ProcessTreeModel()
  m.add(FORK_TWICE)
  expect(m.size).toBe(4)
  const rows = m.rows().map((r) => [r.node.pid, r.node.parents[0].parent, r.depth])
  // 103 was forked by 101, so it sits under 101, before 101's younger sibling 102.
  expect(rows).toEqual([
    [100, INIT, 0],
    [101, 100, 1],
    [103, 101, 2],
    [102, 100, 1],
  ])
  // A fork starts with its parent's name; the main program is MainProcess.
  expect(m.processes.map((n) => n.name)).toEqual(['MainProcess', 'MainProcess', 'MainProcess', 'MainProcess'])
})

test('fork-twice: orphans are adopted by init at their parent\'s exit, and never were zombies', () => {
  const m = new ProcessTreeModel()
  m.add(FORK_TWICE)
  const p101 = m.get(101)!
  const p103 = m.get(103)!
  expect(m.orphanedAt(p101)).toEqual({ parent: INIT, from: S + 1260, kind: 'reparent' })
  expect(m.orphanedAt(p103)).toEqual({ parent: INIT, from: S + 2080, kind: 'reparent' })
  expect(m.orphanedAt(m.get(100)!)).toBeNull()
  // Its parent over time: 101 until it exited, init after.
  expect(m.parentOf(p103, S)).toBe(101)
  expect(m.parentOf(p103)).toBe(INIT)
  expect(m.life(p103)).toEqual([
    { phase: 'alive', from: 1820, to: S + 2080 },
    { phase: 'orphan', from: S + 2080, to: S + 2330 },
  ])
  // init reaped each at the moment it exited: no zombie time at all.
  for (const n of m.processes) expect(m.wasZombie(n)).toBe(false)
})

test('zombie: exited at once, a zombie until its parent\'s waitpid reaps it', () => {
  const m = new ProcessTreeModel()
  m.add([spawn(0, 100), fork(720, 100, 101), spawn(720, 101), exit(1370, 101)])
  const child = m.get(101)!
  // While the run goes on, the zombie's span stays open to the latest event.
  m.extendTo(S)
  expect(m.wasZombie(child)).toBe(true)
  expect(m.life(child)).toEqual([
    { phase: 'alive', from: 720, to: 1370 },
    { phase: 'zombie', from: 1370, to: S },
  ])
  m.add([reap(2 * S + 1110, 101, 100), exit(2 * S + 1280, 100), reap(2 * S + 1280, 100, INIT)])
  expect(child.reapedBy).toBe(100)
  expect(m.life(child).at(-1)).toEqual({ phase: 'zombie', from: 1370, to: 2 * S + 1110 })
  expect(m.gone(child)).toBe(2 * S + 1110)
  expect(child.exitCode).toBe(0)
})

test('a killed process carries the signal, and who sent it', () => {
  const m = new ProcessTreeModel()
  m.add([
    spawn(0, 100),
    fork(25_680, 100, 101),
    ev(28_290, 100, 'signal', { to: 101, signal: 15 }),
    exit(28_290, 101, -15),
    reap(28_670, 101, 100),
  ])
  const child = m.get(101)!
  expect(m.killedBy(child)).toBe(15)
  expect(signalName(15)).toBe('SIGTERM')
  expect(signalName(9)).toBe('SIGKILL')
  expect(signalName(64)).toBe('signal 64')
  expect(child.signals).toEqual([{ t: 28_290, signal: 15, from: 100 }])
  expect(m.killedBy(m.get(100)!)).toBeNull()
})

test('names come from the run\'s summary: a multiprocessing child is named once it runs', () => {
  const m = new ProcessTreeModel()
  m.add([spawn(0, 100), fork(25_510, 100, 101), spawn(25_510, 101)])
  expect(m.get(101)!.name).toBe('MainProcess')
  m.setNames([
    { pid: 100, name: 'MainProcess' },
    { pid: 101, name: 'Process-1' },
    { pid: 999, name: 'not in the trace' },
  ])
  expect(m.get(101)!.name).toBe('Process-1')
  expect(m.get(999)).toBeUndefined()
})

test('a zombie whose parent exits is adopted by init, which reaps it', () => {
  const m = new ProcessTreeModel()
  m.add([spawn(0, 100), fork(10, 100, 101), exit(20, 101, 3), exit(50, 100), reparent(50, 101), reap(50, 100, INIT), reap(50, 101, INIT)])
  const child = m.get(101)!
  // Adopted after it died: its life has no orphan stretch, only the zombie's.
  expect(m.life(child)).toEqual([
    { phase: 'alive', from: 10, to: 20 },
    { phase: 'zombie', from: 20, to: 50 },
  ])
  expect(m.orphanedAt(child)?.from).toBe(50)
  expect(m.parentOf(child)).toBe(INIT)
})

test('malformed and unknown events are skipped, not fatal', () => {
  const m = new ProcessTreeModel()
  m.add([spawn(0, 100), ev(5, 100, 'fork', {}), ev(6, 100, 'lock', { op: 'acquire' }), ev(7, 100, 'exit', { code: 'x' })])
  expect(m.size).toBe(1)
  expect(m.get(100)!.exitCode).toBeNull()
  expect(m.end).toBe(7)
})

test('a fork chain thousands deep is laid out without recursion', () => {
  const m = new ProcessTreeModel()
  const events: TraceEvent[] = [spawn(0, 100)]
  for (let i = 0; i < 5_000; i++) events.push(fork(i + 1, 100 + i, 101 + i))
  m.add(events)
  const rows = m.rows()
  expect(rows).toHaveLength(5_001)
  expect(rows.at(-1)).toMatchObject({ depth: 5_000, node: { pid: 5_100 } })
})

test('a multiprocessing child starts with its parent\'s name and takes its own when it says so', () => {
  const m = new ProcessTreeModel()
  m.add([spawn(0, 100), fork(500, 100, 101), spawn(500, 101)])
  expect(m.get(101)?.name).toBe('MainProcess')
  m.add([ev(700, 101, 'process_name', { name: 'Process-1' })])
  expect(m.get(101)?.name).toBe('Process-1')
  expect(m.get(100)?.name).toBe('MainProcess')
})
