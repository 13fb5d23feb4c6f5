// The output console: what a program printed, stdout and stderr told apart,
// in the order it was printed. A run of several programs has one console
// per program; how the run ended is run-status.ts's.
import { OUTPUT_CAP, type PrintEvent } from './protocol'

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

  constructor(readonly text: HTMLElement) {}

  reset() {
    this.text.replaceChildren()
    this.chars = 0
    this.truncated = false
    this.noted = false
    this.block = null
    this.last = null
    this.queue = []
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
}
