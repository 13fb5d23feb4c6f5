// The playground page: wires the lesson list, the editor (a tab per program
// when a lesson has several, one per host), the parameter form, the output
// (one console per program) and the timeline to the engine worker. Nothing here runs Python;
// the main thread only posts messages and draws what comes back. Loaded by
// main.ts once the engine worker has been started.
import { Editor } from './editor'
import type { EngineClient, EngineClientOptions, EngineInfo } from './engine-client'
import { LessonCode } from './lesson-code'
import { TIME_SCALES, initialMachine, parallelUnavailable, type MachineName } from './machine-choice'
import { OutputView } from './output'
import { ParamForm, assignedConstants, type FormState } from './params'
import { ProgramMap } from './programs'
import type { Chapter, Lesson, PrintEvent, RunOptions } from './protocol'
import { RunStatusView } from './run-status'
import * as store from './storage'
import { TimelineView } from './timeline'

const $ = <T extends HTMLElement = HTMLElement>(testid: string) =>
  document.querySelector<T>(`[data-testid="${testid}"]`)!

/** ?max-steps=N: a smaller step budget (tests of the budget outcome). */
const MAX_STEPS = Number(new URLSearchParams(location.search).get('max-steps')) || undefined

const ui = {
  engine: $('engine-status'),
  banner: $('isolation-banner'),
  lessons: $('lesson-list'),
  title: $('lesson-title'),
  observe: $('lesson-observe'),
  edited: $('edited-badge'),
  tabs: $('program-tabs'),
  firstOutput: $('output'),
  reset: $<HTMLButtonElement>('reset-code'),
  run: $<HTMLButtonElement>('run-button'),
  stop: $<HTMLButtonElement>('stop-button'),
  seed: $<HTMLInputElement>('run-seed'),
  seedError: $('param-error-seed'),
  switchRule: $<HTMLSelectElement>('run-switch'),
  machine: $<HTMLSelectElement>('run-machine'),
  machineReason: $('machine-reason'),
  workers: $<HTMLInputElement>('run-workers'),
  workersError: $('param-error-workers'),
  timeScale: $<HTMLSelectElement>('run-time-scale'),
  formError: $('form-error'),
}

let chapters: Chapter[] = []
let lesson: Lesson | null = null
/** The lesson's programs as the learner has them. */
let code: LessonCode | null = null
let running = false

/** One console per program of the lesson, the first the page's own. */
let outputs = [new OutputView(ui.firstOutput)]
const status = new RunStatusView($('run-status'))
const timeline = new TimelineView($('timeline'))
const params = new ParamForm($('param-form'), (state: FormState, byUser) => {
  if (lesson && byUser) store.params.save(lesson.id, state.raw)
  ui.formError.hidden = true
  refreshButtons()
})
const editor = new Editor(
  $('editor'),
  (text) => {
    if (!lesson || !code) return
    code.edit(text)
    refreshEdited()
    refreshPresent()
  },
  () => run(),
)

// Known before the worker says anything: the page's own isolation.
ui.banner.hidden = self.crossOriginIsolated

let engine: EngineClient | null = null
/** What the loaded engine can do; null until it is ready. */
let engineInfo: EngineInfo | null = null

/** What the engine client tells the page. */
export type EngineEvents = Pick<EngineClientOptions, 'onReady' | 'onLoadFailed' | 'onRestart'>

export const engineEvents: EngineEvents = {
  onReady: (info) => {
    engineInfo = info
    showEngine(info)
    showParallelSettings(info)
    if (!chapters.length) {
      chapters = info.chapters
      renderLessons()
      selectLesson(initialLesson())
    } else {
      chooseMachine()
    }
    refreshButtons()
  },
  onLoadFailed: (message) => {
    ui.engine.dataset.state = 'failed'
    ui.engine.textContent = '引擎无法加载 · the engine failed to load'
    ui.engine.title = message
    if (!chapters.length) {
      const p = document.createElement('p')
      p.className = 'form-error'
      p.textContent = `引擎无法加载，请刷新页面重试 · The engine failed to load (${message}); reload to try again.`
      ui.lessons.replaceChildren(p)
    }
    refreshButtons()
  },
  onRestart: () => {
    ui.engine.dataset.state = 'loading'
    ui.engine.textContent = '引擎重启中… · restarting the engine…'
    refreshButtons()
  },
}

/** Connects the page to the engine (started earlier, by main.ts). */
export function mount(client: EngineClient) {
  performance.mark('pyconc:page-mounted')
  engine = client
  refreshButtons()
}

