import { expect, test } from '@playwright/test'
import { ProgramMap } from './programs'
import type { TraceEvent } from './protocol'

const at = (pid: number) => ({ t: 0, pid, tid: 0 })

test('a forked child belongs to its parent program, on its host', () => {
  const map = new ProgramMap()
  map.add([
    { ...at(100), kind: 'program', file: 'server.py', host: 'master' },
    { ...at(101), kind: 'program', file: 'worker.py', host: 'worker-1' },
  ] as TraceEvent[])
  map.add([{ ...at(100), kind: 'fork', child: 102 }, { ...at(102), kind: 'fork', child: 103 }] as TraceEvent[])
  expect(map.programs.map((p) => [p.file, p.host, p.pid])).toEqual([
    ['server.py', 'master', 100],
    ['worker.py', 'worker-1', 101],
  ])
  expect([100, 101, 102, 103].map((pid) => map.programOf(pid))).toEqual([0, 1, 0, 0])
  expect(map.hostOf(103)).toBe('master')
  expect(map.hostOf(101)).toBe('worker-1')
})

test('a pid no program names counts as the first program', () => {
  const map = new ProgramMap()
  expect(map.programOf(100)).toBe(0)
  expect(map.hostOf(100)).toBeUndefined()
})
