// What the learner changed, kept in localStorage per lesson: the edited code
// (of each program) and the parameter values. A storage that refuses (private mode, quota) only
// means edits do not survive a reload; the page goes on.
const PREFIX = 'pyconc:'

function get(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key)
  } catch {
    return null
  }
}

function set(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key)
    else localStorage.setItem(PREFIX + key, value)
  } catch {
    // Not kept; nothing else to do.
  }
}

/** An edited program, by its key (lesson-code.ts `codeKey`), or null when it is the lesson's own. */
export const code = {
  load: (key: string) => get(`code:${key}`),
  save: (key: string, text: string | null) => set(`code:${key}`, text),
}

/** The raw form values of a lesson's parameters. */
export const params = {
  load(lesson: string): Record<string, string | boolean> {
    try {
      const v = JSON.parse(get(`params:${lesson}`) ?? '{}')
      return v && typeof v === 'object' ? v : {}
    } catch {
      return {}
    }
  },
  save: (lesson: string, values: Record<string, string | boolean> | null) =>
    set(`params:${lesson}`, values === null ? null : JSON.stringify(values)),
}

/** Page-wide settings: the last lesson, the seed, the switch rule. */
export const settings = {
  get: (name: string) => get(`setting:${name}`),
  set: (name: string, value: string | null) => set(`setting:${name}`, value),
}
