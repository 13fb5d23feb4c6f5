import { expect, test } from '@playwright/test'
import type { TraceEvent } from './protocol'
import { TimelineModel } from './timeline-model'
import { formatMoment, formatSeconds, tickStep } from './virtual-time'

const S = 1_000_000_000
const spawn = (t: number, tid: number, name: string): TraceEvent => ({ t, pid: 1, tid, kind: 'spawn', name, parent_tid: null })
const state = (t: number, tid: number, s: string, on?: string) =>
  ({ t, pid: 1, tid, kind: 'state', state: s, ...(on ? { on } : {}) }) as TraceEvent

test('a lane per thread, named by its spawn event, with a span per state', () => {
  const m = new TimelineModel()
  m.add([
    spawn(0, 1, 'MainThread'),
    state(0, 1, 'running'),
    spawn(10, 2, 'Thread-1 (sing)'),
    state(10, 2, 'ready'),
    state(20, 1, 'blocked', 'join Thread-1 (sing)'),
    state(20, 2, 'running'),
    state(30, 2, 'sleeping', 'sleep until 1.000 s'),
  ])
  m.add([state(S, 2, 'ready'), state(S, 2, 'running'), state(S + 10, 2, 'exited'), state(S + 10, 1, 'running')])
  m.extendOpen(S + 50)
  const [main, t1] = m.allLanes
  expect(main.name).toBe('MainThread')
  expect(t1.name).toBe('Thread-1 (sing)')
  expect(main.spans).toEqual([
    { state: 'running', from: 0, to: 20 },
    { state: 'blocked', from: 20, to: S + 10, on: 'join Thread-1 (sing)' },
    { state: 'running', from: S + 10, to: S + 50 },
  ])
  // The zero-length ready at 1 s is dropped; the exited thread's lane stops.
  expect(t1.spans).toEqual([
    { state: 'ready', from: 10, to: 20 },
    { state: 'running', from: 20, to: 30 },
    { state: 'sleeping', from: 30, to: S, on: 'sleep until 1.000 s' },
    { state: 'running', from: S, to: S + 10 },
  ])
  expect(t1.ended).toBe(true)
  expect(m.end).toBe(S + 50)
})

test('repeated states merge into one span', () => {
  const m = new TimelineModel()
  m.add([spawn(0, 1, 'MainThread'), state(0, 1, 'running'), state(5, 1, 'running'), state(9, 1, 'exited')])
  expect(m.allLanes[0].spans).toEqual([{ state: 'running', from: 0, to: 9 }])
})

test('events of unknown kinds are ignored, not fatal', () => {
  const m = new TimelineModel()
  m.add([spawn(0, 1, 'MainThread'), { t: 3, pid: 1, tid: 1, kind: 'lock', op: 'acquire' } as TraceEvent])
  expect(m.allLanes).toHaveLength(1)
  expect(m.end).toBe(3)
})

test('axis ticks are 1, 2 or 5 times a power of ten, shown in seconds', () => {
  expect(tickStep(5 * S, 8)).toBe(S)
  expect(tickStep(10 * S, 8)).toBe(2 * S)
  expect(tickStep(3e6, 6)).toBe(5e5)
  expect(formatSeconds(3 * S, S)).toBe('3 s')
  expect(formatSeconds(S / 2, S / 10)).toBe('0.5 s')
  expect(formatSeconds(1.5e6, 1e6)).toBe('0.002 s')
  // Under a millisecond a step, the unit follows the step.
  expect(formatSeconds(1.5e6, 5e5)).toBe('1.5 ms')
  expect(formatSeconds(300, 100)).toBe('0.3 µs')
  expect(formatSeconds(30, 5)).toBe('30 ns')
  expect(formatSeconds(2500, 500)).toBe('2.5 µs')
})

test('a moment on its own keeps three significant digits', () => {
  expect(formatMoment(3 * S)).toBe('3 s')
  expect(formatMoment(2_000_001_110)).toBe('2 s')
  expect(formatMoment(25_510)).toBe('25.5 µs')
  expect(formatMoment(680)).toBe('680 ns')
  expect(formatMoment(0)).toBe('0 s')
})

const greenlet = (t: number, tid: number, id: number, name: string, from: number, on?: string, from_dead = false) =>
  ({ t, pid: 1, tid, kind: 'greenlet', id, name, from, switches: 1, from_dead, ...(on ? { on } : {}) }) as TraceEvent

test('greenlets get lanes under their thread: who runs, who waits and on what', () => {
  const m = new TimelineModel()
  m.add([
    spawn(0, 1, 'MainThread'),
    state(0, 1, 'running'),
    greenlet(10, 1, 1, 'hub', 0, 'join eat'),
    greenlet(20, 1, 2, 'eat', 1),
    greenlet(30, 1, 1, 'hub', 2, 'sleep until 1.000 s'),
    state(40, 1, 'sleeping', 'sleep until 1.000 s'),
    state(S, 1, 'running'),
    greenlet(S, 1, 2, 'eat', 1),
    greenlet(S + 10, 1, 0, 'main', 2, undefined, true),
  ])
  m.extendOpen(S + 50)
  const lanes = m.allLanes
  expect(lanes.map((l) => [l.name, l.greenlet])).toEqual([
    ['MainThread', undefined],
    ['main', 0],
    ['hub', 1],
    ['eat', 2],
  ])
  const [, main, hub, eat] = lanes
  expect(main.spans).toEqual([
    { state: 'blocked', from: 10, to: S + 10, on: 'join eat' },
    { state: 'running', from: S + 10, to: S + 50 },
  ])
  // The hub sleeps with its thread: the thread's state is the running greenlet's.
  expect(hub.spans).toEqual([
    { state: 'running', from: 10, to: 20 },
    { state: 'ready', from: 20, to: 30 },
    { state: 'running', from: 30, to: 40 },
    { state: 'sleeping', from: 40, to: S, on: 'sleep until 1.000 s' },
    { state: 'ready', from: S, to: S + 50 },
  ])
  expect(eat.spans).toEqual([
    { state: 'running', from: 20, to: 30 },
    { state: 'blocked', from: 30, to: S, on: 'sleep until 1.000 s' },
    { state: 'running', from: S, to: S + 10 },
  ])
  expect(eat.ended).toBe(true)
})

test('on the parallel machine each running span names its worker, and the model lists the workers', () => {
  const m = new TimelineModel()
  const worker = (t: number, pid: number, w: number) => ({ t, pid, tid: 1, kind: 'worker', worker: w }) as TraceEvent
  const at = (t: number, pid: number, s: string) => ({ t, pid, tid: 1, kind: 'state', state: s }) as TraceEvent
  m.add([
    at(0, 1, 'running'),
    worker(0, 1, 0),
    at(5, 2, 'ready'),
    at(6, 2, 'running'),
    worker(6, 2, 1),
    at(10, 1, 'blocked'),
    at(20, 1, 'running'),
    worker(20, 1, 0),
    at(30, 2, 'exited'),
  ])
  m.extendOpen(40)
  const [p1, p2] = m.allLanes
  expect(p1.worker).toBe(0)
  expect(p2.worker).toBe(1)
  expect(p1.spans).toEqual([
    { state: 'running', from: 0, to: 10, worker: 0 },
    { state: 'blocked', from: 10, to: 20 },
    { state: 'running', from: 20, to: 40, worker: 0 },
  ])
  expect(p2.spans).toEqual([
    { state: 'ready', from: 5, to: 6 },
    { state: 'running', from: 6, to: 30, worker: 1 },
  ])
  expect(m.workers).toEqual([0, 1])
  expect(new TimelineModel().workers).toEqual([])
})
