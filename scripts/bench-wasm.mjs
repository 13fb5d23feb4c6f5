// Times programs in pyconc's wasm build without threads, in Node: for each
// file, the best of three runs, in CPU seconds (process.cpuUsage), from the
// program's start to its end (loading the module is not counted).
// Usage: node scripts/bench-wasm.mjs PKG_DIR FILE.py...   (scripts/bench.sh)
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [pkg, ...files] = process.argv.slice(2)
const mod = await import(pathToFileURL(resolve(pkg, 'pyconc.js')).href)
mod.initSync({ module: readFileSync(resolve(pkg, 'pyconc_bg.wasm')) })

for (const file of files) {
  const program = readFileSync(file, 'utf8')
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage()
    const run = new mod.Run(program, { seed: 0 })
    while (!run.step(10_000_000)) run.take_events()
    const used = process.cpuUsage(start)
    const report = run.summary()
    run.free()
    if (report.exit_code !== 0) throw new Error(`${file} exited with ${report.exit_code}: ${report.stderr}`)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  console.log(`${basename(file)} ${best.toFixed(3)}`)
}
