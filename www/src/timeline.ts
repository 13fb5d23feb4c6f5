// Draws a TimelineModel as SVG: one lane per thread, a coloured span per
// state, a virtual-time axis in seconds, and a tooltip naming what a blocked
// or sleeping thread waits for.
import type { ThreadState } from './protocol'
import { TimelineModel, type Lane } from './timeline-model'

const SVG = 'http://www.w3.org/2000/svg'
const LABEL_W = 150
const LANE_H = 26
const BAR_H = 16
const AXIS_H = 24
const PAD_R = 12

export const STATE_LABEL: Record<ThreadState, string> = {
  running: '运行 running',
  ready: '就绪 ready',
  blocked: '阻塞 blocked',
  sleeping: '睡眠 sleeping',
  zombie: '僵尸 zombie',
  exited: '结束 exited',
}

const UNITS = [
  { ns: 1e9, name: 's' },
  { ns: 1e6, name: 'ms' },
  { ns: 1e3, name: 'µs' },
  { ns: 1, name: 'ns' },
]

/**
 * Virtual time for people: seconds, as the course speaks of time; when the
 * tick step is under a millisecond, the largest unit that keeps it whole
 * (a run of 80 bytecodes lasts microseconds). Trailing zeros say nothing.
 */
export function formatSeconds(ns: number, stepNs = ns): string {
  const unit = stepNs >= 1e6 ? UNITS[0] : UNITS.find((u) => stepNs >= u.ns / 10) ?? UNITS[3]
  const v = ns / unit.ns
  const decimals = Math.max(0, Math.min(9, -Math.floor(Math.log10(stepNs / unit.ns) + 1e-9)))
  const text = v.toFixed(decimals)
  return `${decimals ? text.replace(/\.?0+$/, '') : text} ${unit.name}`
}

/** A tick step of 1, 2 or 5 × 10^k ns giving at most `max` ticks. */
export function tickStep(endNs: number, max: number): number {
  const raw = Math.max(endNs, 1) / Math.max(1, max)
  const p = 10 ** Math.floor(Math.log10(raw))
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p
  return 10 * p
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: Element) {
  const e = document.createElementNS(SVG, tag)
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v))
  parent?.appendChild(e)
  return e
}

export class TimelineView {
  private model = new TimelineModel()
  private frame = 0
  private readonly svgHost: HTMLElement
  private readonly tooltip: HTMLElement
  private readonly empty: HTMLElement

  constructor(private readonly root: HTMLElement) {
    this.svgHost = root.querySelector('[data-role=timeline-svg]')!
    this.tooltip = root.querySelector('[data-testid=timeline-tooltip]')!
    this.empty = root.querySelector('[data-role=timeline-empty]')!
    new ResizeObserver(() => this.schedule()).observe(this.svgHost)
    this.svgHost.addEventListener('mousemove', (ev) => this.hover(ev))
    this.svgHost.addEventListener('mouseleave', () => (this.tooltip.hidden = true))
  }

  /** How the run ended, drawn as a line across the lanes at that moment. */
  private ending: { t: number; label: string; kind: string } | null = null

  reset() {
    this.model = new TimelineModel()
    this.ending = null
    this.schedule()
  }

  /**
   * Marks the end of the run. A deadlock or a stop leaves threads blocked or
   * running at the very last instant, so their spans are drawn on a little
   * past it: waiting that never ends should be seen, not be zero pixels wide.
   */
  end(t: number, kind: string, label: string | null) {
    this.ending = label ? { t, label, kind } : null
    this.model.extendOpen(label ? t + Math.max(t * 0.06, 1) : t)
    this.schedule()
  }

  get data(): TimelineModel {
    return this.model
  }