function showEngine(info: EngineInfo) {
  ui.engine.dataset.state = 'ready'
  ui.engine.dataset.build = info.build
  ui.engine.replaceChildren()
  const what = document.createElement('span')
  what.textContent = info.build === 'threads' ? `多线程引擎 · threads ×${info.threads}` : '单线程引擎 · no-threads build'
  const when = document.createElement('span')
  when.className = 'en'
  when.textContent = ` ${Math.round(info.loadMs)} ms`
  ui.engine.append(what, when)
  ui.engine.title = info.isolated ? 'crossOriginIsolated = true' : 'crossOriginIsolated = false'
  if (info.fallback) {
    ui.banner.hidden = false
    ui.banner.replaceChildren()
    const strong = document.createElement('strong')
    strong.textContent = '多线程引擎无法启动，'
    const rest = document.createTextNode('现在运行的是单线程的确定性机器，每一课照样能运行。')
    const en = document.createElement('span')
    en.className = 'en'
    en.textContent = `The threaded engine failed to start (${info.fallback}): lessons run on the deterministic machine of the no-threads build.`
    ui.banner.append(strong, rest, en)
  }
}

// ---- Machines ---------------------------------------------------------------

/** The parallel machine's settings: as many workers as the pool has, the time scales. */
function showParallelSettings(info: EngineInfo) {
  const max = Math.max(1, info.threads)
  ui.workers.max = String(max)
  const saved = Number(store.settings.get('workers'))
  ui.workers.value = String(Number.isInteger(saved) && saved >= 1 && saved <= max ? saved : max)
  ui.timeScale.replaceChildren(
    ...TIME_SCALES.map((scale) => {
      const o = document.createElement('option')
      o.value = String(scale)
      o.textContent = scale === 1 ? '1 · 实时 real' : `${scale} · 快 ${Math.round(1 / scale)} 倍 ${Math.round(1 / scale)}× faster`
      return o
    }),
  )
  const scale = store.settings.get('time-scale')
  ui.timeScale.value = TIME_SCALES.some((s) => String(s) === scale) ? scale! : '1'
}

/**
 * Sets the selector for the current lesson: the parallel option enabled
 * only where it can run, with the reason shown beside it when it cannot.
 */
function chooseMachine() {
  if (!lesson || !engineInfo) return
  const why = parallelUnavailable(engineInfo, lesson)
  const parallel = ui.machine.querySelector<HTMLOptionElement>('option[value=parallel]')!
  parallel.disabled = why !== null
  ui.machine.value = initialMachine(lesson, store.settings.get(`machine:${lesson.id}`), why === null)
  ui.machineReason.hidden = why === null
  ui.machineReason.textContent = why ? `并行机器不可用：${why.zh} · The parallel machine is unavailable: ${why.en}.` : ''
  ui.machine.title = why ? why.en : ''
  refreshMachine()
}

function selectedMachine(): MachineName {
  return ui.machine.value === 'parallel' ? 'parallel' : 'deterministic'
}

/** Shows the settings of the selected machine and the timeline's clock. */
function refreshMachine() {
  const parallel = selectedMachine() === 'parallel'
  document.body.dataset.machine = selectedMachine()
  for (const e of document.querySelectorAll<HTMLElement>('[data-role=parallel-setting]')) e.hidden = !parallel
  ui.seed.disabled = parallel
  ui.switchRule.disabled = parallel
  timeline.setClock(parallel ? 'parallel' : 'deterministic')
}

ui.machine.addEventListener('change', () => {
  if (lesson) store.settings.set(`machine:${lesson.id}`, selectedMachine())
  refreshMachine()
})

// ---- Lessons ----------------------------------------------------------------

function allLessons(): Lesson[] {
  return chapters.flatMap((c) => c.lessons)
}

function initialLesson(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('lesson')
  const ids = allLessons().map((l) => l.id)
  for (const id of [fromHash, store.settings.get('lesson')]) if (id && ids.includes(id)) return id
  return ids[0] ?? ''
}

