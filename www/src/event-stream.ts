// What the engine worker sends the page, shaped so the page keeps up with
// any program: consecutive writes of one thread to one stream become one
// print event, output past OUTPUT_CAP characters is not sent at all (the
// console would not show it), batches are bounded, and events wait in the
// worker while the page is still drawing earlier batches.
import { OUTPUT_CAP, type PrintEvent, type TraceEvent } from './protocol'

type Print = PrintEvent

function isPrint(e: TraceEvent): e is Print {
  return e.kind === 'print'
}

export class EventStream {
  private pending: TraceEvent[] = []
  /** Index in `pending` of the latest print (-1: none in this batch). */
  private lastPrint = -1
  private sentChars = 0
  /** Whether output was cut at OUTPUT_CAP. */
  truncated = false

  constructor(private readonly cap = OUTPUT_CAP) {}

  /** Takes new events from the engine, in order. */
  push(events: readonly TraceEvent[]) {
    for (const e of events) {
      if (!isPrint(e)) {
        this.pending.push(e)
        continue
      }
      if (this.truncated) continue
      let text = e.text
      if (this.sentChars + text.length > this.cap) {
        text = text.slice(0, this.cap - this.sentChars)
        this.truncated = true
      }
      this.sentChars += text.length
      const last = this.lastPrint >= 0 ? (this.pending[this.lastPrint] as Print) : null
      // Only the latest print may grow: the order of writes between threads is kept.
      if (last && last.pid === e.pid && last.tid === e.tid && last.stream === e.stream) {
        last.text += text
      } else {
        this.lastPrint = this.pending.push({ ...e, text }) - 1
      }
    }
  }

  get size(): number {
    return this.pending.length
  }

  /**
   * The events to send now, at most `max` of them (the page parses and draws
   * a batch in one task, so a batch of any size could hold its main thread);
   * the rest stay for the next batch.
   */
  take(max = Infinity): TraceEvent[] {
    if (this.pending.length <= max) {
      const out = this.pending
      this.pending = []
      this.lastPrint = -1
      return out
    }
    const out = this.pending.splice(0, max)
    // A print that stays may still grow; one that goes may not.
    this.lastPrint = this.lastPrint >= max ? this.lastPrint - max : -1
    return out
  }
}
