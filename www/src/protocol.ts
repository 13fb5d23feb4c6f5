// Every message between the page and the engine worker, declared once: the
// zod schema is the type. Both sides parse what they receive and drop (and
// log) what does not parse, so a malformed message can never half-update the
// page. Every message about a run carries its runId; replies about any other
// run than the current one are stale and dropped by the page.
// zod/mini: the same schemas at a tenth of the size, for a page that must load fast.
import { z } from 'zod/mini'

// ---- The engine's data (the wasm module's contract) ------------------------

/** Text in both of the course's languages. */
export const Bilingual = z.object({ zh: z.string(), en: z.string() })
export type Bilingual = z.infer<typeof Bilingual>

/** serde-wasm-bindgen may hand over u64 as BigInt; the page thinks in numbers. */
const u64 = z.pipe(z.union([z.number(), z.bigint()]), z.transform((v) => Number(v)))

export const ParamType = z.enum(['int', 'float', 'bool', 'str', 'literal'])
export type ParamType = z.infer<typeof ParamType>

/** One parameter of a lesson: a module-level constant the runner replaces. */
export const ParamSpec = z.object({
  name: z.string(),
  type: ParamType,
  default: z.unknown(),
  min: z.nullish(z.number()),
  max: z.nullish(z.number()),
  choices: z.nullish(z.array(z.string())),
  label: Bilingual,
})
export type ParamSpec = z.infer<typeof ParamSpec>

/** A program of a lesson: its file, the host it runs on (none: the first), its source. */
export const LessonProgram = z.object({ file: z.string(), host: z.nullish(z.string()), source: z.string() })
export type LessonProgram = z.infer<typeof LessonProgram>

/** A lesson, as the engine's `lessons()` gives it. */
export const Lesson = z.object({
  id: z.string(),
  chapter: z.string(),
  title: Bilingual,
  source: z.string(),
  machine: z.string(),
  observe: Bilingual,
  check: z.string(),
  params: z._default(z.array(ParamSpec), []),
  /** One program, or several started together, each on its own host. */
  programs: z.array(LessonProgram).check(z.minLength(1)),
  fixtures: z.unknown(),
})
export type Lesson = z.infer<typeof Lesson>

export const Chapter = z.object({ folder: z.string(), title: Bilingual, lessons: z.array(Lesson) })
export type Chapter = z.infer<typeof Chapter>

export const ParamValue = z.union([z.number(), z.boolean(), z.string()])
export type ParamValue = z.infer<typeof ParamValue>

/** A program to run: its file name and its (possibly edited) source. */
export const ProgramSource = z.object({ file: z.string(), source: z.string() })
export type ProgramSource = z.infer<typeof ProgramSource>

/** The options of `Run.withPrograms(programs, options)`. */
export const RunOptions = z.object({
  seed: z.optional(z.int().check(z.nonnegative())),
  params: z.optional(z.record(z.string(), ParamValue)),
  lesson: z.optional(z.string()),
  switch: z.optional(z.enum(['cpython', 'any-bytecode'])),
  max_steps: z.optional(z.int().check(z.positive())),
  /** Which machine runs it (default deterministic); parallel needs the threaded build. */
  machine: z.optional(z.enum(['deterministic', 'parallel'])),
  /** Parallel machine: how many of the pool's workers. */
  workers: z.optional(z.int().check(z.positive())),
  /** Parallel machine: real seconds per second of the program's time. */
  time_scale: z.optional(z.number().check(z.positive())),
})
export type RunOptions = z.infer<typeof RunOptions>

/** What a thread is doing; `zombie` belongs to processes that have exited unreaped. */
export const ThreadState = z.enum(['ready', 'running', 'blocked', 'sleeping', 'zombie', 'exited'])
export type ThreadState = z.infer<typeof ThreadState>

const at = { t: u64, pid: z.number(), tid: z.number() }

export const SpawnEvent = z.object({ ...at, kind: z.literal('spawn'), name: z.string(), parent_tid: z.nullish(z.number()) })
export const StateEvent = z.object({ ...at, kind: z.literal('state'), state: ThreadState, on: z.nullish(z.string()) })
export const PrintEvent = z.object({ ...at, kind: z.literal('print'), stream: z.enum(['stdout', 'stderr']), text: z.string() })
export const ExitEvent = z.object({ ...at, kind: z.literal('exit'), code: z.number() })
/** Emitted in the parent: `pid` forked `child`. */
export const ForkEvent = z.object({ ...at, kind: z.literal('fork'), child: z.number() })
/** The zombie `pid` was reaped by `by` (1: init). */
export const ReapEvent = z.object({ ...at, kind: z.literal('reap'), by: z.number() })
/** The orphan `pid` was adopted by `to` (1: init). */
export const ReparentEvent = z.object({ ...at, kind: z.literal('reparent'), to: z.number() })
/** `pid` sent `signal` to `to`. */
export const SignalEvent = z.object({ ...at, kind: z.literal('signal'), to: z.number(), signal: z.number() })
/** A program of the run started: `pid` is its main process, on `host`. */
export const ProgramEvent = z.object({ ...at, kind: z.literal('program'), file: z.string(), host: z.string() })
/** Parallel machine: the thread that just took its process's GIL runs on `worker` (from 0). */
export const WorkerEvent = z.object({ ...at, kind: z.literal('worker'), worker: z.number() })
/** Kinds this page does not draw yet (lock, queue, ...) pass through untouched. */
export const OtherEvent = z.looseObject({ ...at, kind: z.string() })

