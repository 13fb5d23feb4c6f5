// Draws a run's trace as SVG on one time axis (virtual time on the
// deterministic machine, scaled wall-clock time on the parallel one): when
// the run has more than one process, the process tree (process-tree.ts) on
// top; then one lane per thread, grouped by process, a coloured span per
// state, each running span on the parallel machine marked with the worker
// that ran it; and a tooltip naming what a blocked or sleeping thread waits
// for, or what became of a process. In a run of several programs, each
// process is labelled with its host.
import type { ProcessSummary, ThreadState, TraceEvent } from './protocol'
import { ENDING_W, ROW_H, describe, drawProcessTree } from './process-tree'
import { ProcessTreeModel } from './process-tree-model'
import { ProgramMap } from './programs'
import { el, fitText } from './svg'
import { TimelineModel, type Lane } from './timeline-model'
import { formatSeconds, tickStep } from './virtual-time'

const LABEL_W = 200
const LANE_H = 26
const BAR_H = 16
const AXIS_H = 24
/** A section's heading (processes, threads) when the tree is shown. */
const HEAD_H = 18
const PAD_R = 12
/** How long one slice of a drawing may hold the main thread, in ms. */
const DRAW_SLICE_MS = 8
/** Lanes per chunk of the drawing (see `build`); a process's lanes are never split. */
const LANES_PER_CHUNK = 8

export const STATE_LABEL: Record<ThreadState, string> = {
  running: '运行 running',
  ready: '就绪 ready',
  blocked: '阻塞 blocked',
  sleeping: '睡眠 sleeping',
  zombie: '僵尸 zombie',
  exited: '结束 exited',
}

export class TimelineView {
  private model = new TimelineModel()
  private tree = new ProcessTreeModel()
  private programs = new ProgramMap()
  private frame = 0
  private readonly svgHost: HTMLElement
  private readonly tooltip: HTMLElement
  private readonly empty: HTMLElement
  private readonly treeLegend: HTMLElement[]
  private readonly workerLegend: HTMLElement
  private readonly clockLabel: HTMLElement
  /** How the run ended, drawn as a line across the lanes at that moment. */
  private ending: { t: number; label: string; kind: string } | null = null
  /**
   * The drawing's width, as the ResizeObserver last saw it: reading
   * clientWidth while drawing would make the browser lay out the page (all
   * the output printed since) there and then.
   */
  private width = 0
  /** Whether what is shown is older than the data (a drawing is due). */
  private dirty = false
  /** The drawing under way, built off the page a slice at a time. */
  private building: Generator<void, Element[]> | null = null

  constructor(private readonly root: HTMLElement) {
    this.svgHost = root.querySelector('[data-role=timeline-svg]')!
    this.tooltip = root.querySelector('[data-testid=timeline-tooltip]')!
    this.empty = root.querySelector('[data-role=timeline-empty]')!
    this.treeLegend = [...root.querySelectorAll<HTMLElement>('[data-role=tree-legend]')]
    this.workerLegend = root.querySelector('[data-role=worker-legend]')!
    this.clockLabel = root.querySelector('[data-testid=timeline-clock]')!
    new ResizeObserver(([entry]) => {
      this.width = entry.contentRect.width
      this.schedule()
    }).observe(this.svgHost)
    this.svgHost.addEventListener('mousemove', (ev) => this.hover(ev))
    this.svgHost.addEventListener('mouseleave', () => (this.tooltip.hidden = true))
  }

  reset() {
    this.model = new TimelineModel()
    this.tree = new ProcessTreeModel()
    this.programs = new ProgramMap()
    this.ending = null
    // A drawing under way shows the old run: it is dropped, not finished.
    this.building = null
    this.schedule()
  }

  /** New events of the run, in order; drawn at the next frame. */
  add(events: readonly TraceEvent[]) {
    this.model.add(events)
    this.tree.add(events)
    this.programs.add(events)
    this.schedule()
  }

