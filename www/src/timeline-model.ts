// The timeline's data, built from trace events alone: one lane per thread,
// and for each lane the spans of time it spent in each state; a thread whose
// code switches between greenlets also gets a lane per greenlet, right under
// its own. On the parallel machine each running span also says which worker
// (host thread) ran it. No DOM here, so it is tested without a page
// (timeline-model.spec.ts).
import type { ThreadState, TraceEvent, WorkerEvent } from './protocol'

export interface Span {
  state: ThreadState
  /** Virtual ns. */
  from: number
  /** Virtual ns; for the span still open, the latest time seen. */
  to: number
  /** What a blocked or sleeping thread (or greenlet) waits for. */
  on?: string
  /** Parallel machine: the worker a running span ran on. */
  worker?: number
}

export interface Lane {
  pid: number
  tid: number
  /** The spawn event's name ("MainThread", "Thread-1 (sing)"), or a greenlet's. */
  name: string
  spans: Span[]
  /** Whether the thread (or greenlet) has ended. */
  ended: boolean
  /** A greenlet's lane: its id in the process (each thread's main greenlet is 0). */
  greenlet?: number
  /** Parallel machine: the worker its process is pinned to, once it has run. */
  worker?: number
}

/** The fields of a `greenlet` event: greenlet `id` now runs on the event's thread. */
interface GreenletSwitch {
  id: number
  name: string
  /** The greenlet that switched away. */
  from: number
  /** What that one now waits for, when it said. */
  on?: string | null
  /** Whether the greenlet that switched away has finished. */
  from_dead?: boolean
}

const threadKey = (pid: number, tid: number) => `${pid}:${tid}`

export class TimelineModel {
  private lanes = new Map<string, Lane>()
  /** Per thread that switches greenlets: its greenlets' lanes, as first seen. */
  private greenlets = new Map<string, Map<number, Lane>>()
  /** Per such thread: the greenlet running on it. */
  private current = new Map<string, number>()
  /** The latest time any event carried. */
  end = 0

  private lane(pid: number, tid: number): Lane {
    const key = threadKey(pid, tid)
    let l = this.lanes.get(key)
    if (!l) {
      l = { pid, tid, name: `thread ${tid}`, spans: [], ended: false }
      this.lanes.set(key, l)
    }
    return l
  }

  private greenletLane(pid: number, tid: number, id: number, name: string): Lane {
    const key = threadKey(pid, tid)
    let byId = this.greenlets.get(key)
    if (!byId) this.greenlets.set(key, (byId = new Map()))
    let l = byId.get(id)
    if (!l) byId.set(id, (l = { pid, tid, name, spans: [], ended: false, greenlet: id }))
    return l
  }

  /** The lane of the greenlet running on a thread, if the thread switches greenlets. */
  private runningGreenlet(pid: number, tid: number): Lane | undefined {
    const key = threadKey(pid, tid)
    const id = this.current.get(key)
    return id === undefined ? undefined : this.greenlets.get(key)?.get(id)
  }

  add(events: readonly TraceEvent[]) {
    for (const e of events) {
      if (e.t > this.end) this.end = e.t
      if (e.kind === 'spawn') {
        this.lane(e.pid, e.tid).name = (e as { name: string }).name
      } else if (e.kind === 'state') {
        const { state, on } = e as { state: ThreadState; on?: string | null }
        for (const l of [this.lane(e.pid, e.tid), this.runningGreenlet(e.pid, e.tid)]) {
          if (l) setState(l, e.t, state, on ?? undefined)
        }
      } else if (e.kind === 'worker') {
        this.onWorker(e.pid, e.tid, (e as WorkerEvent).worker)
      } else if (e.kind === 'greenlet') {
        this.switchGreenlet(e.t, e.pid, e.tid, e as unknown as GreenletSwitch)
      } else if (e.kind === 'exit') {
        // A process exit ends all of its threads' lanes.
        for (const l of this.allLanes) if (l.pid === e.pid) l.ended = true
      }
    }
    this.extendOpen(this.end)
  }

  /**
   * The thread took its process's GIL on `worker`: its lane (and its
   * running greenlet's) runs there, from the running span now open on.
   */
  private onWorker(pid: number, tid: number, worker: number) {
    for (const l of [this.lane(pid, tid), this.runningGreenlet(pid, tid)]) {
      if (!l) continue
      l.worker = worker
      const last = l.spans.at(-1)
      if (last?.state === 'running') last.worker = worker
    }
  }

  /** The workers that ran any lane, in order (none on the deterministic machine). */
  get workers(): number[] {
    const seen = new Set<number>()
    for (const l of this.lanes.values()) if (l.worker !== undefined) seen.add(l.worker)
    return [...seen].sort((a, b) => a - b)
  }

  /**
   * A switch: the greenlet that switched away waits (for what it said, or
   * just for its turn) or has ended; the one switched to takes over the
   * thread's state.
   */
  private switchGreenlet(t: number, pid: number, tid: number, g: GreenletSwitch) {
    const thread = this.lane(pid, tid)
    const from = this.greenletLane(pid, tid, g.from, g.from === 0 ? 'main' : `greenlet ${g.from}`)
    if (g.from_dead) {
      setState(from, t, 'exited')
    } else {
      setState(from, t, g.on ? 'blocked' : 'ready', g.on ?? undefined)
    }
    const to = this.greenletLane(pid, tid, g.id, g.name)
    to.name = g.name
    to.worker = thread.worker
    const now = thread.spans.at(-1)
    setState(to, t, now?.state ?? 'running', now?.on)
    this.current.set(threadKey(pid, tid), g.id)
  }

  /** Runs every open span up to `t` (the run's final virtual time, at the end). */
  extendOpen(t: number) {
    if (t > this.end) this.end = t
    for (const l of this.allLanes) {
      const last = l.spans.at(-1)
      if (last && !l.ended && last.to < t) last.to = t
    }
  }

  /** Lanes in the order their threads were first seen, each thread's greenlets right under it. */
  get allLanes(): Lane[] {
    const out: Lane[] = []
    for (const [key, l] of this.lanes) {
      out.push(l)
      const gs = this.greenlets.get(key)
      if (gs) out.push(...gs.values())
    }
    return out
  }
}

/** Moves a lane into `state` at `t`; an exited thread or greenlet ends its lane. */
function setState(l: Lane, t: number, state: ThreadState, on?: string) {
  const last = l.spans.at(-1)
  if (last) last.to = t
  if (state === 'exited') {
    l.ended = true
    return
  }
  l.ended = false
  // A zero-length span says nothing: the state that follows at once replaces it.
  if (last && last.from === t) l.spans.pop()
  const prev = l.spans.at(-1)
  const worker = state === 'running' ? l.worker : undefined
  if (prev && prev.to === t && prev.state === state && prev.on === on && prev.worker === worker) return
  l.spans.push({ state, from: t, to: t, ...(on ? { on } : {}), ...(worker !== undefined ? { worker } : {}) })
}
