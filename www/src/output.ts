// The output console: what the program printed, stdout and stderr told apart,
// in the order it was printed, then how the run ended.
import { OUTPUT_CAP, type PrintEvent, type Report } from './protocol'


export type Ending =
  | { kind: 'report'; report: Report; wallMs: number }
  | { kind: 'rejected'; message: string }
  | { kind: 'killed'; message: string }
  | { kind: 'crashed'; message: string }

/**
 * Lines per block of the console. Text grows in blocks so that appending
 * re-lays out one block, not all the output so far: one long <pre> of
 * 400,000 characters cost the page hundreds of milliseconds a batch.
 */
const BLOCK_LINES = 200
/** Characters put into the page per task (see `drain`). */
const CHARS_PER_TASK = 8_000

export class OutputView {
  private chars = 0
  private truncated = false
  private noted = false
  /** The block being filled, and its last run of one stream. */
  private block: { node: HTMLElement; lines: number; endsLine: boolean } | null = null
  private last: { stream: string; node: HTMLElement } | null = null
  /** Text received but not yet in the page. */
  private queue: { stream: string; text: string }[] = []
  private draining = false

  constructor(
    private readonly text: HTMLElement,
    private readonly status: HTMLElement,
  ) {}

  reset(statusText = '') {
    this.text.replaceChildren()
    this.chars = 0
    this.truncated = false
    this.noted = false
    this.block = null
    this.last = null
    this.queue = []
    this.setStatus('idle', statusText)
  }

  running() {
    this.setStatus('running', '运行中… · running…')
  }

  /** Appends what the program printed; `truncated`: the worker cut the rest. */
  print(events: readonly PrintEvent[], truncated = false) {
    for (const e of events) {
      if (this.truncated) break
      let t = e.text
      if (this.chars + t.length > OUTPUT_CAP) {
        t = t.slice(0, OUTPUT_CAP - this.chars)
        this.truncated = true
      }
      this.chars += t.length
      this.queue.push({ stream: e.stream, text: t })
    }
    if (truncated) this.truncated = true
    if (!this.draining) {
      this.draining = true
      setTimeout(() => this.drain(), 0)
    }
  }

  /**
   * Puts queued text into the page, at most CHARS_PER_TASK characters a
   * task: laying out text costs the main thread, and a burst of output must
   * not keep it from answering the learner.
   */
  private drain() {
    let budget = CHARS_PER_TASK
    while (this.queue.length && budget > 0) {
      const head = this.queue[0]
      const piece = head.text.length <= budget ? head.text : head.text.slice(0, budget)
      this.append(head.stream, piece)
      budget -= piece.length
      if (piece.length === head.text.length) this.queue.shift()
      else head.text = head.text.slice(piece.length)
    }
    if (!this.queue.length && this.truncated && !this.noted) {
      this.noted = true
      const note = document.createElement('div')
      note.className = 'note'
      note.dataset.testid = 'output-truncated'
      note.textContent = `… 输出过长，只显示前 ${OUTPUT_CAP.toLocaleString('en')} 个字符 · output truncated`
      this.text.append(note)
    }
    this.text.scrollTop = this.text.scrollHeight
    if (this.queue.length) setTimeout(() => this.drain(), 0)
    else this.draining = false
  }

  /** Adds `text` of `stream`, starting a new block at a line's end once the block is full. */
  private append(stream: string, text: string) {
    while (text) {
      if (!this.block || (this.block.lines >= BLOCK_LINES && this.block.endsLine)) {
        const node = document.createElement('div')
        node.className = 'block'
        this.text.append(node)
        this.block = { node, lines: 0, endsLine: true }
        this.last = null
      }
      const b = this.block
      // At most the lines the block has room for (at least one, so a block ends at a line's end).
      let cut = -1
      for (let room = Math.max(1, BLOCK_LINES - b.lines); room > 0; room--) {
        cut = text.indexOf('\n', cut + 1)
        if (cut < 0) break
      }
      const piece = cut < 0 ? text : text.slice(0, cut + 1)
      text = text.slice(piece.length)
      if (this.last?.stream === stream) {
        this.last.node.append(piece)
      } else {
        const node = document.createElement('span')
        node.className = stream
        node.dataset.testid = stream
        node.textContent = piece
        b.node.append(node)
        this.last = { stream, node }
      }
      for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) b.lines++
      b.endsLine = piece.endsWith('\n')
    }
  }

  end(ending: Ending) {
    switch (ending.kind) {
      case 'rejected':
        return this.setStatus('rejected', `未运行：${ending.message} · not run`)
      case 'killed':
        return this.setStatus('stopped', `已停止（引擎无响应，已重启）· stopped: ${ending.message}; the engine was restarted`)
      case 'crashed':
        return this.setStatus('crashed', `引擎出错，已重启 · engine failure, restarted: ${ending.message}`)
    }
    const { report, wallMs } = ending
    const facts = [
      `退出状态 exit ${report.exit_code}`,
      `${report.steps.toLocaleString('en')} 步 steps`,
      `虚拟时间 virtual ${((report.virtual_time_ns ?? 0) / 1e9).toFixed(3)} s`,
      `用时 wall ${Math.round(wallMs)} ms`,
      `seed ${report.seed}`,
    ].join(' · ')
    const o = report.outcome
    switch (o.kind) {
      case 'deadlock': {
        const cycle = (report.deadlock ?? []).map((w) => `${w.name} 等待 waits for ${w.waits_for}`)
        return this.setStatus('deadlock', `死锁 · Deadlock: 所有线程都在等待，没有定时器 · every thread waits, no timer pending`, facts, cycle)
      }
      case 'budget':
        return this.setStatus('budget', `预算用尽 · Budget spent${o.which ? ` (${o.which})` : ''}：程序被截停 · the run was cut off`, facts)
      case 'stopped':
        return this.setStatus('stopped', '已停止 · Stopped', facts)
      default:
        return this.setStatus(report.exit_code === 0 ? 'exited' : 'failed', report.exit_code === 0 ? '完成 · Finished' : '出错退出 · Exited with an error', facts)
    }
  }

  private setStatus(outcome: string, headline: string, facts = '', details: string[] = []) {
    this.status.dataset.outcome = outcome
    this.status.replaceChildren()
    if (!headline) return
    const h = document.createElement('strong')
    h.textContent = headline
    this.status.append(h)
    if (facts) {
      const f = document.createElement('span')
      f.className = 'facts'
      f.textContent = facts
      this.status.append(f)
    }
    if (details.length) {
      const ul = document.createElement('ul')
      for (const d of details) {
        const li = document.createElement('li')
        li.textContent = d
        ul.append(li)
      }
      this.status.append(ul)
    }
  }
}
