// The page's side of the engine worker: starts it, numbers runs, drops stale
// replies, and keeps a watchdog. A worker that does not confirm a stop in
// time (stuck inside one slice, or dead after a trap) is terminated and a
// fresh one is started; the page's state (the edited code) is untouched.
import {
  FromWorker,
  parseMessage,
  type Chapter,
  type EngineBuild,
  type ProgramSource,
  type Report,
  type RunOptions,
  type ToWorker,
  type TraceEvent,
} from './protocol'

export interface EngineInfo {
  build: EngineBuild
  isolated: boolean
  threads: number
  fallback: string | null
  loadMs: number
  chapters: Chapter[]
}

export interface RunHandlers {
  started(): void
  /** New events; `truncated`: output went past the cap and the rest is not sent. */
  events(events: TraceEvent[], truncated: boolean): void
  finished(report: Report, wallMs: number): void
  /** The run did not start: `message` says why (a bad parameter, usually). */
  rejected(message: string): void
  /** The run ended without a report: stopped by force, or the engine failed. */
  aborted(reason: 'killed' | 'crashed', message: string): void
}

export interface EngineClientOptions {
  /** How long a stop may take before the worker is replaced, in ms. */
  stopTimeoutMs: number
  /** Tests only: never tell the worker to stop, as if it were stuck, so the watchdog must act. */
  withholdStop?: boolean
  onReady(info: EngineInfo): void
  onLoadFailed(message: string): void
  /** A fresh worker is being started (after a kill or a crash). */
  onRestart(): void
}

export class EngineClient {
  private worker!: Worker
  private nextRunId = 1
  private current: { runId: number; handlers: RunHandlers } | null = null
  private watchdog: ReturnType<typeof setTimeout> | null = null
  private ready = false

  constructor(private readonly opts: EngineClientOptions) {
    this.spawn()
  }

  get isReady() {
    return this.ready
  }

  get running() {
    return this.current !== null
  }

  private spawn() {
    this.ready = false
    performance.mark('pyconc:engine-spawn')
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'pyconc-engine' })
    this.worker.onmessage = (ev) => this.receive(ev.data)
    this.worker.onerror = (ev) => {
      ev.preventDefault()
      const message = ev.message || 'the engine worker failed to start'
      if (!this.ready) this.opts.onLoadFailed(message)
      else this.abort('crashed', message)
    }
  }

  private send(msg: ToWorker) {
    this.worker.postMessage(msg)
  }

  private receive(data: unknown) {
    const msg = parseMessage(FromWorker, data, 'engine worker')
    if (!msg) return
    switch (msg.type) {
      case 'ready':
        performance.mark('pyconc:engine-ready')
        this.ready = true
        this.opts.onReady(msg)
        return
      case 'load-failed':
        this.opts.onLoadFailed(msg.message)
        return
    }
    const c = this.current
    if (!c || c.runId !== msg.runId) return // a reply about an earlier run
    switch (msg.type) {
      case 'started':
        c.handlers.started()
        break
      case 'events':
        c.handlers.events(msg.events, msg.truncated)
        this.send({ type: 'ack', runId: msg.runId })
        break
      case 'rejected':
        this.settle()
        c.handlers.rejected(msg.message)
        break
      case 'finished':
        this.settle()
        c.handlers.finished(msg.report, msg.wallMs)
        break
      case 'crashed':
        this.abort('crashed', msg.message)
        break
    }
  }

  /** Starts a run of `programs` together; a run still in progress is abandoned first. */
  run(programs: ProgramSource[], options: RunOptions, handlers: RunHandlers) {
    // The worker drops the old run, report and all, when the new one arrives.
    if (this.current) this.settle()
    const runId = this.nextRunId++
    this.current = { runId, handlers }
    this.send({ type: 'run', runId, programs, options })
  }

  /** Asks the worker to stop the current run; replaces it if it does not answer in time. */
  stop() {
    const c = this.current
    if (!c) return
    if (!this.opts.withholdStop) this.send({ type: 'stop', runId: c.runId })
    if (this.watchdog === null) {
      this.watchdog = setTimeout(() => {
        this.watchdog = null
        if (this.current === c) this.abort('killed', `the engine did not stop within ${this.opts.stopTimeoutMs} ms`)
      }, this.opts.stopTimeoutMs)
    }
  }

  private settle() {
    this.current = null
    if (this.watchdog !== null) clearTimeout(this.watchdog)
    this.watchdog = null
  }

  /** Ends the current run without the worker's help and replaces the worker. */
  private abort(reason: 'killed' | 'crashed', message: string) {
    const c = this.current
    this.settle()
    this.worker.terminate()
    this.opts.onRestart()
    this.spawn()
    c?.handlers.aborted(reason, message)
  }
}
