// The parameter form, generated from a lesson's ParamSpecs: number inputs
// with their range, selects for choices, checkboxes for booleans, text for
// literals. Each value is checked as it is typed; a bad one is shown beside
// its input and keeps the Run button from sending it.
import type { ParamSpec, ParamValue } from './protocol'

export type Raw = string | boolean
export type Parsed = { ok: true; value: ParamValue } | { ok: false; error: string }

/** The form's text for a spec's default. */
export function rawDefault(spec: ParamSpec): Raw {
  if (spec.type === 'bool') return spec.default === true
  // 1.0 crosses as the number 1; a float parameter still reads as a float.
  if (spec.type === 'float' && Number.isInteger(spec.default)) return (spec.default as number).toFixed(1)
  if (spec.type === 'literal' && typeof spec.default !== 'string') return JSON.stringify(spec.default) ?? ''
  return String(spec.default ?? '')
}

function range(spec: ParamSpec): string {
  const lo = spec.min ?? null
  const hi = spec.max ?? null
  if (lo !== null && hi !== null) return `须在 ${lo}–${hi} 之间 · must be between ${lo} and ${hi}`
  if (lo !== null) return `须 ≥ ${lo} · must be at least ${lo}`
  return `须 ≤ ${hi} · must be at most ${hi}`
}

function inRange(spec: ParamSpec, v: number): boolean {
  return (spec.min == null || v >= spec.min) && (spec.max == null || v <= spec.max)
}

/** Checks one raw form value against its spec (the engine checks again). */
export function parseParam(spec: ParamSpec, raw: Raw): Parsed {
  switch (spec.type) {
    case 'bool':
      return { ok: true, value: raw === true || raw === 'true' }
    case 'int': {
      const s = String(raw).trim().replaceAll('_', '')
      if (!/^[+-]?\d+$/.test(s)) return { ok: false, error: '须为整数 · must be an integer' }
      const v = Number(s)
      if (!Number.isSafeInteger(v)) return { ok: false, error: '数值太大 · too large' }
      return inRange(spec, v) ? { ok: true, value: v } : { ok: false, error: range(spec) }
    }
    case 'float': {
      const s = String(raw).trim().replaceAll('_', '')
      const v = s === '' ? NaN : Number(s)
      if (!Number.isFinite(v)) return { ok: false, error: '须为数字 · must be a number' }
      return inRange(spec, v) ? { ok: true, value: v } : { ok: false, error: range(spec) }
    }
    case 'str': {
      const s = String(raw)
      if (spec.choices?.length && !spec.choices.includes(s)) {
        return { ok: false, error: `须为 ${spec.choices.join(' / ')} 之一 · must be one of them` }
      }
      return { ok: true, value: s }
    }
    case 'literal': {
      const s = String(raw).trim()
      return s ? { ok: true, value: s } : { ok: false, error: '不能为空 · must not be empty' }
    }
  }
}

/**
 * The parameters whose constant the program still assigns at module level
 * (`NAME = ...` at the start of a line): the runner can only replace a
 * constant that is there, so a learner who deleted one runs without it.
 */
export function assignedConstants(specs: readonly ParamSpec[], program: string): Set<string> {
  return new Set(specs.map((s) => s.name).filter((name) => new RegExp(`^${name}\\s*(:[^=\\n]*)?=(?!=)`, 'm').test(program)))
}

export interface FormState {
  /** Parsed values, or null while any value is invalid. */
  values: Record<string, ParamValue> | null
  raw: Record<string, Raw>
}

/** Renders the form for `specs` into `root`; calls `onChange` after every edit. */
export class ParamForm {
  private specs: ParamSpec[] = []
  private inputs = new Map<string, HTMLInputElement | HTMLSelectElement>()
  private errors = new Map<string, HTMLElement>()
  private absent = new Set<string>()

  constructor(
    private readonly root: HTMLElement,
    /** `byUser`: the learner changed a value (not the form being shown anew). */
    private readonly onChange: (state: FormState, byUser: boolean) => void,
  ) {}

  show(specs: ParamSpec[], saved: Record<string, Raw>) {
    this.specs = specs
    this.absent = new Set()
    this.inputs.clear()
    this.errors.clear()
    this.root.replaceChildren()
    if (!specs.length) {
      const p = document.createElement('p')
      p.className = 'muted'
      p.textContent = '这一课没有参数 · This lesson has no parameters'
      this.root.append(p)
    }
    for (const spec of specs) this.root.append(this.field(spec, saved[spec.name] ?? rawDefault(spec)))
    this.validate(false)
  }

