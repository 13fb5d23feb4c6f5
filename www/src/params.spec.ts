import { expect, test } from '@playwright/test'
import { assignedConstants, parseParam, rawDefault } from './params'
import type { ParamSpec } from './protocol'

const spec = (over: Partial<ParamSpec>): ParamSpec => ({
  name: 'N',
  type: 'int',
  default: 3,
  label: { zh: '次数', en: 'Count' },
  ...over,
})

test('ints are whole numbers inside their range', () => {
  const s = spec({ min: 1, max: 20 })
  expect(parseParam(s, '5')).toEqual({ ok: true, value: 5 })
  expect(parseParam(s, '1_0')).toEqual({ ok: true, value: 10 })
  expect(parseParam(s, '0')).toMatchObject({ ok: false, error: expect.stringContaining('1–20') })
  expect(parseParam(s, '21')).toMatchObject({ ok: false })
  expect(parseParam(s, '2.5')).toMatchObject({ ok: false, error: expect.stringContaining('integer') })
  expect(parseParam(s, '')).toMatchObject({ ok: false })
})

test('floats, booleans, choices and literals', () => {
  expect(parseParam(spec({ type: 'float', min: 0 }), '0.25')).toEqual({ ok: true, value: 0.25 })
  expect(parseParam(spec({ type: 'float', min: 0 }), '-1')).toMatchObject({ ok: false })
  expect(parseParam(spec({ type: 'bool' }), true)).toEqual({ ok: true, value: true })
  const lock = spec({ type: 'str', default: 'Lock', choices: ['none', 'Lock', 'RLock'] })
  expect(parseParam(lock, 'RLock')).toEqual({ ok: true, value: 'RLock' })
  expect(parseParam(lock, 'Mutex')).toMatchObject({ ok: false })
  expect(parseParam(spec({ type: 'literal' }), ' [1, 2] ')).toEqual({ ok: true, value: '[1, 2]' })
  expect(parseParam(spec({ type: 'literal' }), '  ')).toMatchObject({ ok: false })
})

test('defaults become form text', () => {
  expect(rawDefault(spec({}))).toBe('3')
  expect(rawDefault(spec({ type: 'bool', default: true }))).toBe(true)
  expect(rawDefault(spec({ type: 'float', default: 1 }))).toBe('1.0')
  expect(rawDefault(spec({ type: 'float', default: 0.25 }))).toBe('0.25')
  expect(rawDefault(spec({ type: 'literal', default: [1, 2] }))).toBe('[1,2]')
})

test('a parameter counts as present only while the program assigns it at module level', () => {
  const specs = [spec({ name: 'REPEAT' }), spec({ name: 'THREADED', type: 'bool' }), spec({ name: 'LOCK', type: 'str' })]
  const program = 'REPEAT = 3\nTHREADED: bool = True\ndef f():\n    LOCK = 1\nif REPEAT == 3: pass\n'
  expect([...assignedConstants(specs, program)]).toEqual(['REPEAT', 'THREADED'])
  expect([...assignedConstants(specs, 'while True: pass\n')]).toEqual([])
  expect([...assignedConstants(specs, 'REPEAT == 3\n')]).toEqual([])
})