export const TraceEvent = z.union([
  z.discriminatedUnion('kind', [SpawnEvent, StateEvent, PrintEvent, ExitEvent, ForkEvent, ReapEvent, ReparentEvent, SignalEvent, ProgramEvent, WorkerEvent]),
  OtherEvent,
])
export type SpawnEvent = z.infer<typeof SpawnEvent>
export type StateEvent = z.infer<typeof StateEvent>
export type PrintEvent = z.infer<typeof PrintEvent>
export type ExitEvent = z.infer<typeof ExitEvent>
export type ForkEvent = z.infer<typeof ForkEvent>
export type ReapEvent = z.infer<typeof ReapEvent>
export type ReparentEvent = z.infer<typeof ReparentEvent>
export type SignalEvent = z.infer<typeof SignalEvent>
export type ProgramEvent = z.infer<typeof ProgramEvent>
export type WorkerEvent = z.infer<typeof WorkerEvent>
export type TraceEvent = z.infer<typeof TraceEvent>

export const Outcome = z.looseObject({
  kind: z.enum(['running', 'exited', 'deadlock', 'budget', 'stopped']),
  which: z.nullish(z.string()),
})
export type Outcome = z.infer<typeof Outcome>

/** A process as the run's summary lists it (ppid as at the end). */
export const ProcessSummary = z.looseObject({
  pid: z.number(),
  ppid: z.number(),
  /** The host it runs on. */
  host: z.nullish(z.string()),
  name: z.string(),
  exit_code: z.nullish(z.number()),
  zombie_at: z.nullish(u64),
  reaped_at: z.nullish(u64),
})
export type ProcessSummary = z.infer<typeof ProcessSummary>

export const Waiter = z.looseObject({ pid: z.number(), tid: z.number(), name: z.string(), waits_for: z.string() })

/** `run.report()` without `events`: the page already has them, streamed. */
export const Report = z.looseObject({
  stdout: z.string(),
  stderr: z.string(),
  exit_code: z.number(),
  outcome: Outcome,
  seed: u64,
  machine: z.string(),
  steps: u64,
  /** The program's time at the end: virtual, or on the parallel machine scaled wall-clock time. */
  virtual_time_ns: z.nullish(u64),
  /** Parallel machine: the real time the run took. */
  wall_time_ns: z.nullish(u64),
  deadlock: z.nullish(z.array(Waiter)),
  processes: z.nullish(z.array(ProcessSummary)),
  trace_digest: z.string(),
})
export type Report = z.infer<typeof Report>

/** The most output characters a run sends the page; the rest is cut with a note. */
export const OUTPUT_CAP = 400_000

// ---- Messages ----------------------------------------------------------------

const runId = z.int().check(z.nonnegative())

/** page → worker: start a run of these programs together (any run in progress is dropped). */
export const RunRequest = z.object({
  type: z.literal('run'),
  runId,
  programs: z.array(ProgramSource).check(z.minLength(1)),
  options: RunOptions,
})
/** page → worker: stop this run now. */
export const StopRequest = z.object({ type: z.literal('stop'), runId })
/** page → worker: one `events` batch is drawn; send more (flow control). */
export const Ack = z.object({ type: z.literal('ack'), runId })

export const ToWorker = z.discriminatedUnion('type', [RunRequest, StopRequest, Ack])
export type ToWorker = z.infer<typeof ToWorker>

/** Which engine build the worker loaded. */
export const EngineBuild = z.enum(['threads', 'nothreads'])
export type EngineBuild = z.infer<typeof EngineBuild>

/** worker → page: the engine is loaded; here is the course. */
export const Ready = z.object({
  type: z.literal('ready'),
  build: EngineBuild,
  isolated: z.boolean(),
  /** Workers in the wasm thread pool (0 for the no-threads build). */
  threads: z.int().check(z.nonnegative()),
  /** Why an isolated page still runs the no-threads build (the threaded one failed to start). */
  fallback: z.nullable(z.string()),
  /** Milliseconds from the worker's start to the engine being usable. */
  loadMs: z.number(),
  chapters: z.array(Chapter),
})
/** worker → page: the engine could not be loaded. */
export const LoadFailed = z.object({ type: z.literal('load-failed'), message: z.string() })
/** worker → page: the run was accepted and has begun. */
export const Started = z.object({ type: z.literal('started'), runId })
/** worker → page: the run was refused before it began (a bad parameter). */
export const Rejected = z.object({ type: z.literal('rejected'), runId, message: z.string() })
/**
 * worker → page: new trace events of the run, in order (consecutive prints of
 * a thread merged). The page answers each with an `ack`; the worker keeps at
 * most two batches unanswered and holds the rest.
 */
export const Events = z.object({
  type: z.literal('events'),
  runId,
  events: z.array(TraceEvent),
  /** Output went past OUTPUT_CAP: the rest of it is not sent. */
  truncated: z.boolean(),
})
/** worker → page: the run is over; `report.outcome` says how. */
export const Finished = z.object({ type: z.literal('finished'), runId, report: Report, wallMs: z.number() })
/** worker → page: the engine failed inside a run (a trap); the worker is unusable. */
export const Crashed = z.object({ type: z.literal('crashed'), runId, message: z.string() })

export const FromWorker = z.discriminatedUnion('type', [Ready, LoadFailed, Started, Rejected, Events, Finished, Crashed])
export type FromWorker = z.infer<typeof FromWorker>

/**
 * Parses a message with `schema`; logs and returns null when it does not fit.
 * (rust-playground's websocketMiddleware does the same with its inbound union.)
 */
export function parseMessage<T>(schema: z.ZodMiniType<T, unknown>, data: unknown, from: string): T | null {
  const r = schema.safeParse(data)
  if (r.success) return r.data
  console.warn(`pyconc: dropped a malformed message from the ${from}`, z.prettifyError(r.error), data)
  return null
}
