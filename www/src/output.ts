// The output console: what the program printed, stdout and stderr told apart,
// in the order it was printed, then how the run ended.
import type { PrintEvent, Report } from './protocol'

/** Past this many characters the console keeps only a note (the report has it all). */
const MAX_CHARS = 400_000

export type Ending =
  | { kind: 'report'; report: Report; wallMs: number }
  | { kind: 'rejected'; message: string }
  | { kind: 'killed'; message: string }
  | { kind: 'crashed'; message: string }

export class OutputView {
  private chars = 0
  private truncated = false
  private last: { stream: string; node: HTMLElement } | null = null

  constructor(
    private readonly text: HTMLElement,
    private readonly status: HTMLElement,
  ) {}

  reset(statusText = '') {
    this.text.replaceChildren()
    this.chars = 0
    this.truncated = false
    this.last = null
    this.setStatus('idle', statusText)
  }

  running() {
    this.setStatus('running', '运行中… · running…')
  }

  print(events: readonly PrintEvent[]) {
    for (const e of events) {
      if (this.truncated) return
      let text = e.text
      if (this.chars + text.length > MAX_CHARS) {
        text = text.slice(0, MAX_CHARS - this.chars)
        this.truncated = true
      }
      this.chars += text.length
      if (this.last?.stream === e.stream) {
        this.last.node.append(text)
      } else {
        const node = document.createElement('span')
        node.className = e.stream
        node.dataset.testid = e.stream
        node.textContent = text
        this.text.append(node)
        this.last = { stream: e.stream, node }
      }
      if (this.truncated) {
        const note = document.createElement('div')
        note.className = 'note'
        note.textContent = `\n… 输出过长，只显示前 ${MAX_CHARS} 个字符 · output truncated`
        this.text.append(note)
      }
    }
    this.text.scrollTop = this.text.scrollHeight
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
