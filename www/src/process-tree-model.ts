// The process tree's data, built from trace events alone: a node per process
// under the process that forked it, with its life on the run's virtual-time
// axis (alive, orphaned, zombie, reaped), its parent edges over time (the
// fork, then init's adoption at the reparent time), the signals it received
// and how it ended. No DOM here, so it is tested without a page
// (process-tree-model.spec.ts).
import type { TraceEvent } from './protocol'

/** init: the parent of the main program, and the adopter of orphans. */
export const INIT = 1

/** The signals a program is likely to send, by number (Linux). */
const SIGNAL_NAMES: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  6: 'SIGABRT',
  9: 'SIGKILL',
  10: 'SIGUSR1',
  12: 'SIGUSR2',
  13: 'SIGPIPE',
  14: 'SIGALRM',
  15: 'SIGTERM',
  17: 'SIGCHLD',
}

/** A numeric field of an event, or null when it has none (a malformed event is skipped, not fatal). */
function field(e: TraceEvent, name: string): number | null {
  const v = (e as Record<string, unknown>)[name]
  return typeof v === 'number' ? v : null
}

export function signalName(signal: number): string {
  return SIGNAL_NAMES[signal] ?? `signal ${signal}`
}

/** One parent of a process, from `from` on. */
export interface ParentEdge {
  parent: number
  /** Virtual ns. */
  from: number
  /** start: the run's first process, under init; fork: forked by `parent`; reparent: adopted as an orphan. */
  kind: 'start' | 'fork' | 'reparent'
}

export interface SignalReceived {
  t: number
  signal: number
  /** The pid that sent it. */
  from: number
}

export interface ProcessNode {
  pid: number
  /** MainProcess, Process-1, ... (a fork starts with its parent's name). */
  name: string
  /** Its parents over time: the first from its birth, then one per re-parenting. */
  parents: ParentEdge[]
  /** Virtual ns: the fork (or the first event of a process not forked in the run). */
  born: number
  /** When it exited (and became a zombie), if it has. */
  exited: number | null
  /** Its exit status; negative: killed by that signal. */
  exitCode: number | null
  /** When its zombie was reaped, and by whom. */
  reaped: number | null
  reapedBy: number | null
  signals: SignalReceived[]
}

/** A node and how deep it sits under init (the run's first process: 0). */
export interface TreeRow {
  node: ProcessNode
  depth: number
}

/** One stretch of a process's life, for drawing. */
export interface LifeSpan {
  /** alive: running under the parent that forked it; orphan: alive after its adoption; zombie: exited, not yet reaped. */
  phase: 'alive' | 'orphan' | 'zombie'
  from: number
  to: number
}

export class ProcessTreeModel {
  private nodes = new Map<number, ProcessNode>()
  /** The latest time any event carried. */
  end = 0

  private node(pid: number, t: number): ProcessNode {
    let n = this.nodes.get(pid)
    if (!n) {
      n = {
        pid,
        name: this.nodes.size === 0 ? 'MainProcess' : `pid ${pid}`,
        parents: [{ parent: INIT, from: t, kind: 'start' }],
        born: t,
        exited: null,
        exitCode: null,
        reaped: null,
        reapedBy: null,
        signals: [],
      }
      this.nodes.set(pid, n)
    }
    return n
  }

  add(events: readonly TraceEvent[]) {
    for (const e of events) {
      if (e.t > this.end) this.end = e.t
      const n = this.node(e.pid, e.t)
      switch (e.kind) {
        case 'fork': {
          const pid = field(e, 'child')
          if (pid === null) break
          // A child seen before its parent's fork event keeps its place, now under its parent.
          const child = this.node(pid, e.t)
          child.born = e.t
          child.name = n.name
          child.parents[0] = { parent: e.pid, from: e.t, kind: 'fork' }
          break
        }
        case 'exit': {
          const code = field(e, 'code')
          if (code === null) break
          n.exited = e.t
          n.exitCode = code
          break
        }
        case 'reap': {
          const by = field(e, 'by')
          if (by === null) break
          n.reaped = e.t
          n.reapedBy = by
          break
        }
        case 'reparent': {
          const to = field(e, 'to')
          if (to === null) break
          n.parents.push({ parent: to, from: e.t, kind: 'reparent' })
          break
        }
        case 'process_name': {
          const name = (e as Record<string, unknown>).name
          if (typeof name === 'string') n.name = name
          break
        }
        case 'signal': {
          const to = field(e, 'to')
          const signal = field(e, 'signal')
          if (to === null || signal === null) break
          this.node(to, e.t).signals.push({ t: e.t, signal, from: e.pid })
          break
        }
      }
    }
  }