function renderLessons() {
  ui.lessons.replaceChildren()
  chapters.forEach((chapter, i) => {
    const group = document.createElement('section')
    group.className = 'chapter'
    const h = document.createElement('h3')
    h.innerHTML = ''
    const num = document.createElement('span')
    num.className = 'num'
    num.textContent = String(i + 1).padStart(2, '0')
    const zh = document.createElement('span')
    zh.textContent = chapter.title.zh
    const en = document.createElement('span')
    en.className = 'en'
    en.textContent = chapter.title.en
    h.append(num, zh, en)
    const ul = document.createElement('ul')
    for (const l of chapter.lessons) {
      const li = document.createElement('li')
      const a = document.createElement('a')
      a.href = `#lesson=${encodeURIComponent(l.id)}`
      a.dataset.testid = 'lesson-link'
      a.dataset.lessonId = l.id
      a.dataset.machine = l.machine
      const t = document.createElement('span')
      t.textContent = l.title.zh
      const te = document.createElement('span')
      te.className = 'en'
      te.textContent = l.title.en
      a.append(t, te)
      if (l.machine === 'parallel') {
        const badge = document.createElement('span')
        badge.className = 'machine-badge'
        badge.title = '为并行机器而写 · made for the parallel machine'
        badge.textContent = '并行'
        a.append(badge)
      }
      a.addEventListener('click', (ev) => {
        ev.preventDefault()
        selectLesson(l.id)
      })
      li.append(a)
      ul.append(li)
    }
    group.append(h, ul)
    ui.lessons.append(group)
  })
}

