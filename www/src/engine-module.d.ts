// The wasm module's interface (wasm-pack --target web output of crate/src/wasm),
// declared here so the page type-checks with either build, or the mock.
declare module 'pyconc-engine/threads' {
  import type { Chapter, ProgramSource, RunOptions, TraceEvent, Report } from './protocol'
  /** Loads and instantiates the wasm module. */
  export default function init(input?: unknown): Promise<unknown>
  /** Starts `n` wasm-bindgen-rayon workers sharing the module's memory; once only. */
  export function initThreadPool(n: number): Promise<void>
  export function lessons(): Chapter[]
  export class Run {
    /** Throws an Error naming the parameter when a parameter is out of range. */
    constructor(source: string, options: RunOptions)
    /** Several programs started together, each on its lesson's host for its file. */
    static withPrograms(programs: ProgramSource[], options: RunOptions): Run
    /** Runs up to `budget` bytecodes; true once the run is over. */
    step(budget: number): boolean
    stop(): void
    take_events(): TraceEvent[]
    report(): Report & { events: TraceEvent[] }
    /** The report with `events` left empty (the page streamed them). */
    summary(): Report & { events: TraceEvent[] }
    free(): void
  }
}

declare module 'pyconc-engine/nothreads' {
  export { default, lessons, Run } from 'pyconc-engine/threads'
}
