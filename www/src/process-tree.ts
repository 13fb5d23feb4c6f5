// Draws a ProcessTreeModel above the timeline's thread lanes, on the same
// virtual-time axis: a row per process under the one that forked it (init,
// pid 1, on top), its life as a bar (alive, orphan, zombie), a vertical edge
// from the parent's row at the fork, a dashed edge from init's row at the
// moment an orphan is adopted, and marks for zombies and killed processes.
import { INIT, ProcessTreeModel, signalName, type ProcessNode } from './process-tree-model'
import { CHAR_W, el, fitText } from './svg'
import { formatMoment } from './virtual-time'

export const ROW_H = 22
const BAR_H = 12
/** Indentation of a child's label under its parent's, in px (capped, so deep trees keep their names). */
const INDENT = 12
const MAX_INDENT_DEPTH = 6
/** A span must be this wide (px) to carry its name inside. */
const NAMED_SPAN_W = 78

export interface Geometry {
  /** Virtual ns to x. */
  x: (t: number) => number
  /** Where the labels end and the plot begins; where the plot ends. */
  plotLeft: number
  plotRight: number
  /** Where the tree's first row (init) begins. */
  top: number
  /** The run's end: open lives are drawn to it. */
  end: number
}

const PHASE_LABEL = { alive: '', orphan: '孤儿 orphan', zombie: '僵尸 zombie' }

/** What the tree says about a process, in words (the tooltip). */
export function describe(model: ProcessTreeModel, n: ProcessNode): string[] {
  const lines: string[] = []
  const first = n.parents[0]
  lines.push(
    first.kind === 'fork'
      ? `父进程 forked by ${first.parent} at ${formatMoment(n.born)}`
      : `init 之下 started under init at ${formatMoment(n.born)}`,
  )
  const adopted = model.orphanedAt(n)
  if (adopted) lines.push(`孤儿 orphan: adopted by ${adopted.parent === INIT ? 'init (1)' : adopted.parent} at ${formatMoment(adopted.from)}`)
  for (const s of n.signals) lines.push(`信号 ${signalName(s.signal)} from ${s.from} at ${formatMoment(s.t)}`)
  const killed = model.killedBy(n)
  if (n.exited === null) lines.push('运行到结束 alive at the end')
  else if (killed !== null) lines.push(`被杀死 killed by ${signalName(killed)} (exit ${n.exitCode}) at ${formatMoment(n.exited)}`)
  else lines.push(`退出 exit ${n.exitCode} at ${formatMoment(n.exited)}`)
  if (n.exited !== null) {
    if (n.reaped === null) lines.push('僵尸到结束 a zombie to the end: never reaped')
    else if (n.reaped > n.exited)
      lines.push(`僵尸 zombie until ${formatMoment(n.reaped)}, reaped by ${n.reapedBy === INIT ? 'init (1)' : n.reapedBy}`)
    else lines.push(`回收 reaped at once by ${n.reapedBy === INIT ? 'init (1)' : n.reapedBy}`)
  }
  return lines
}

/** How a process ended, in a few characters (a killed one also has its ✕ at the moment it died). */
function endingText(model: ProcessTreeModel, n: ProcessNode): string | null {
  if (n.exitCode === null) return null
  const killed = model.killedBy(n)
  return killed !== null ? signalName(killed) : `exit ${n.exitCode}`
}

/** Room the tree needs right of the plot, for the ending of a process that lasts to the end. */
export const ENDING_W = 62

/** Where the rows are, and the layers they draw into. */
interface Layout {
  g: Geometry
  rowY: Map<number, number>
  /** The middle of a process's row (init's for one not drawn). */
  mid: (pid: number) => number
  edges: SVGGElement
  rows: SVGGElement
}

/**
 * Draws the tree into `svg` from `g.top` down: returns the height it takes
 * and the drawing of its rows, one row per step (the timeline draws in
 * slices). The rows are the tree as it was when this was called: events
 * added meanwhile wait for the next drawing. Edges go under the bars, so a
 * bar is never crossed by another row's edge.
 */
export function drawProcessTree(svg: SVGElement, model: ProcessTreeModel, g: Geometry): { height: number; rows: Generator<void> } {
  const rows = model.rows().map(({ node, depth }) => ({ depth, node: { ...node, parents: [...node.parents], signals: [...node.signals] } }))
  const root = el('g', { class: 'process-tree', 'data-testid': 'process-tree' }, svg)
  const defs = el('defs', {}, root)
  const hatch = el('pattern', { id: 'pyconc-zombie-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs)
  el('rect', { width: 6, height: 6, class: 'hatch-bg' }, hatch)
  el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }, hatch)

  const rowY = new Map<number, number>([[INIT, g.top]])
  rows.forEach((r, i) => rowY.set(r.node.pid, g.top + (i + 1) * ROW_H))
  const layout: Layout = {
    g,
    rowY,
    mid: (pid) => (rowY.get(pid) ?? g.top) + ROW_H / 2,
    edges: el('g', { class: 'edges' }, root),
    rows: el('g', { class: 'rows' }, root),
  }

  // init: there from before the run to after it.
  const init = el('g', { class: 'proc proc-init', 'data-testid': 'process-node', 'data-pid': INIT, 'data-name': 'init' }, layout.rows)
  el('line', { x1: g.plotLeft, x2: g.plotRight, y1: layout.mid(INIT), y2: layout.mid(INIT), class: 'init-line' }, init)
  const initLabel = el('text', { x: 8, y: layout.mid(INIT) + 4, class: 'proc-label' }, init)
  initLabel.textContent = '1 init'

  function* drawRows(): Generator<void> {
    for (const { node, depth } of rows) {
      drawRow(model, layout, node, depth)
      yield
    }
  }
  return { height: (rows.length + 1) * ROW_H, rows: drawRows() }
}