function selectLesson(id: string) {
  const next = allLessons().find((l) => l.id === id)
  if (!next) return
  if (running) engine?.stop()
  lesson = next
  store.settings.set('lesson', id)
  history.replaceState(null, '', `#lesson=${encodeURIComponent(id)}`)
  for (const a of ui.lessons.querySelectorAll<HTMLElement>('[data-testid=lesson-link]')) {
    a.classList.toggle('current', a.dataset.lessonId === id)
    if (a.dataset.lessonId === id) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  ui.title.querySelector('.zh')!.textContent = next.title.zh
  ui.title.querySelector('.en')!.textContent = next.title.en
  ui.observe.querySelector('.zh')!.textContent = next.observe.zh
  ui.observe.querySelector('.en')!.textContent = next.observe.en
  document.title = `${next.title.zh} · pyconc`
  code = new LessonCode(next, store.code)
  renderPrograms(next)
  params.show(next.params, store.params.load(id))
  chooseMachine()
  refreshPresent()
  status.reset()
  timeline.reset()
}

/** A tab and a console per program; the tabs only when there are several. */
function renderPrograms(l: Lesson) {
  // Reset first: text of the last run still queued must not land in the new consoles.
  for (const o of outputs) o.reset()
  for (const o of outputs.slice(1)) o.text.remove()
  outputs = l.programs.map((p, i) => {
    const pre = i === 0 ? ui.firstOutput : (ui.firstOutput.cloneNode(false) as HTMLElement)
    if (i > 0) outputs[0].text.parentElement!.append(pre)
    pre.dataset.file = p.file
    if (p.host) pre.dataset.host = p.host
    else delete pre.dataset.host
    const view = new OutputView(pre)
    view.reset()
    return view
  })
  ui.tabs.replaceChildren()
  ui.tabs.hidden = l.programs.length < 2
  l.programs.forEach((p, i) => {
    const tab = document.createElement('button')
    tab.type = 'button'
    tab.setAttribute('role', 'tab')
    tab.dataset.testid = 'program-tab'
    tab.dataset.file = p.file
    if (p.host) tab.dataset.host = p.host
    const host = document.createElement('strong')
    host.textContent = p.host ?? ''
    const file = document.createElement('span')
    file.className = 'en'
    file.textContent = ` ${p.file}`
    tab.append(host, file)
    tab.addEventListener('click', () => showProgram(i))
    ui.tabs.append(tab)
  })
  showProgram(0)
}

/** Shows program `i`'s code and output. */
function showProgram(i: number) {
  if (!code) return
  code.select(i)
  editor.load(code.text)
  ui.tabs.querySelectorAll<HTMLElement>('[data-testid=program-tab]').forEach((tab, j) => {
    tab.setAttribute('aria-selected', String(j === code!.current))
  })
  outputs.forEach((o, j) => (o.text.hidden = j !== code!.current))
  refreshEdited()
}

function refreshEdited() {
  const edited = code !== null && code.edited()
  ui.edited.hidden = !edited
  ui.reset.disabled = !edited
  ui.tabs.querySelectorAll<HTMLElement>('[data-testid=program-tab]').forEach((tab, j) => {
    tab.classList.toggle('edited', code?.edited(j) ?? false)
  })
}

/** Marks the parameters no program assigns any more. */
function refreshPresent() {
  if (!lesson || !code) return
  params.setPresent(assignedConstants(lesson.params, code.sources().map((p) => p.source).join('\n')))
}

ui.reset.addEventListener('click', () => {
  if (!code) return
  code.reset()
  editor.load(code.text)
  refreshEdited()
  refreshPresent()
})

// ---- Running ----------------------------------------------------------------

/** The marks a run's end leaves on the timeline (a normal exit leaves none). */
const ENDING_LABEL: Record<string, string> = {
  deadlock: '死锁 deadlock',
  stopped: '停止 stopped',
  budget: '预算用尽 budget',
}

function refreshButtons() {
  ui.run.disabled = !engine?.isReady || !lesson
  ui.stop.disabled = !running
  document.body.dataset.running = String(running)
}

/** The run settings of the selected machine, or null (with the field marked) when one is malformed. */
function runSettings(): RunOptions | null {
  if (selectedMachine() === 'parallel') return parallelSettings()
  const seed = ui.seed.value.trim()
  const ok = /^\d+$/.test(seed) && Number.isSafeInteger(Number(seed))
  ui.seedError.hidden = ok
  ui.seedError.textContent = ok ? '' : '须为非负整数 · must be a whole number ≥ 0'
  if (!ok) return null
  return { machine: 'deterministic', seed: Number(seed), switch: ui.switchRule.value as RunOptions['switch'] }
}

function parallelSettings(): RunOptions | null {
  const max = Number(ui.workers.max)
  const text = ui.workers.value.trim()
  const workers = Number(text)
  const ok = /^\d+$/.test(text) && workers >= 1 && workers <= max
  ui.workersError.hidden = ok
  ui.workersError.textContent = ok ? '' : `须为 1 到 ${max} 的整数 · must be a whole number from 1 to ${max} (the pool has ${max})`
  ui.workers.setAttribute('aria-invalid', String(!ok))
  if (!ok) return null
  return { machine: 'parallel', workers, time_scale: Number(ui.timeScale.value) }
}

function run() {
  if (!lesson || !code || !engine?.isReady) return
  const settings = runSettings()
  const values = params.validate().values
  if (!values || !settings) {
    ui.formError.hidden = false
    ui.formError.textContent = '请先改正标红的参数 · Fix the parameters marked in red first'
    return
  }
  const current = lesson
  performance.mark('pyconc:run')
  for (const o of outputs) o.reset()
  status.running()
  timeline.reset()
  const programs = new ProgramMap()
  running = true
  refreshButtons()
  const done = () => {
    running = false
    refreshButtons()
  }
  engine.run(code!.sources(), { lesson: current.id, params: values, ...settings, ...(MAX_STEPS ? { max_steps: MAX_STEPS } : {}) }, {
    started: () => {},
    events: (events, truncated) => {
      timeline.add(events)
      programs.add(events)
      const prints = events.filter((e): e is PrintEvent => e.kind === 'print')
      outputs.forEach((o, i) => o.print(prints.filter((e) => programs.programOf(e.pid) === i), truncated))
    },
    finished: (report, wallMs) => {
      if (!performance.getEntriesByName('pyconc:first-result').length) performance.mark('pyconc:first-result')
      timeline.names(report.processes ?? [])
      timeline.end(report.virtual_time_ns ?? timeline.data.end, report.outcome.kind, ENDING_LABEL[report.outcome.kind] ?? null)
      status.end({ kind: 'report', report, wallMs })
      done()
    },
    rejected: (message) => {
      const name = params.paramNamedIn(message)
      if (name) params.setError(name, message)
      status.end({ kind: 'rejected', message })
      done()
    },
    aborted: (reason, message) => {
      timeline.schedule()
      status.end({ kind: reason, message })
      done()
    },
  })
}

$('reset-params').addEventListener('click', () => {
  if (!lesson) return
  store.params.save(lesson.id, null)
  params.resetToDefaults()
})
ui.run.addEventListener('click', run)
ui.stop.addEventListener('click', () => engine?.stop())
ui.seed.value = store.settings.get('seed') ?? '0'
ui.switchRule.value = store.settings.get('switch') ?? 'cpython'
ui.seed.addEventListener('input', () => {
  if (!runSettings()) return
  store.settings.set('seed', ui.seed.value.trim())
  ui.formError.hidden = true
})
ui.switchRule.addEventListener('change', () => store.settings.set('switch', ui.switchRule.value))
ui.workers.addEventListener('input', () => {
  if (!parallelSettings()) return
  store.settings.set('workers', ui.workers.value.trim())
  ui.formError.hidden = true
})
ui.timeScale.addEventListener('change', () => store.settings.set('time-scale', ui.timeScale.value))
window.addEventListener('hashchange', () => {
  const id = new URLSearchParams(location.hash.slice(1)).get('lesson')
  if (id && id !== lesson?.id) selectLesson(id)
})
