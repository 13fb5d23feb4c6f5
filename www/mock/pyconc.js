// A stand-in for the wasm engine with the same interface as wasm-pack's
// output (www/pkg/pyconc.js), for working on the page before the engine is
// built: PYCONC_ENGINE=mock npm run dev. It does not interpret Python: it
// plays back what the one lesson it knows would do, and treats any program
// containing `while True` as a loop that never ends.
import program from '../../scenarios/01-multitasking/multitask-sing-dance.py?raw'

const lesson = {
  id: 'multitask-sing-dance',
  chapter: '01-multitasking',
  title: { zh: '唱歌跳舞：多任务的引入', en: 'Singing and dancing: why multitasking' },
  source: 'mock',
  machine: 'deterministic',
  observe: { zh: '（模拟引擎）', en: '(mock engine)' },
  check: '',
  params: [
    { name: 'REPEAT', type: 'int', default: 3, min: 1, max: 20, label: { zh: '重复次数', en: 'Repetitions' } },
    { name: 'THREADED', type: 'bool', default: true, label: { zh: '用两个线程', en: 'Use two threads' } },
  ],
  programs: [{ file: 'multitask-sing-dance.py', source: program }],
  fixtures: {},
}

export default async function init() {}
export async function initThreadPool() {}
export function lessons() {
  return [{ folder: '01-multitasking', title: { zh: '多任务（模拟）', en: 'Multitasking (mock)' }, lessons: [lesson] }]
}

const S = 1_000_000_000

export class Run {
  /** The one program the mock knows: the first of `programs` plays it back. */
  static withPrograms(programs, options = {}) {
    return new Run(programs[0].source, options)
  }

  constructor(source, options = {}) {
    const params = options.params ?? {}
    const repeat = params.REPEAT ?? 3
    if (!Number.isInteger(repeat) || repeat < 1 || repeat > 20) {
      throw new Error(`parameter REPEAT: ${repeat} is out of range 1..20`)
    }
    this.options = options
    this.endless = /while\s+True/.test(source)
    this.pending = []
    this.all = []
    this.t = 0
    this.steps = 0
    this.outcome = null
    this.script = this.endless ? [] : this.#play(repeat, params.THREADED ?? true)
    this.#emit({ t: 0, pid: 1, tid: 1, kind: 'spawn', name: 'MainThread', parent_tid: null })
    this.#emit({ t: 0, pid: 1, tid: 1, kind: 'state', state: 'running' })
  }

  #emit(e) {
    this.pending.push(e)
    this.all.push(e)
  }

  #play(n, threaded) {
    const out = []
    const st = (t, tid, state, on) => out.push({ t, pid: 1, tid, kind: 'state', state, ...(on ? { on } : {}) })
    const pr = (t, tid, text) => out.push({ t, pid: 1, tid, kind: 'print', stream: 'stdout', text })
    if (threaded) {
      out.push({ t: 1000, pid: 1, tid: 2, kind: 'spawn', name: 'Thread-1 (sing)', parent_tid: 1 })
      st(1000, 2, 'ready')
      out.push({ t: 2000, pid: 1, tid: 3, kind: 'spawn', name: 'Thread-2 (dance)', parent_tid: 1 })
      st(2000, 3, 'ready')
      st(3000, 1, 'blocked', 'join Thread-1 (sing)')
      for (let i = 0; i < n; i++) {
        const t = i * S + 3000
        st(t, 2, 'running'); pr(t + 100, 2, `正在唱歌...${i}\n`); st(t + 200, 2, 'sleeping', `sleep until ${(i + 1)}.000 s`)
        st(t + 200, 3, 'running'); pr(t + 300, 3, `正在跳舞...${i}\n`); st(t + 400, 3, 'sleeping', `sleep until ${(i + 1)}.000 s`)
        st(t + S, 2, 'ready'); st(t + S, 3, 'ready')
      }
      const end = n * S + 3000
      st(end, 2, 'running'); st(end + 100, 2, 'exited')
      st(end + 100, 3, 'running'); st(end + 200, 3, 'exited')
      st(end + 200, 1, 'running')
      pr(end + 300, 1, `用时 ${n} 秒\n`)
      st(end + 400, 1, 'exited')
      out.push({ t: end + 400, pid: 1, tid: 1, kind: 'exit', code: 0 })
    } else {
      let t = 0
      for (const what of ['唱歌', '跳舞']) {
        for (let i = 0; i < n; i++) {
          pr(t + 100, 1, `正在${what}...${i}\n`); st(t + 200, 1, 'sleeping', 'sleep'); t += S; st(t, 1, 'running')
        }
      }
      pr(t + 100, 1, `用时 ${2 * n} 秒\n`)
      st(t + 200, 1, 'exited')
      out.push({ t: t + 200, pid: 1, tid: 1, kind: 'exit', code: 0 })
    }
    return out
  }

  step(budget) {
    if (this.outcome) return true
    this.steps += budget
    if (this.endless) {
      this.t += budget * 10
      return false
    }
    const e = this.script.shift()
    if (e) {
      this.t = e.t
      this.#emit(e)
    }
    if (this.script.length === 0) this.outcome = { kind: 'exited' }
    return !!this.outcome
  }

  stop() {
    if (!this.outcome) {
      this.outcome = { kind: 'stopped' }
      this.#emit({ t: this.t, pid: 1, tid: 1, kind: 'state', state: 'exited' })
    }
  }

  take_events() {
    const e = this.pending
    this.pending = []
    return e
  }

  report() {
    const text = (s) => this.all.filter((e) => e.kind === 'print' && e.stream === s).map((e) => e.text).join('')
    const o = this.outcome ?? { kind: 'running' }
    return {
      stdout: text('stdout'), stderr: text('stderr'),
      exit_code: o.kind === 'stopped' ? 130 : 0, outcome: o,
      seed: this.options.seed ?? 0, machine: 'deterministic', steps: this.steps,
      virtual_time_ns: this.t, deadlock: null, processes: [], trace_digest: 'mock', events: this.all,
      programs: [{ file: 'multitask-sing-dance.py', host: 'localhost', pid: 1, stdout: text('stdout'), stderr: text('stderr'), exit_code: 0 }],
    }
  }

  free() {}
}