  /** Redraws at the next animation frame (many event batches, one drawing). */
  schedule() {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.draw()
    })
  }

  private draw() {
    const lanes = this.model.allLanes
    this.empty.hidden = lanes.length > 0
    this.svgHost.replaceChildren()
    if (!lanes.length) return
    const width = Math.max(this.svgHost.clientWidth, 320)
    const plotW = width - LABEL_W - PAD_R
    const end = Math.max(this.model.end, 1)
    const x = (t: number) => LABEL_W + (t / end) * plotW
    // Below the lanes, room for the label of the run's end.
    const height = AXIS_H + lanes.length * LANE_H + 4 + (this.ending ? 16 : 0)
    const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' })
    svg.setAttribute('aria-label', '时间线 timeline')

    // Axis: virtual seconds.
    const axis = el('g', { class: 'axis', 'data-testid': 'timeline-axis' }, svg)
    const step = tickStep(end, Math.max(2, Math.floor(plotW / 90)))
    for (let t = 0; t <= end + step * 1e-9; t += step) {
      const xt = x(t)
      el('line', { x1: xt, x2: xt, y1: AXIS_H - 6, y2: height, class: 'grid' }, axis)
      const anchor = t === 0 ? 'start' : xt > LABEL_W + plotW - 30 ? 'end' : 'middle'
      const label = el('text', { x: xt, y: AXIS_H - 10, 'text-anchor': anchor }, axis)
      label.textContent = formatSeconds(t, step)
    }

    const many = this.model.manyProcesses
    lanes.forEach((lane, i) => this.drawLane(svg, lane, i, x, plotW, many))
    if (this.ending) {
      const g = el('g', { class: `ending ending-${this.ending.kind}`, 'data-testid': 'timeline-ending' }, svg)
      const xe = x(this.ending.t)
      el('line', { x1: xe, x2: xe, y1: AXIS_H - 4, y2: height - 14 }, g)
      const label = el('text', { x: xe, y: height - 2, 'text-anchor': 'middle' }, g)
      label.textContent = this.ending.label
    }
    this.svgHost.appendChild(svg)
  }

  private drawLane(svg: SVGElement, lane: Lane, i: number, x: (t: number) => number, plotW: number, many: boolean) {
    const y = AXIS_H + i * LANE_H
    const g = el('g', {
      class: 'lane',
      'data-testid': 'timeline-lane',
      'data-thread-name': lane.name,
      'data-tid': lane.tid,
      'data-pid': lane.pid,
    }, svg)
    el('rect', { x: LABEL_W, y: y + 2, width: plotW, height: LANE_H - 4, class: 'lane-bg' }, g)
    const label = el('text', { x: LABEL_W - 8, y: y + LANE_H / 2 + 4, 'text-anchor': 'end', class: 'lane-label' }, g)
    label.textContent = many ? `${lane.pid}·${lane.name}` : lane.name
    const title = el('title', {}, label)
    title.textContent = `pid ${lane.pid} · tid ${lane.tid} · ${lane.name}`

    // Spans narrower than a pixel are folded into their neighbour so that a
    // long run of quick switches stays a few hundred rectangles. A brief run
    // folded that way is still marked with a thin tick: who ran matters most.
    type Rect = { state: ThreadState; x0: number; x1: number; from: number; to: number; on?: string }
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
      }, g)
    const flush = () => {
      if (!cur) return
      const w = cur.x1 - cur.x0
      // A hairline gap tells two spans of the same colour apart (two sleeps).
      draw(cur, w > 4 ? w - 1 : Math.max(w, 1))
    }
    for (const s of lane.spans) {
      const a = x(s.from)
      const b = x(s.to)
      if (cur && cur.state === s.state && cur.on === s.on && a - cur.x1 < 0.5) {
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
      cur = { state: s.state, x0: a, x1: b, from: s.from, to: s.to, on: s.on }
    }
    flush()
    for (const t of ticks) draw(t, 1.5)
  }

  private hover(ev: MouseEvent) {
    const target = ev.target as Element
    const rect = target.closest?.('[data-testid=timeline-span]')
    if (!rect) {
      this.tooltip.hidden = true
      return
    }
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
    if (on) {
      const wait = document.createElement('div')
      wait.className = 'tooltip-on'
      wait.textContent = `等待 on: ${on}`
      this.tooltip.append(wait)
    }
    // Above the pointer, so it never hangs below the page's end.
    const box = this.root.getBoundingClientRect()
    this.tooltip.hidden = false
    this.tooltip.style.left = `${Math.max(0, Math.min(ev.clientX - box.left + 12, box.width - this.tooltip.offsetWidth - 4))}px`
    this.tooltip.style.top = `${ev.clientY - box.top - this.tooltip.offsetHeight - 10}px`
  }
}
