// The code of the lesson on screen: one text per program (a lesson of
// several programs has one tab per host), the tab shown, and what differs
// from the lesson's own code. Each program's edits are kept in storage under
// its own key, so all of them survive reruns and reloads. No DOM here
// (lesson-code.spec.ts).
import type { Lesson, ProgramSource } from './protocol'

/** Where edits are kept: `storage.ts`'s `code`, or a map in tests. */
export interface CodeStore {
  load(key: string): string | null
  save(key: string, text: string | null): void
}

/**
 * The storage key of a program's edits: the lesson's id for a lesson of one
 * program (as edits were always kept), `<id>/<file>` for each of several.
 */
export function codeKey(lesson: Lesson, file: string): string {
  return lesson.programs.length === 1 ? lesson.id : `${lesson.id}/${file}`
}

export class LessonCode {
  private readonly texts: string[]
  /** The program whose tab is shown. */
  current = 0

  constructor(
    readonly lesson: Lesson,
    private readonly store: CodeStore,
  ) {
    this.texts = lesson.programs.map((p) => store.load(codeKey(lesson, p.file)) ?? p.source)
  }

  /** The text of the program shown. */
  get text(): string {
    return this.texts[this.current]
  }

  /** Shows program `i` (out of range: ignored). */
  select(i: number) {
    if (i >= 0 && i < this.texts.length) this.current = i
  }

  /** The learner changed the program shown; kept, or forgotten once it is the lesson's again. */
  edit(text: string) {
    this.texts[this.current] = text
    const p = this.lesson.programs[this.current]
    this.store.save(codeKey(this.lesson, p.file), text === p.source ? null : text)
  }

  /** Whether program `i` (default: the one shown) differs from the lesson's. */
  edited(i = this.current): boolean {
    return this.texts[i] !== this.lesson.programs[i].source
  }

  /** The program shown back to the lesson's own code. */
  reset() {
    this.edit(this.lesson.programs[this.current].source)
  }

  /** Every program as it now reads, for a run. */
  sources(): ProgramSource[] {
    return this.lesson.programs.map((p, i) => ({ file: p.file, source: this.texts[i] }))
  }
}