  /** The processes' names from the run's summary (the events do not carry them). */
  names(processes: readonly ProcessSummary[]) {
    this.tree.setNames(processes.map((p) => ({ ...p, name: `${this.where(p.pid)}${p.name}` })))
    this.schedule()
  }

  /**
   * Marks the end of the run. A deadlock or a stop leaves threads blocked or
   * running at the very last instant, so their spans are drawn on a little
   * past it: waiting that never ends should be seen, not be zero pixels wide.
   */
  end(t: number, kind: string, label: string | null) {
    this.ending = label ? { t, label, kind } : null
    const drawnTo = label ? t + Math.max(t * 0.06, 1) : t
    this.model.extendOpen(drawnTo)
    this.tree.extendTo(drawnTo)
    this.schedule()
  }

  /** Names the axis's clock: the deterministic machine's virtual time, or the parallel machine's wall clock. */
  setClock(machine: 'deterministic' | 'parallel') {
    this.clockLabel.textContent = machine === 'parallel' ? 'Timeline · wall-clock time × time scale' : 'Timeline · virtual time'
  }

  get data(): TimelineModel {
    return this.model
  }

  /**
   * Redraws soon: at the next animation frame, or once the drawing under way
   * is done (many event batches, one drawing).
   */
  schedule() {
    this.dirty = true
    // Until the picture is complete: tests wait for "false" before measuring it.
    this.root.dataset.drawing = 'true'
    if (this.frame || this.building) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.draw()
    })
  }

  /**
   * Draws in slices of DRAW_SLICE_MS, so that a run of thousands of events
   * never holds the main thread for long: the new picture is built off the
   * page while the old one stays, and takes its place when it is complete.
   * Events that arrive meanwhile are drawn by the next drawing.
   */
  private draw() {
    this.dirty = false
    const job = this.build()
    this.building = job
    const slice = () => {
      if (this.building !== job) return // reset: a newer run's drawing replaces this one
      const t0 = performance.now()
      let r = job.next()
      while (!r.done && performance.now() - t0 < DRAW_SLICE_MS) r = job.next()
      if (!r.done) {
        setTimeout(slice, 0)
        return
      }
      this.building = null
      this.svgHost.replaceChildren(...r.value)
      this.root.dataset.drawing = 'false'
      if (this.dirty) this.schedule()
    }
    slice()
  }

  /** Lanes grouped by process, the processes in the tree's order, threads as first seen. */
  private groups(): { pid: number; lanes: Lane[] }[] {
    const byPid = new Map<number, Lane[]>()
    for (const lane of this.model.allLanes) {
      let list = byPid.get(lane.pid)
      if (!list) byPid.set(lane.pid, (list = []))
      list.push(lane)
    }
    const order = this.tree.rows().map((r) => r.node.pid)
    const inTree = new Set(order)
    const rest = [...byPid.keys()].filter((pid) => !inTree.has(pid))
    return [...order, ...rest].filter((pid) => byPid.has(pid)).map((pid) => ({ pid, lanes: byPid.get(pid)! }))
  }

  /**
   * Builds the picture of the data as it is now, yielding after each process
   * row and each lane; returns what the timeline shows (nothing, for no
   * lanes). Events added while it is built are left out: times past `end`
   * are drawn at `end`.
   *
   * The axis and the process tree make one SVG; the lanes follow in chunks
   * of whole processes, each its own SVG in a box the browser does not
   * style, lay out or paint while it is off screen (content-visibility), so
   * a run of many threads costs the page what it shows, not what it has.
   */
  private *build(): Generator<void, Element[]> {
    const groups = this.groups()
    const laneCount = groups.reduce((n, g) => n + g.lanes.length, 0)
    const showTree = this.tree.size > 1
    this.empty.hidden = laneCount > 0
    for (const li of this.treeLegend) li.hidden = !showTree
    this.workerLegend.hidden = this.model.workers.length === 0
    if (!laneCount) return []
    const width = Math.max(this.width || this.svgHost.clientWidth, 320)
    // With the tree, room on the right for how a process that lasts to the end ended.
    const plotW = width - LABEL_W - (showTree ? ENDING_W : PAD_R)
    const end = Math.max(this.model.end, this.tree.end, 1)
    const x = (t: number) => LABEL_W + (Math.min(t, end) / end) * plotW
    const step = tickStep(end, Math.max(2, Math.floor(plotW / 90)))
    const ticks: number[] = []
    for (let t = 0; t <= end + step * 1e-9; t += step) ticks.push(t)
    const ending = this.ending

    /** The grid and the run's end line, from `y0` to `y1` of one SVG. */
    const underlay = (svg: SVGElement, y0: number, y1: number) => {
      const grid = el('g', { class: 'axis' }, svg)
      for (const t of ticks) el('line', { x1: x(t), x2: x(t), y1: y0, y2: y1, class: 'grid' }, grid)
    }
    const endLine = (svg: SVGElement, y0: number, y1: number, label: number | null) => {
      if (!ending) return
      const g = el('g', { class: `ending ending-${ending.kind}`, ...(label !== null ? { 'data-testid': 'timeline-ending' } : {}) }, svg)
      const xe = x(ending.t)
      el('line', { x1: xe, x2: xe, y1: y0, y2: y1 }, g)
      if (label === null) return
      const text = el('text', { x: xe, y: label, 'text-anchor': 'middle' }, g)
      text.textContent = ending.label
    }

    // The head: the axis, virtual seconds, and the tree below it.
    const treeH = showTree ? HEAD_H + (this.tree.size + 1) * ROW_H + HEAD_H + 4 : 0
    const head = el('svg', { width, height: AXIS_H + treeH, viewBox: `0 0 ${width} ${AXIS_H + treeH}`, role: 'img' })
    head.setAttribute('aria-label', showTree ? '进程树与时间线 process tree and timeline' : '时间线 timeline')
    const axis = el('g', { class: 'axis', 'data-testid': 'timeline-axis' }, head)
    for (const t of ticks) {
      const xt = x(t)
      el('line', { x1: xt, x2: xt, y1: AXIS_H - 6, y2: AXIS_H + treeH, class: 'grid' }, axis)
      const anchor = t === 0 ? 'start' : xt > LABEL_W + plotW - 30 ? 'end' : 'middle'
      const label = el('text', { x: xt, y: AXIS_H - 10, 'text-anchor': anchor }, axis)
      label.textContent = formatSeconds(t, step)
    }
    endLine(head, AXIS_H - 4, AXIS_H + treeH, null)
    if (showTree) {
      this.heading(head, AXIS_H, '进程 processes')
      const tree = drawProcessTree(head, this.tree, { x, plotLeft: LABEL_W, plotRight: LABEL_W + plotW, top: AXIS_H + HEAD_H, end })
      yield* tree.rows
      this.heading(head, AXIS_H + HEAD_H + tree.height + 4, '线程 threads')
    }
    const out: Element[] = [head]

    // The lanes, LANES_PER_CHUNK or so to a chunk, a process never split.
    const many = groups.length > 1
    let gi = 0
    while (gi < groups.length) {
      const first = gi
      const chunk: typeof groups = []
      let lanes = 0
      while (gi < groups.length && (lanes === 0 || lanes + groups[gi].lanes.length <= LANES_PER_CHUNK)) {
        lanes += groups[gi].lanes.length
        chunk.push(groups[gi++])
      }
      const last = gi === groups.length
      // Below the last lanes, room for the label of the run's end.
      const height = lanes * LANE_H + (last ? 4 + (ending ? 16 : 0) : 0)
      const box = document.createElement('div')
      box.className = 'lanes-chunk'
      box.style.containIntrinsicSize = `auto ${height}px`
      const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}` }, box)
      underlay(svg, 0, height)
      let i = 0
      for (const [k, group] of chunk.entries()) {
        const index = first + k
        const g = el('g', { class: `process-lanes${index % 2 ? ' odd' : ''}`, 'data-testid': 'timeline-process', 'data-pid': group.pid }, svg)
        if (many) {
          el('rect', { x: 0, y: i * LANE_H, width: LABEL_W - 2, height: group.lanes.length * LANE_H, class: 'process-band' }, g)
          if (index > 0) el('line', { x1: 0, x2: LABEL_W + plotW, y1: i * LANE_H, y2: i * LANE_H, class: 'process-sep' }, g)
        }
        for (const lane of group.lanes) {
          this.drawLane(g, lane, i++ * LANE_H, x, plotW, many, end)
          yield
        }
      }
      endLine(svg, 0, last ? height - 14 : height, last ? height - 2 : null)
      out.push(box)
    }
    return out
  }

  /** `host · ` before a process's labels in a run of several programs; nothing otherwise. */
  private where(pid: number): string {
    const host = this.programs.programs.length > 1 ? this.programs.hostOf(pid) : undefined
    return host ? `${host} · ` : ''
  }

  /** A section's name in the label column. */
  private heading(svg: SVGElement, y: number, text: string) {
    const h = el('text', { x: 8, y: y + 13, class: 'section-head' }, svg)
    h.textContent = text
  }

  private drawLane(parent: SVGElement, lane: Lane, y: number, x: (t: number) => number, plotW: number, many: boolean, end: number) {
    const g = el('g', {
      class: 'lane',
      'data-testid': 'timeline-lane',
      'data-thread-name': lane.name,
      'data-tid': lane.tid,
      'data-pid': lane.pid,
      ...(lane.greenlet !== undefined ? { 'data-greenlet': lane.greenlet } : {}),
    }, parent)
    el('rect', { x: LABEL_W, y: y + 2, width: plotW, height: LANE_H - 4, class: 'lane-bg' }, g)
    const label = el('text', { x: LABEL_W - 8, y: y + LANE_H / 2 + 4, 'text-anchor': 'end', class: 'lane-label' }, g)
    // A greenlet's lane sits under its thread's, its name marked as inside it.
    const name = lane.greenlet !== undefined ? `↳ ${lane.name}` : many ? `${this.where(lane.pid)}${lane.pid}·${lane.name}` : lane.name
    const worker = lane.worker !== undefined && lane.greenlet === undefined ? ` @W${lane.worker}` : ''
    label.textContent = fitText(name, LABEL_W - 14 - worker.length * 7) + worker
    const title = el('title', {}, label)
    title.textContent = `${this.where(lane.pid)}pid ${lane.pid} · tid ${lane.tid} · ${lane.greenlet !== undefined ? `greenlet ${lane.greenlet} · ` : ''}${lane.name}${lane.worker !== undefined ? ` · worker ${lane.worker}` : ''}`

    // Spans narrower than a pixel are folded into their neighbour so that a
    // long run of quick switches stays a few hundred rectangles. A brief run
    // folded that way is still marked with a thin tick: who ran matters most.
    type Rect = { state: ThreadState; x0: number; x1: number; from: number; to: number; on?: string; worker?: number }
    const barY = y + (LANE_H - BAR_H) / 2
    const ticks: Rect[] = []
    let cur: Rect | null = null
    const draw = (r: Rect, width: number) =>
      el('rect', {
        x: r.x0,
        y: barY,
        width,
        height: BAR_H,
        class: `span span-${r.state}`,
        'data-testid': 'timeline-span',
        'data-state': r.state,
        'data-from': r.from,
        'data-to': r.to,
        ...(r.on ? { 'data-on': r.on } : {}),
        ...(r.worker !== undefined ? { 'data-worker': r.worker } : {}),
      }, g)
    const flush = () => {
      if (!cur) return
      const w = cur.x1 - cur.x0
      // A hairline gap tells two spans of the same colour apart (two sleeps).
      draw(cur, w > 4 ? w - 1 : Math.max(w, 1))
      // Where it fits, a running span names its worker.
      if (cur.worker !== undefined && w >= 28) {
        const text = el('text', { x: cur.x0 + 4, y: barY + BAR_H - 4, class: 'span-worker' }, g)
        text.textContent = `W${cur.worker}`
      }
    }
    for (const s of lane.spans) {
      if (s.from >= end) break // added after this drawing began
      const a = x(s.from)
      const b = x(s.to)
      if (cur && cur.state === s.state && cur.on === s.on && cur.worker === s.worker && a - cur.x1 < 0.5) {
        cur.x1 = b
        cur.to = s.to
        continue
      }
      if (cur && b - a < 1 && Math.floor(a) <= Math.floor(cur.x1)) {
        cur.x1 = Math.max(cur.x1, b)
        const last = ticks.at(-1)
        if (s.state === 'running' && cur.state !== 'running' && (!last || a - last.x0 >= 3)) {
          ticks.push({ state: s.state, x0: a, x1: b, from: s.from, to: s.to })
        }
        continue
      }
      flush()
      cur = { state: s.state, x0: a, x1: b, from: s.from, to: s.to, on: s.on, worker: s.worker }
    }
    flush()
    for (const t of ticks) draw(t, 1.5)
  }

  /** The tooltip of a thread's span: its state, when, and what it waits for. */
  private spanTip(rect: Element): boolean {
    const lane = rect.closest('[data-testid=timeline-lane]')!
    const state = rect.getAttribute('data-state') as ThreadState
    const from = Number(rect.getAttribute('data-from'))
    const to = Number(rect.getAttribute('data-to'))
    const on = rect.getAttribute('data-on')
    const step = Math.max(tickStep(to - from, 1) / 100, 1e6)
    this.tooltip.replaceChildren()
    const head = document.createElement('strong')
    head.textContent = `${lane.getAttribute('data-thread-name')} · ${STATE_LABEL[state] ?? state}`
    const when = document.createElement('div')
    // Spans drawn on past a deadlock or a stop did not end: say so.
    const endless = this.ending !== null && to > this.ending.t
    when.textContent = `${formatSeconds(from, step)} → ${endless ? '未结束 · never ended' : formatSeconds(to, step)}`
    this.tooltip.append(head, when)
    const worker = rect.getAttribute('data-worker')
    if (worker !== null) {
      const w = document.createElement('div')
      w.textContent = `在 ${worker} 号 worker 上 · on worker ${worker}`
      this.tooltip.append(w)
    }
    if (on) {
      const wait = document.createElement('div')
      wait.className = 'tooltip-on'
      wait.textContent = `等待 on: ${on}`
      this.tooltip.append(wait)
    }
    return true
  }

  /** The tooltip of a process: its parents, its end, its zombie time. False for init. */
  private processTip(node: Element): boolean {
    const n = this.tree.get(Number(node.getAttribute('data-pid')))
    if (!n) return false
    this.tooltip.replaceChildren()
    const head = document.createElement('strong')
    head.textContent = `pid ${n.pid} · ${n.name}`
    this.tooltip.append(head)
    for (const line of describe(this.tree, n)) {
      const div = document.createElement('div')
      div.textContent = line
      this.tooltip.append(div)
    }
    return true
  }

  private hover(ev: MouseEvent) {
    const target = ev.target as Element
    const rect = target.closest?.('[data-testid=timeline-span]')
    const proc = target.closest?.('[data-testid=process-node]')
    const shown = rect ? this.spanTip(rect) : proc ? this.processTip(proc) : false
    if (!shown) {
      this.tooltip.hidden = true
      return
    }
    // Above the pointer, so it never hangs below the page's end.
    const box = this.root.getBoundingClientRect()
    this.tooltip.hidden = false
    this.tooltip.style.left = `${Math.max(0, Math.min(ev.clientX - box.left + 12, box.width - this.tooltip.offsetWidth - 4))}px`
    this.tooltip.style.top = `${ev.clientY - box.top - this.tooltip.offsetHeight - 10}px`
  }
}