  /** Runs the open ends (who is still alive or still a zombie) up to `t`. */
  extendTo(t: number) {
    if (t > this.end) this.end = t
  }

  /**
   * Names from the run's summary (`processes`), for processes whose
   * events the page did not get: a multiprocessing child takes its own name
   * (Process-1) with a `process_name` event once it runs.
   */
  setNames(processes: readonly { pid: number; name: string }[]) {
    for (const p of processes) {
      const n = this.nodes.get(p.pid)
      if (n) n.name = p.name
    }
  }

  get(pid: number): ProcessNode | undefined {
    return this.nodes.get(pid)
  }

  /** Processes in the order they were first seen (init is not among them). */
  get processes(): ProcessNode[] {
    return [...this.nodes.values()]
  }

  get size(): number {
    return this.nodes.size
  }

  /**
   * The tree, depth first: each process under the one that forked it, its
   * children in the order they were born. Processes whose first parent is
   * init (the main program) are the roots.
   */
  rows(): TreeRow[] {
    const children = new Map<number, ProcessNode[]>()
    for (const n of this.nodes.values()) {
      const p = n.parents[0].parent
      const forkedBy = p !== n.pid && this.nodes.has(p) ? p : INIT
      let list = children.get(forkedBy)
      if (!list) children.set(forkedBy, (list = []))
      list.push(n)
    }
    for (const list of children.values()) list.sort((a, b) => a.born - b.born || a.pid - b.pid)
    const out: TreeRow[] = []
    // An explicit stack: a fork chain thousands deep must not overflow the call stack.
    const stack: TreeRow[] = (children.get(INIT) ?? []).map((node) => ({ node, depth: 0 })).reverse()
    const seen = new Set<number>()
    while (stack.length) {
      const row = stack.pop()!
      if (seen.has(row.node.pid)) continue
      seen.add(row.node.pid)
      out.push(row)
      const kids = children.get(row.node.pid) ?? []
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], depth: row.depth + 1 })
    }
    return out
  }

  /** Its parent at time `t` (or at the end, without `t`). */
  parentOf(n: ProcessNode, t = Infinity): number {
    let p = n.parents[0].parent
    for (const e of n.parents) if (e.from <= t) p = e.parent
    return p
  }

  /** When it was adopted by another parent than the one that forked it, if it was. */
  orphanedAt(n: ProcessNode): ParentEdge | null {
    return n.parents.find((e) => e.kind === 'reparent') ?? null
  }

  /** The signal that killed it, if it died of one. */
  killedBy(n: ProcessNode): number | null {
    return n.exitCode !== null && n.exitCode < 0 ? -n.exitCode : null
  }

  /** Whether it was a zombie for any time at all (exited and reaped later, or never reaped). */
  wasZombie(n: ProcessNode): boolean {
    return n.exited !== null && (n.reaped === null || n.reaped > n.exited)
  }

  /** Its life as stretches of alive, orphan and zombie time; open ends run to `end`. */
  life(n: ProcessNode, end = this.end): LifeSpan[] {
    const spans: LifeSpan[] = []
    const died = n.exited ?? end
    const adopted = this.orphanedAt(n)?.from ?? null
    const push = (phase: LifeSpan['phase'], from: number, to: number) => {
      if (to > from) spans.push({ phase, from, to })
    }
    if (adopted !== null && adopted < died) {
      push('alive', n.born, adopted)
      push('orphan', adopted, died)
    } else {
      push('alive', n.born, died)
    }
    if (n.exited !== null) push('zombie', n.exited, n.reaped ?? Math.max(end, n.exited))
    return spans
  }

  /** The end of its row: reaped, or still there at `end`. */
  gone(n: ProcessNode, end = this.end): number {
    return n.reaped ?? end
  }
}
