import { expect, test } from '@playwright/test'
import { initialMachine, parallelUnavailable, type EngineSupport } from './machine-choice'

const threaded: EngineSupport = { build: 'threads', isolated: true, threads: 4, fallback: null }
const one = { programs: [{ file: 'a.py', source: '' }] }
const two = { programs: [{ file: 'server.py', source: '' }, { file: 'worker.py', source: '' }] }

test('the parallel machine runs one-program lessons in an isolated page with the threaded engine', () => {
  expect(parallelUnavailable(threaded, one)).toBeNull()
})

test('each reason the parallel machine cannot run is named', () => {
  expect(parallelUnavailable({ ...threaded, isolated: false, build: 'nothreads', threads: 0 }, one)?.en).toMatch(/not cross-origin isolated/)
  const failed = parallelUnavailable({ ...threaded, build: 'nothreads', threads: 0, fallback: 'out of memory' }, one)
  expect(failed?.en).toBe('the threaded engine failed to start (out of memory)')
  expect(failed?.zh).toContain('out of memory')
  expect(parallelUnavailable(threaded, two)?.en).toMatch(/several programs/)
})

test('a lesson opens on the saved machine if it can run, else on the one it is made for', () => {
  expect(initialMachine({ machine: 'parallel' }, null, true)).toBe('parallel')
  expect(initialMachine({ machine: 'parallel' }, null, false)).toBe('deterministic')
  expect(initialMachine({ machine: 'both' }, null, true)).toBe('deterministic')
  expect(initialMachine({ machine: 'both' }, 'parallel', true)).toBe('parallel')
  expect(initialMachine({ machine: 'both' }, 'parallel', false)).toBe('deterministic')
  expect(initialMachine({ machine: 'parallel' }, 'deterministic', true)).toBe('deterministic')
  expect(initialMachine({ machine: 'deterministic' }, 'nonsense', true)).toBe('deterministic')
})
