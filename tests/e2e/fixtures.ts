// The browser every spec gets: Debian's Chromium in a fresh profile, and a
// page that fails its test on any uncaught error (in the page or a worker)
// or any message the page had to drop as malformed.
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Flags that keep Chromium off the (closed) network; see TOOLCHAIN.md. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const test = base.extend<{ context: BrowserContext; page: Page; pageErrors: string[] }>({
  // A persistent context needs a profile directory of its own (a
  // --user-data-dir in args is rejected); a fresh one per test.
  context: async ({ baseURL, serviceWorkers, viewport }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'pyconc-chromium-'))
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.PYCONC_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ARGS,
      baseURL,
      serviceWorkers,
      viewport: viewport ?? { width: 1440, height: 960 },
    })
    await use(context)
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  },
  pageErrors: async ({}, use) => {
    await use([])
  },
  page: async ({ context, pageErrors, serviceWorkers }, use) => {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => {
      // Playwright blocks service workers by making register() resolve to
      // undefined, which no browser does; coi-serviceworker then trips on it.
      if (serviceWorkers === 'block' && /coi-serviceworker\.js/.test(e.stack ?? '')) return
      pageErrors.push(`pageerror: ${e.message}`)
    })
    page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && pageErrors.push(`worker: ${m.text()}`)))
    page.on('console', (m) => {
      if (m.type() === 'error' || /dropped a malformed message/.test(m.text())) pageErrors.push(`console: ${m.text()}`)
    })
    await use(page)
    expect(pageErrors, 'errors in the page').toEqual([])
  },
})

export { expect }

/** Opens the page at a lesson and waits until the engine is ready to run it. */
export async function openLesson(page: Page, lesson: string, query = '') {
  await page.goto(`/${query}#lesson=${lesson}`)
  await expect(page.getByTestId('run-button')).toBeEnabled()
  await expect(page.locator(`[data-testid=lesson-link][data-lesson-id="${lesson}"]`)).toHaveAttribute('aria-current', 'page')
}

/** Replaces the whole program in the editor, as a learner would by typing. */
export async function replaceCode(page: Page, code: string) {
  const content = page.getByTestId('editor-content')
  await content.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Delete')
  // insertText: typing would let the editor auto-indent and auto-close brackets.
  await page.keyboard.insertText(code)
}

/** Waits until the run in progress is over and returns its outcome. */
export async function runOutcome(page: Page, timeout = 15_000): Promise<string> {
  const status = page.getByTestId('run-status')
  await expect(status).not.toHaveAttribute('data-outcome', /^(running|idle)$/, { timeout })
  return (await status.getAttribute('data-outcome'))!
}

/**
 * Clicks Stop from inside the page and measures, with the page's own clock,
 * how long until the run status says the run is over: Playwright's round
 * trips are not part of what the learner waits for.
 */
export async function stopAndTime(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const status = document.querySelector<HTMLElement>('[data-testid=run-status]')!
        const t0 = performance.now()
        new MutationObserver((_, observer) => {
          if (status.dataset.outcome !== 'running') {
            observer.disconnect()
            resolve(performance.now() - t0)
          }
        }).observe(status, { attributes: true, attributeFilter: ['data-outcome'] })
        document.querySelector<HTMLButtonElement>('[data-testid=stop-button]')!.click()
      }),
  )
}
