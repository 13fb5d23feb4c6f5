// The page's entry: starts the engine worker first, so that the wasm loads
// while the rest of the page (the editor above all) is still on its way.
import './style.css'
import { EngineClient } from './engine-client'

/**
 * Test overrides in the query string: ?stop-timeout=MS (the watchdog's
 * patience), ?withhold-stop (act as if the engine were stuck).
 */
const query = new URLSearchParams(location.search)

const page = import('./page')
const engine = new EngineClient({
  stopTimeoutMs: Number(query.get('stop-timeout')) || 500,
  withholdStop: query.has('withhold-stop'),
  // The page module may still be loading: its handlers run when it is there, in order.
  onReady: (info) => void page.then((p) => p.engineEvents.onReady(info)),
  onLoadFailed: (message) => void page.then((p) => p.engineEvents.onLoadFailed(message)),
  onRestart: () => void page.then((p) => p.engineEvents.onRestart()),
})
page.then((p) => p.mount(engine))
