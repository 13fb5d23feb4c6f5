// Times bench/parallel/ programs on the parallel machine in the served page,
// in headless Chromium, as a learner runs them: each program typed into the
// editor of a lesson without parameters, the parallel machine chosen with
// WORKERS workers, Run clicked, the program's own measure read from the
// last line of its output. Each cell is the best of three runs (the lowest
// time, the highest rate). Prints one JSON object: {"FILE[:A=B]": value}.
//
// Usage: node scripts/bench-parallel-browser.mjs URL FILE[:NAME=VALUE]...
// (scripts/bench-parallel.sh serves www/dist and passes the URL)
import { chromium } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [url, ...cells] = process.argv.slice(2)
const LESSON = 'process-start'
const WORKERS = 2

const profile = mkdtempSync(join(tmpdir(), 'pyconc-bench-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.PYCONC_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
const page = context.pages()[0] ?? (await context.newPage())
await page.goto(`${url}/#lesson=${LESSON}`)
await page.getByTestId('run-button').waitFor({ state: 'visible' })
await page.waitForFunction(() => !document.querySelector('[data-testid=run-button]').disabled)
if (!(await page.evaluate(() => self.crossOriginIsolated))) throw new Error(`${url} is not cross-origin isolated`)
await page.getByTestId('run-machine').selectOption('parallel')
await page.locator('details.settings summary').click()
await page.getByTestId('run-workers').fill(String(WORKERS))

/** The program's source with `NAME = VALUE` lines set as the cell asks. */
function source(cell) {
  const [file, ...sets] = cell.split(':')
  let text = readFileSync(file, 'utf8')
  for (const set of sets) {
    const [name, value] = set.split('=')
    text = text.replace(new RegExp(`^${name} = .*$`, 'm'), `${name} = ${value}`)
  }
  return text
}

/** Runs the editor's program once; returns the last line of its output. */
async function runOnce() {
  await page.getByTestId('run-button').click()
  const status = page.getByTestId('run-status')
  await page.waitForFunction(() => document.querySelector('[data-testid=run-status]').dataset.outcome === 'running')
  await page.waitForFunction(
    () => !['running', 'idle'].includes(document.querySelector('[data-testid=run-status]').dataset.outcome),
    null,
    { timeout: 300_000 },
  )
  const outcome = await status.getAttribute('data-outcome')
  const out = (await page.getByTestId('output').textContent()).trim()
  if (outcome !== 'exited') throw new Error(`run ended ${outcome}: ${out}`)
  return Number(out.split("\n").at(-1))
}

const results = {}
for (const cell of cells) {
  await page.getByTestId('editor-content').click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(source(cell))
  const values = []
  for (let i = 0; i < 3; i++) values.push(await runOnce())
  // Seconds are best low, rates best high: the bench programs print one or the other.
  results[cell] = /cpu_|fork_time/.test(cell) ? Math.min(...values) : Math.max(...values)
}
console.log(JSON.stringify(results))
await context.close()
rmSync(profile, { recursive: true, force: true })