/** One process's row: its label, its life, its edges and marks. */
function drawRow(model: ProcessTreeModel, { g, rowY, mid, edges, rows }: Layout, n: ProcessNode, depth: number) {
  const y = rowY.get(n.pid)!
  const cy = y + ROW_H / 2
  const barY = cy - BAR_H / 2
  const killed = model.killedBy(n)
  const adopted = model.orphanedAt(n)
  const zombie = model.wasZombie(n)
  const ending = endingText(model, n)
  const row = el('g', {
    class: 'proc',
    'data-testid': 'process-node',
    'data-pid': n.pid,
    'data-name': n.name,
    'data-parent': n.parents[0].parent,
    'data-ppid': model.parentOf(n),
    'data-depth': depth,
    ...(n.exitCode !== null ? { 'data-exit-code': n.exitCode } : {}),
    ...(adopted ? { 'data-orphan': 'true' } : {}),
    ...(zombie ? { 'data-zombie': 'true' } : {}),
    ...(killed !== null ? { 'data-killed': signalName(killed) } : {}),
  }, rows)
  el('rect', { x: 0, y, width: g.plotRight, height: ROW_H, class: 'proc-hit' }, row)

  const indent = Math.min(depth + 1, MAX_INDENT_DEPTH) * INDENT
  const label = el('text', { x: 8 + indent, y: cy + 4, class: 'proc-label' }, row)
  const pid = el('tspan', { class: 'proc-pid' }, label)
  pid.textContent = `${n.pid} `
  const name = el('tspan', {}, label)
  name.textContent = fitText(n.name, g.plotLeft - 16 - indent - CHAR_W * (String(n.pid).length + 1))
  // An elbow from the parent's label down to this one.
  const elbowX = 8 + Math.min(depth, MAX_INDENT_DEPTH) * INDENT + 3
  const parentY = mid(n.parents[0].kind === 'fork' ? n.parents[0].parent : INIT)
  el('path', { d: `M${elbowX} ${parentY + 6} V${cy - 3} H${8 + indent - 2}`, class: 'label-elbow' }, row)

  for (const s of model.life(n, g.end)) {
    const x0 = g.x(s.from)
    const w = Math.max(g.x(s.to) - x0, s.phase === 'zombie' ? 2 : 1)
    el('rect', {
      x: x0,
      y: barY,
      width: w,
      height: BAR_H,
      class: `life life-${s.phase}`,
      'data-testid': s.phase === 'zombie' ? 'process-zombie' : 'process-life',
      'data-phase': s.phase,
      'data-from': s.from,
      'data-to': s.to,
    }, row)
    if (PHASE_LABEL[s.phase] && w >= NAMED_SPAN_W) {
      const t = el('text', { x: x0 + 5, y: cy + 4, class: `phase-label phase-${s.phase}` }, row)
      t.textContent = PHASE_LABEL[s.phase]
    }
  }

  // The fork: a line from the parent's row down (or up) to this one.
  const first = n.parents[0]
  const xf = g.x(n.born)
  const fromY = mid(first.kind === 'fork' ? first.parent : INIT)
  el('line', {
    x1: xf, x2: xf, y1: fromY, y2: cy,
    class: `edge edge-${first.kind}`,
    'data-testid': 'process-edge',
    'data-kind': first.kind,
    'data-parent': first.kind === 'fork' ? first.parent : INIT,
    'data-child': n.pid,
    'data-t': n.born,
  }, edges)
  el('circle', { cx: xf, cy: fromY, r: 2.5, class: `edge-dot edge-${first.kind}` }, edges)

  // Adoption: init's dashed edge appears at the reparent time.
  for (const p of n.parents.slice(1)) {
    const xa = g.x(p.from)
    el('line', {
      x1: xa, x2: xa, y1: mid(p.parent), y2: cy,
      class: 'edge edge-reparent',
      'data-testid': 'process-edge',
      'data-kind': 'reparent',
      'data-parent': p.parent,
      'data-child': n.pid,
      'data-t': p.from,
    }, edges)
    el('circle', { cx: xa, cy, r: 4, class: 'orphan-mark', 'data-testid': 'process-orphan', 'data-t': p.from, 'data-to': p.parent }, row)
  }

  // Signals: a dotted edge from the sender at the moment it was sent.
  for (const s of n.signals) {
    const xs = g.x(s.t)
    el('line', {
      x1: xs, x2: xs, y1: mid(s.from), y2: cy,
      class: 'edge edge-signal',
      'data-testid': 'process-signal',
      'data-from': s.from,
      'data-signal': signalName(s.signal),
    }, edges)
  }

  // The reap: the parent's wait (or init's) ends the zombie.
  if (n.reaped !== null && n.reapedBy !== null && zombie) {
    const xr = g.x(n.reaped)
    el('line', { x1: xr, x2: xr, y1: mid(n.reapedBy), y2: cy, class: 'edge edge-reap', 'data-testid': 'process-edge', 'data-kind': 'reap', 'data-parent': n.reapedBy, 'data-child': n.pid }, edges)
  }

  if (killed !== null && n.exited !== null) {
    const xk = g.x(n.exited)
    const mark = el('text', { x: xk, y: cy + 4, 'text-anchor': 'middle', class: 'killed-mark', 'data-testid': 'process-killed', 'data-signal': signalName(killed) }, row)
    mark.textContent = '✕'
  }

  if (ending) {
    const text = el('text', {
      x: g.x(model.gone(n, g.end)) + 5,
      y: cy + 4,
      class: `proc-exit${killed !== null ? ' proc-exit-killed' : ''}`,
      'data-testid': 'process-exit',
    }, row)
    text.textContent = ending
  }
}
