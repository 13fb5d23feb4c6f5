// The run's status line: running, then how the run ended (exit status,
// steps, virtual time, a deadlock's cycle), shared by all of a run's programs.
import type { Report } from './protocol'

export type Ending =
  | { kind: 'report'; report: Report; wallMs: number }
  | { kind: 'rejected'; message: string }
  | { kind: 'killed'; message: string }
  | { kind: 'crashed'; message: string }

export class RunStatusView {
  constructor(private readonly status: HTMLElement) {}

  reset() {
    this.setStatus('idle', '')
  }

  running() {
    this.setStatus('running', '运行中… · running…')
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
    const programTime = `${((report.virtual_time_ns ?? 0) / 1e9).toFixed(3)} s`
    const facts = [
      `退出状态 exit ${report.exit_code}`,
      `${report.steps.toLocaleString('en')} 步 steps`,
      ...(report.machine === 'parallel'
        ? [`并行机器 parallel`, `程序时间 program time ${programTime}`]
        : [`虚拟时间 virtual ${programTime}`]),
      `用时 wall ${Math.round(wallMs)} ms`,
      ...(report.machine === 'parallel' ? [] : [`seed ${report.seed}`]),
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
