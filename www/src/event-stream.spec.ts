import { expect, test } from '@playwright/test'
import { EventStream } from './event-stream'
import type { TraceEvent } from './protocol'

const print = (t: number, tid: number, text: string, stream = 'stdout') =>
  ({ t, pid: 1, tid, kind: 'print', stream, text }) as TraceEvent
const state = (t: number, tid: number, s: string) => ({ t, pid: 1, tid, kind: 'state', state: s }) as TraceEvent

test('consecutive writes of one thread to one stream become one print', () => {
  const s = new EventStream()
  s.push([print(1, 1, 'a'), print(2, 1, 'b'), state(3, 2, 'running'), print(4, 1, 'c')])
  s.push([print(5, 1, 'd', 'stderr'), print(6, 2, 'e'), print(7, 1, 'f')])
  expect(s.take()).toEqual([
    print(1, 1, 'abc'),
    state(3, 2, 'running'),
    print(5, 1, 'd', 'stderr'),
    print(6, 2, 'e'),
    print(7, 1, 'f'),
  ])
  expect(s.size).toBe(0)
  // A new batch starts a new print.
  s.push([print(8, 1, 'g')])
  expect(s.take()).toEqual([print(8, 1, 'g')])
})

test('output past the cap is cut, and only output', () => {
  const s = new EventStream(5)
  s.push([print(1, 1, 'abc'), print(2, 2, 'defg'), state(3, 1, 'exited'), print(4, 2, 'h')])
  expect(s.take()).toEqual([print(1, 1, 'abc'), print(2, 2, 'de'), state(3, 1, 'exited')])
  expect(s.truncated).toBe(true)
})

test('a bounded batch leaves the rest for the next, and a print that stays may still grow', () => {
  const s = new EventStream()
  s.push([state(1, 1, 'running'), print(2, 1, 'a'), state(3, 2, 'ready'), print(4, 2, 'b')])
  expect(s.take(2)).toEqual([state(1, 1, 'running'), print(2, 1, 'a')])
  // 'a' is gone: a new write of thread 1 starts a new print; 'b' stays and grows.
  s.push([print(5, 2, 'c'), print(6, 1, 'd')])
  expect(s.take(2)).toEqual([state(3, 2, 'ready'), print(4, 2, 'bc')])
  expect(s.take(2)).toEqual([print(6, 1, 'd')])
  expect(s.size).toBe(0)
})
