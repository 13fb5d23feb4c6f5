// The timeline's data, built from trace events alone: one lane per thread,
// and for each lane the spans of time it spent in each state. No DOM here, so
// it is tested without a page (timeline-model.spec.ts).
import type { ThreadState, TraceEvent } from './protocol'

export interface Span {
  state: ThreadState
  /** Virtual ns. */
  from: number
  /** Virtual ns; for the span still open, the latest time seen. */
  to: number
  /** What a blocked or sleeping thread waits for. */
  on?: string
}

export interface Lane {
  pid: number
  tid: number
  /** The spawn event's name ("MainThread", "Thread-1 (sing)"). */
  name: string
  spans: Span[]
  /** Whether the thread has exited. */
  ended: boolean
}

export class TimelineModel {
  private lanes = new Map<string, Lane>()
  /** The latest time any event carried. */
  end = 0

  private lane(pid: number, tid: number): Lane {
    const key = `${pid}:${tid}`
    let l = this.lanes.get(key)
    if (!l) {
      l = { pid, tid, name: `thread ${tid}`, spans: [], ended: false }
      this.lanes.set(key, l)
    }
    return l
  }

  add(events: readonly TraceEvent[]) {
    for (const e of events) {
      if (e.t > this.end) this.end = e.t
      if (e.kind === 'spawn') {
        this.lane(e.pid, e.tid).name = (e as { name: string }).name
      } else if (e.kind === 'state') {
        const { state, on } = e as { state: ThreadState; on?: string | null }
        const l = this.lane(e.pid, e.tid)
        const last = l.spans.at(-1)
        if (last) last.to = e.t
        if (state === 'exited') {
          l.ended = true
          continue
        }
        // A zero-length span says nothing: the state that follows at once replaces it.
        if (last && last.from === e.t) l.spans.pop()
        const prev = l.spans.at(-1)
        if (prev && prev.to === e.t && prev.state === state && prev.on === (on ?? undefined)) continue
        l.spans.push({ state, from: e.t, to: e.t, ...(on ? { on } : {}) })
      } else if (e.kind === 'exit') {
        // A process exit ends all of its threads' lanes.
        for (const l of this.lanes.values()) if (l.pid === e.pid) l.ended = true
      }
    }
    this.extendOpen(this.end)
  }

  /** Runs every open span up to `t` (the run's final virtual time, at the end). */
  extendOpen(t: number) {
    if (t > this.end) this.end = t
    for (const l of this.lanes.values()) {
      const last = l.spans.at(-1)
      if (last && !l.ended && last.to < t) last.to = t
    }
  }

  /** Lanes in the order their threads were first seen. */
  get allLanes(): Lane[] {
    return [...this.lanes.values()]
  }
}
