// The engine's home: a dedicated module Worker. It loads the wasm module
// (the threaded build when the page is cross-origin isolated, the no-threads
// build otherwise), starts the wasm thread pool once, and runs one Run at a
// time in slices, yielding to its event loop between slices so a stop
// message is heard. The page's main thread never runs the engine.
import type { z } from 'zod/mini'
import { EventStream } from './event-stream'
import { FromWorker, OUTPUT_CAP, ToWorker, parseMessage, type EngineBuild, type ProgramSource, type RunOptions } from './protocol'

type Out = z.input<typeof FromWorker>

/** The part of the wasm module this worker uses (see www/src/engine-module.d.ts). */
type Engine = typeof import('pyconc-engine/threads')
type EngineRun = InstanceType<Engine['Run']>

/** Bytecodes per `step` call. */
const STEP_BUDGET = 50_000
/** How long one slice may run before the worker yields, in ms. */
const SLICE_MS = 12

const started = performance.now()

function post(msg: Out) {
  postMessage(msg)
}

interface Loaded {
  engine: Engine
  build: EngineBuild
  threads: number
  /** Why the threaded build could not be used although the page is isolated. */
  fallback: string | null
}

async function loadThreads(): Promise<Loaded> {
  const engine = await import('pyconc-engine/threads')
  await engine.default()
  // Once per module instance: a second initThreadPool fails.
  const threads = Math.max(1, navigator.hardwareConcurrency || 1)
  await engine.initThreadPool(threads)
  return { engine, build: 'threads', threads, fallback: null }
}

async function loadNoThreads(fallback: string | null): Promise<Loaded> {
  const engine = (await import('pyconc-engine/nothreads')) as unknown as Engine
  await engine.default()
  return { engine, build: 'nothreads', threads: 0, fallback }
}

/**
 * The threaded build where the page is isolated. Should it fail even so (its
 * shared memory is reserved up front, which a small device may refuse), the
 * deterministic machine still runs every lesson from the other build.
 */
async function load(): Promise<Loaded> {
  if (!self.crossOriginIsolated) return loadNoThreads(null)
  try {
    return await loadThreads()
  } catch (e) {
    return loadNoThreads(errorText(e))
  }
}

/** Batches the page may have unanswered before the worker holds events back. */
const MAX_IN_FLIGHT = 2
/**
 * Events per batch at most: the page parses and draws a batch in one task,
 * and a fork-heavy run sends thousands of events within one slice.
 */
const MAX_BATCH = 500

/** The run in progress, if any. */
interface Current {
  runId: number
  run: EngineRun
  t0: number
  stream: EventStream
  /** `events` messages the page has not acknowledged yet. */
  inFlight: number
}
let current: Current | null = null

/** Yields to the event loop without setTimeout's 4 ms clamp. */
const tick = new MessageChannel()
let nextSlice: (() => void) | null = null
tick.port1.onmessage = () => {
  const f = nextSlice
  nextSlice = null
  f?.()
}
function schedule(f: () => void) {
  nextSlice = f
  tick.port2.postMessage(null)
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/**
 * Sends what the stream holds, as far as the page keeps up with earlier
 * batches; `force` (the run is over) sends all of it, batch after batch.
 */
function flush(c: Current, force = false) {
  c.stream.push(c.run.take_events())
  while (c.stream.size && (force || c.inFlight < MAX_IN_FLIGHT)) send(c)
}

function send(c: Current) {
  c.inFlight++
  const events = c.stream.take(MAX_BATCH)
  // The page stops printing once told of the cut: tell it with the batch that carries the last kept output.
  const truncated = c.stream.truncated && c.stream.size === 0
  post({ type: 'events', runId: c.runId, events, truncated })
}

/** The report without what the page already has: the events, and output past the cap. */
function summary(c: Current) {
  const { events: _none, stdout, stderr, ...report } = c.run.summary()
  return { ...report, stdout: stdout.slice(0, OUTPUT_CAP), stderr: stderr.slice(0, OUTPUT_CAP) }
}

function finish(c: Current) {
  flush(c, true)
  post({ type: 'finished', runId: c.runId, report: summary(c), wallMs: performance.now() - c.t0 })
  c.run.free()
  if (current === c) current = null
}

function crash(c: Current, e: unknown) {
  post({ type: 'crashed', runId: c.runId, message: errorText(e) })
  current = null
  // A trap leaves the module in an unknown state: the page replaces this worker.
}

function slice(c: Current) {
  if (current !== c) return
  try {
    const t0 = performance.now()
    let done = false
    while (!done && performance.now() - t0 < SLICE_MS) done = c.run.step(STEP_BUDGET)
    if (done) return finish(c)
    flush(c)
  } catch (e) {
    return crash(c, e)
  }
  schedule(() => slice(c))
}

function startRun(engine: Engine, runId: number, programs: ProgramSource[], options: RunOptions) {
  if (current) {
    current.run.free()
    current = null
  }
  let run: EngineRun
  try {
    run = engine.Run.withPrograms(programs, options)
  } catch (e) {
    post({ type: 'rejected', runId, message: errorText(e) })
    return
  }
  current = { runId, run, t0: performance.now(), stream: new EventStream(), inFlight: 0 }
  post({ type: 'started', runId })
  slice(current)
}

function stopRun(runId: number) {
  const c = current
  if (!c || c.runId !== runId) return
  try {
    c.run.stop()
    finish(c)
  } catch (e) {
    crash(c, e)
  }
}

function acknowledge(runId: number) {
  const c = current
  if (!c || c.runId !== runId) return
  c.inFlight = Math.max(0, c.inFlight - 1)
  // Held events go out now rather than at the next slice.
  if (c.stream.size) send(c)
}

// Messages that arrive while the engine loads wait for it.
const loaded = load()
self.onmessage = async (ev: MessageEvent) => {
  const msg = parseMessage(ToWorker, ev.data, 'page')
  if (!msg) return
  let engine: Engine
  try {
    ;({ engine } = await loaded)
  } catch {
    return // already reported as load-failed
  }
  if (msg.type === 'run') startRun(engine, msg.runId, msg.programs, msg.options)
  else if (msg.type === 'stop') stopRun(msg.runId)
  else acknowledge(msg.runId)
}

loaded
  .then(({ engine, build, threads, fallback }) => {
    const chapters = engine.lessons()
    post({ type: 'ready', build, isolated: self.crossOriginIsolated, threads, fallback, loadMs: performance.now() - started, chapters })
  })
  .catch((e) => post({ type: 'load-failed', message: errorText(e) }))