  private field(spec: ParamSpec, raw: Raw): HTMLElement {
    const row = document.createElement('div')
    row.className = 'param'
    const id = `param-${spec.name}`
    const label = document.createElement('label')
    label.htmlFor = id
    label.innerHTML = ''
    const zh = document.createElement('span')
    zh.textContent = spec.label.zh
    const en = document.createElement('span')
    en.className = 'en'
    en.textContent = spec.label.en
    const name = document.createElement('code')
    name.textContent = spec.name
    label.append(zh, en, name)

    let input: HTMLInputElement | HTMLSelectElement
    if (spec.type === 'bool') {
      input = document.createElement('input')
      input.type = 'checkbox'
      input.checked = raw === true || raw === 'true'
    } else if (spec.choices?.length) {
      input = document.createElement('select')
      for (const c of spec.choices) input.add(new Option(c, c))
      input.value = String(raw)
    } else {
      input = document.createElement('input')
      if (spec.type === 'int' || spec.type === 'float') {
        input.type = 'number'
        input.step = spec.type === 'int' ? '1' : 'any'
        if (spec.min != null) input.min = String(spec.min)
        if (spec.max != null) input.max = String(spec.max)
        input.inputMode = spec.type === 'int' ? 'numeric' : 'decimal'
      } else {
        input.type = 'text'
        input.spellcheck = false
      }
      input.value = String(raw)
    }
    input.id = id
    input.name = spec.name
    input.dataset.testid = `param-${spec.name}`
    input.addEventListener('input', () => this.validate(true))
    input.addEventListener('change', () => this.validate(true))

    const hint = document.createElement('span')
    hint.className = 'hint'
    if (spec.type === 'int' || spec.type === 'float') {
      if (spec.min != null || spec.max != null) hint.textContent = `${spec.min ?? ''}–${spec.max ?? ''}`
    } else if (spec.type === 'literal') {
      hint.textContent = 'Python'
    }
    const error = document.createElement('div')
    error.className = 'param-error'
    error.dataset.testid = `param-error-${spec.name}`
    error.hidden = true
    error.setAttribute('role', 'alert')

    const absentNote = document.createElement('div')
    absentNote.className = 'absent-note'
    absentNote.dataset.testid = `param-absent-${spec.name}`
    absentNote.textContent = `代码里已没有 ${spec.name} = …，此参数不起作用 · not in the code, so not applied`
    absentNote.hidden = true

    // Free text (a Python literal, a string) gets the whole row.
    if (input instanceof HTMLInputElement && input.type === 'text') row.classList.add('wide')
    row.append(label, input, hint, error, absentNote)
    this.inputs.set(spec.name, input)
    this.errors.set(spec.name, error)
    return row
  }

  private rawOf(spec: ParamSpec): Raw {
    const input = this.inputs.get(spec.name)!
    return input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value
  }

  /** Checks every field, shows errors inline, and reports the state. */
  validate(byUser = false): FormState {
    const values: Record<string, ParamValue> = {}
    const raw: Record<string, Raw> = {}
    let ok = true
    for (const spec of this.specs) {
      const r = this.rawOf(spec)
      raw[spec.name] = r
      if (this.absent.has(spec.name)) {
        this.setError(spec.name, null)
        continue
      }
      const parsed = parseParam(spec, r)
      this.setError(spec.name, parsed.ok ? null : parsed.error)
      if (parsed.ok) values[spec.name] = parsed.value
      else ok = false
    }
    const state = { values: ok ? values : null, raw }
    this.onChange(state, byUser)
    return state
  }

  /**
   * Marks the parameters the program no longer assigns: their fields are
   * disabled and their values are not sent.
   */
  setPresent(present: Set<string>) {
    const absent = new Set(this.specs.map((s) => s.name).filter((n) => !present.has(n)))
    if ([...absent].join() === [...this.absent].join()) return
    this.absent = absent
    for (const spec of this.specs) {
      const input = this.inputs.get(spec.name)!
      const missing = absent.has(spec.name)
      input.disabled = missing
      input.closest('.param')!.classList.toggle('absent', missing)
      const note = input.closest('.param')!.querySelector<HTMLElement>('.absent-note')!
      note.hidden = !missing
    }
    this.validate(false)
  }

  /** Puts every field back to the lesson's default. */
  resetToDefaults() {
    this.show(this.specs, {})
  }

  /** Shows an error beside a parameter (null clears it). */
  setError(name: string, message: string | null) {
    const e = this.errors.get(name)
    const input = this.inputs.get(name)
    if (!e || !input) return
    e.textContent = message ?? ''
    e.hidden = message === null
    input.setAttribute('aria-invalid', String(message !== null))
  }

  /** The parameter a message from the engine is about, if it names one. */
  paramNamedIn(message: string): string | null {
    for (const spec of this.specs) if (new RegExp(`\\b${spec.name}\\b`).test(message)) return spec.name
    return null
  }
}
