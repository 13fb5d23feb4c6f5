// Checks DESIGN.md's promise that the deterministic machine gives the same
// run natively and in wasm: every lesson, with its default parameters and a
// fixed seed, through the native CLI (`pyconc lesson ID --json`) and through
// the wasm module's Run (the build without threads, loaded in Node), must
// give the same trace digest, output and exit status.
// Usage: node scripts/same-trace.mjs [path/to/pyconc]  (after build-wasm.sh)
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { initSync, lessons, Run } from '../www/pkg-nothreads/pyconc.js'

const cli = process.argv[2] ?? 'target/debug/pyconc'
const seed = 1
initSync({ module: readFileSync(new URL('../www/pkg-nothreads/pyconc_bg.wasm', import.meta.url)) })

function native(id) {
  try {
    // A report carries every event: far more than execFileSync's 1 MB default.
    const options = { encoding: 'utf8', maxBuffer: 1 << 30 }
    return JSON.parse(execFileSync(cli, ['lesson', id, '--seed', String(seed), '--json'], options))
  } catch (e) {
    // A non-zero exit status (an uncaught exception, a deadlock) still printed the report.
    if (e.stdout) return JSON.parse(e.stdout)
    throw e
  }
}

function wasm(lesson) {
  // Every program of the lesson, as the page starts them.
  const programs = lesson.programs.map(({ file, source }) => ({ file, source }))
  const run = Run.withPrograms(programs, { lesson: lesson.id, seed })
  while (!run.step(100_000)) run.take_events()
  const report = run.report()
  run.free()
  return report
}

let passed = 0
let failed = 0
for (const lesson of lessons().flatMap((chapter) => chapter.lessons)) {
  const [n, w] = [native(lesson.id), wasm(lesson)]
  const differs = ['trace_digest', 'stdout', 'stderr', 'exit_code'].filter((k) => n[k] !== w[k])
  if (differs.length === 0) {
    passed++
    console.log(`ok    ${lesson.id} (${n.trace_digest}, exit ${n.exit_code})`)
  } else {
    failed++
    console.log(`FAIL  ${lesson.id}: ${differs.map((k) => `${k} native ${JSON.stringify(n[k])} wasm ${JSON.stringify(w[k])}`).join('; ')}`)
  }
}
console.log(`same-trace: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
