// Virtual time as the page writes it: axis ticks and times in tooltips, for
// the timeline and the process tree alike.

const UNITS = [
  { ns: 1e9, name: 's' },
  { ns: 1e6, name: 'ms' },
  { ns: 1e3, name: 'µs' },
  { ns: 1, name: 'ns' },
]

/**
 * Virtual time for people: seconds, as the course speaks of time; when the
 * tick step is under a millisecond, the largest unit that keeps it whole
 * (a run of 80 bytecodes lasts microseconds). Trailing zeros say nothing.
 */
export function formatSeconds(ns: number, stepNs = ns): string {
  const unit = stepNs >= 1e6 ? UNITS[0] : UNITS.find((u) => stepNs >= u.ns / 10) ?? UNITS[3]
  const v = ns / unit.ns
  const decimals = Math.max(0, Math.min(9, -Math.floor(Math.log10(stepNs / unit.ns) + 1e-9)))
  const text = v.toFixed(decimals)
  return `${decimals ? text.replace(/\.?0+$/, '') : text} ${unit.name}`
}

/** A moment on its own (not on an axis), to three significant digits: 3 s, 25.5 µs, 0 s. */
export function formatMoment(ns: number): string {
  if (ns <= 0) return '0 s'
  return formatSeconds(ns, 10 ** Math.floor(Math.log10(ns)) / 100)
}

/** A tick step of 1, 2 or 5 × 10^k ns giving at most `max` ticks. */
export function tickStep(endNs: number, max: number): number {
  const raw = Math.max(endNs, 1) / Math.max(1, max)
  const p = 10 ** Math.floor(Math.log10(raw))
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p
  return 10 * p
}
