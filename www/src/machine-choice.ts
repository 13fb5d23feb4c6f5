// Which machine a run goes to. The deterministic machine runs everywhere;
// the parallel one needs the threaded engine (a cross-origin isolated page
// whose wasm thread pool started) and runs lessons of one program. When it
// cannot run, the page says why beside the selector rather than hiding it.
// No DOM here, so it is tested without a page (machine-choice.spec.ts).
import type { Bilingual, EngineBuild, Lesson } from './protocol'

export type MachineName = 'deterministic' | 'parallel'

/** What the loaded engine can do (the worker's `ready` message). */
export interface EngineSupport {
  build: EngineBuild
  isolated: boolean
  threads: number
  fallback: string | null
}

/** Why the parallel machine cannot run `lesson` on this page, or null when it can. */
export function parallelUnavailable(engine: EngineSupport, lesson: Pick<Lesson, 'programs'>): Bilingual | null {
  if (!engine.isolated) {
    return {
      zh: '页面没有跨源隔离（需要 COOP/COEP 头），多线程引擎无法启动',
      en: 'the page is not cross-origin isolated (it needs the COOP/COEP headers), so the threaded engine cannot start',
    }
  }
  if (engine.build !== 'threads' || engine.threads < 1) {
    const why = engine.fallback ? ` (${engine.fallback})` : ''
    return { zh: `多线程引擎无法启动${why}`, en: `the threaded engine failed to start${why}` }
  }
  if (lesson.programs.length > 1) {
    return { zh: '多个程序的课只在确定性机器上运行', en: 'lessons of several programs run on the deterministic machine only' }
  }
  return null
}

/**
 * The machine a lesson opens on: the learner's last choice for it when that
 * machine can run it, else the parallel machine for a lesson made for it
 * (its speed-up is the point), else the deterministic one.
 */
export function initialMachine(lesson: Pick<Lesson, 'machine'>, saved: string | null, parallelOk: boolean): MachineName {
  if (saved === 'deterministic') return 'deterministic'
  if (saved === 'parallel' && parallelOk) return 'parallel'
  return lesson.machine === 'parallel' && parallelOk ? 'parallel' : 'deterministic'
}

/** The time scales offered: real seconds per second of the program's time. */
export const TIME_SCALES = [1, 0.5, 0.2, 0.1] as const
