import { expect, test } from '@playwright/test'
import { LessonCode, codeKey, type CodeStore } from './lesson-code'
import type { Lesson } from './protocol'

const text = { zh: '', en: '' }
/** A lesson of `programs` (file, source); only its id and programs matter here. */
const lesson = (id: string, programs: [string, string][]): Lesson => ({
  ...{ id, chapter: '16-distributed', title: text, observe: text, source: '', machine: 'deterministic', check: '' },
  ...{ params: [], fixtures: {} },
  programs: programs.map(([file, source]) => ({ file, source, host: null })),
})

function memory(): CodeStore & { keys: Map<string, string> } {
  const keys = new Map<string, string>()
  return {
    keys,
    load: (k) => keys.get(k) ?? null,
    save: (k, t) => (t === null ? keys.delete(k) : keys.set(k, t)),
  }
}

const two = lesson('two-hosts', [
  ['server.py', 'print("server")\n'],
  ['worker.py', 'print("worker")\n'],
])

test('each program keeps its own edits, under its own key', () => {
  const store = memory()
  const code = new LessonCode(two, store)
  code.select(1)
  code.edit('print("mine")\n')
  expect(code.edited()).toBe(true)
  expect(code.edited(0)).toBe(false)
  expect([...store.keys]).toEqual([['two-hosts/worker.py', 'print("mine")\n']])

  const reloaded = new LessonCode(two, store)
  expect(reloaded.text).toBe('print("server")\n')
  expect(reloaded.sources()).toEqual([
    { file: 'server.py', source: 'print("server")\n' },
    { file: 'worker.py', source: 'print("mine")\n' },
  ])
})

test('an edit back to the lesson code, or a reset, forgets the stored copy', () => {
  const store = memory()
  const code = new LessonCode(two, store)
  code.edit('x = 1\n')
  code.edit('print("server")\n')
  expect(store.keys.size).toBe(0)
  code.edit('x = 1\n')
  code.reset()
  expect(code.text).toBe('print("server")\n')
  expect(store.keys.size).toBe(0)
})

test('a lesson of one program keeps its edits under the lesson id', () => {
  const one = lesson('sing', [['sing.py', 'print(1)\n']])
  expect(codeKey(one, 'sing.py')).toBe('sing')
  expect(codeKey(two, 'worker.py')).toBe('two-hosts/worker.py')
  const code = new LessonCode(one, memory())
  code.select(3)
  expect(code.current).toBe(0)
})
