// Which program of a run each process belongs to, from trace events alone:
// a `program` event names a program's main process and its host, and a
// fork's child belongs to its parent's program. A run of several programs
// (a server on one host, a worker on another) shows each program's output
// in its own tab, and labels each process's lanes with its host.
import type { TraceEvent } from './protocol'

export interface RunProgram {
  file: string
  host: string
  /** Its main process. */
  pid: number
}

export class ProgramMap {
  /** The programs, in the order they started (the order the run was given them). */
  readonly programs: RunProgram[] = []
  private readonly index = new Map<number, number>()

  add(events: readonly TraceEvent[]) {
    for (const e of events) {
      if (e.kind === 'program') {
        const { file, host } = e as unknown as { file: string; host: string }
        this.index.set(e.pid, this.programs.length)
        this.programs.push({ file, host, pid: e.pid })
      } else if (e.kind === 'fork') {
        const parent = this.index.get(e.pid)
        if (parent !== undefined) this.index.set((e as unknown as { child: number }).child, parent)
      }
    }
  }

  /** The index of `pid`'s program; the first program's for a pid none names (the machine's own reports). */
  programOf(pid: number): number {
    return this.index.get(pid) ?? 0
  }

  /** The host `pid` runs on, when a program event said. */
  hostOf(pid: number): string | undefined {
    const i = this.index.get(pid)
    return i === undefined ? undefined : this.programs[i].host
  }
}
