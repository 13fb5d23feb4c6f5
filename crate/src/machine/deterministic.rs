//! The deterministic machine: every thread on one host thread, a virtual
//! clock (each instruction costs `STEP_NS`; sleeping costs nothing), and the
//! GIL rule of CPython 3.11: the running thread keeps the CPU until it
//! blocks, or until the switch interval has passed and it reaches an
//! eval-breaker point while another thread is ready.

use super::lifecycle::{self, Exits};
use super::scheduler::Seeded;
use super::{Outcome, ProcessInfo, Program, ProgramReport, Report, RunConfig, SwitchRule, Waiter};
use crate::lang::value::Value;
use crate::os::{Kernel, KernelSys, Net, Termination, ThreadStatus, INIT_PID};
use crate::trace::{self, Event, EventKind, Nanos, Stream};
use crate::vm::{self, Interp, StepResult, Wait, WaitOn};
use std::rc::Rc;

/// Virtual nanoseconds one instruction costs: CPython 3.11 runs simple
/// bytecode at roughly 100 million instructions a second.
pub const STEP_NS: Nanos = 10;

/// What `time.time()` reads when a run starts: the moment the course's
/// sing-and-dance output was printed (Tue Aug 22 12:12:07 2023 UTC), fixed
/// so that runs are reproducible.
pub const EPOCH: f64 = 1_692_706_327.0;

/// The most instructions one thread runs before the machine looks at its
/// budgets again.
const MAX_SLICE: u64 = 10_000;

/// Instructions between forced switches under `--switch any-bytecode`: the
/// check interval of the Pythons the seeds were written with (100 ticks).
const ANY_BYTECODE_SLICE: u64 = 100;

/// The pid of the first program's main process (pid 1 is init); further
/// programs of the run take the pids after it.
pub const MAIN_PID: u32 = 100;

/// A run of one program, or of several started together, on the
/// deterministic machine, advanced in slices so that its host (the page's
/// worker, the CLI) stays responsive and can stop it.
pub struct Run {
    config: RunConfig,
    kernel: Kernel,
    scheduler: Seeded,
    outcome: Outcome,
    exit_code: i32,
    steps: u64,
    delivered: usize,
    /// The thread holding the (virtual) CPU, and the step count at which its
    /// switch interval ends.
    current: Option<(u32, u64)>,
    /// The thread last asked to drop the GIL, which should give way.
    yielding: Option<u32>,
    /// Processes whose main thread has finished, waiting for non-daemon threads.
    exits: Exits,
    deadlock: Option<Vec<Waiter>>,
    /// The main process of each program, in the programs' order.
    mains: Vec<u32>,
}

impl Run {
    /// Compiles `source` and prepares its main thread: a run of one program,
    /// named `config.filename`, on the first host. A SyntaxError or an
    /// unsupported construct does not fail here: the run finishes at once with
    /// exit status 1 and the error on stderr, as `python3` would.
    pub fn new(source: &str, config: RunConfig) -> Run {
        let program = Program { file: config.filename.clone(), source: source.to_string(), host: None };
        Run::start(vec![program], config)
    }

    /// Starts `programs` together, each as the main process of its host
    /// (pids 100, 101, ... in their order), and runs them until all of their
    /// processes have ended. A program that does not compile ends at once
    /// with exit status 1 and its error on its stderr; the others run on. A
    /// host no `[[host]]` declares, or a malformed network, is a usage error:
    /// nothing runs and the exit status is 2.
    pub fn start(programs: Vec<Program>, config: RunConfig) -> Run {
        let mut run = Run {
            kernel: Kernel::new(config.seed, EPOCH),
            scheduler: Seeded::new(config.seed),
            outcome: Outcome::Running,
            exit_code: 0,
            steps: 0,
            delivered: 0,
            current: None,
            yielding: None,
            exits: Exits::default(),
            deadlock: None,
            mains: Vec::new(),
            config,
        };
        run.kernel.stdin = run.config.stdin.clone();
        run.kernel.files = run.config.files.iter().map(|(k, v)| (k.clone(), v.clone().into_bytes())).collect();
        let placed = Net::new(&run.config.hosts, &run.config.web).and_then(|net| {
            let homes = programs.iter().map(|p| home(&net, p)).collect::<Result<Vec<_>, _>>()?;
            Ok((net, homes))
        });
        for (i, p) in programs.iter().enumerate() {
            let pid = MAIN_PID + i as u32;
            let proc = Rc::new(lifecycle::new_process(Rc::from(p.file.as_str()), &p.source));
            run.kernel.add_process(pid, INIT_PID, "MainProcess", proc);
            run.mains.push(pid);
        }
        run.kernel.next_pid = MAIN_PID + programs.len() as u32;
        match placed {
            Ok((net, homes)) => {
                run.kernel.net = net;
                for (&pid, host) in run.mains.iter().zip(homes) {
                    run.kernel.net.place(pid, host);
                }
            }
            Err(e) => {
                // A malformed network is a usage error (exit status 2), not the programs'.
                run.kernel.write(MAIN_PID, 0, Stream::Stderr, &format!("pyconc: {e}\n"));
                for pid in run.mains.clone() {
                    run.kernel.terminate(pid, Termination::Exited(2));
                }
                run.finish(Outcome::Exited, 2);
                return run;
            }
        }
        for (pid, program) in run.mains.clone().into_iter().zip(programs) {
            run.load(pid, program);
        }
        run
    }

    /// Records that `program` starts as process `pid`, compiles it and
    /// readies its main thread; a compile error ends the process at once.
    fn load(&mut self, pid: u32, program: Program) {
        let host = self.kernel.net.hosts[self.kernel.net.home(pid)].name.clone();
        self.kernel.emit(pid, 0, EventKind::Program { file: program.file.clone(), host });
        let proc = self.kernel.process(pid).py.clone();
        match lifecycle::main_thread(&proc, &program.source) {
            Ok(thread) => {
                self.kernel.spawn(pid, "MainThread".into(), thread, None, false);
            }
            Err(text) => {
                self.kernel.write(pid, 0, Stream::Stderr, &text);
                self.process_ended(pid, Termination::Exited(1));
            }
        }
    }

    /// The index of the program whose processes include `pid` (its main
    /// process or one forked from it), if any.
    pub fn program_of(&self, pid: u32) -> Option<usize> {
        let sid = self.kernel.processes.iter().find(|p| p.pid == pid)?.sid;
        self.mains.iter().position(|&m| m == sid)
    }

    /// Executes up to `budget` instructions; returns true once the run is over.
    pub fn step(&mut self, budget: u64) -> bool {
        let mut spent = 0;
        while spent < budget && self.outcome == Outcome::Running {
            if self.steps >= self.config.max_steps {
                self.budget_spent("steps", format!("the step budget of {} instructions", self.config.max_steps));
                break;
            }
            if self.kernel.output_bytes > self.config.max_output_bytes {
                let mb = self.config.max_output_bytes >> 20;
                self.budget_spent("output", format!("the output budget of {mb} MB"));
                break;
            }
            if self.kernel.now > self.config.max_time_ns {
                let secs = self.config.max_time_ns as f64 / 1e9;
                self.budget_spent("time", format!("the time budget of {secs} s (virtual)"));
                break;
            }
            let Some((tid, switch_at)) = self.current.or_else(|| self.schedule()) else { break };
            // Slices stay short so budgets (steps, time, output) are checked often.
            let slice = (budget - spent).min(self.config.max_steps - self.steps).clamp(1, MAX_SLICE);
            let (result, ran) = self.run_slice(tid, slice, switch_at);
            spent += ran;
            self.steps += ran;
            self.current = Some((tid, switch_at.saturating_sub(ran)));
            self.after_slice(tid, result);
        }
        self.is_finished()
    }

    /// Picks the next thread, advancing the clock over idle time; None when
    /// the run ended (deadlock or nothing left).
    fn schedule(&mut self) -> Option<(u32, u64)> {
        loop {
            self.kernel.fire_timers();
            if !self.kernel.ready.is_empty() {
                let tid = self.scheduler.pick(&self.kernel.ready, self.yielding.take());
                self.kernel.set_status(tid, ThreadStatus::Running);
                // CPython 3.11 asks for a switch after the switch interval;
                // the teaching rule switches as often as Python 2 did (every
                // 100 instructions, its check interval), so races show.
                let interval = (self.kernel.switch_interval / STEP_NS).max(1);
                let base = match self.config.switch {
                    SwitchRule::Cpython => interval,
                    SwitchRule::AnyBytecode => interval.min(ANY_BYTECODE_SLICE),
                };
                let interval = self.scheduler.slice(base);
                return Some((tid, interval));
            }
            match self.kernel.next_timer() {
                Some(t) => self.kernel.now = self.kernel.now.max(t),
                None => {
                    self.report_deadlock();
                    return None;
                }
            }
        }
    }

    fn run_slice(&mut self, tid: u32, budget: u64, switch_at: u64) -> (StepResult, u64) {
        let pid = self.kernel.thread(tid).pid;
        let proc = self.kernel.process(pid).py.clone();
        let mut thread = self.kernel.thread(tid).thread.take().expect("a ready thread has frames");
        let start = self.kernel.now;
        let mut sys = KernelSys { kernel: &mut self.kernel, pid, tid, slice_start: start, step_ns: STEP_NS, steps: 0 };
        let mut interp = Interp::new(&mut thread, &proc, &mut sys);
        interp.switch_at = switch_at;
        interp.switch_anywhere = self.config.switch == SwitchRule::AnyBytecode;
        let result = interp.step(budget);
        let ran = interp.steps;
        let text = match &result {
            StepResult::Exited(Err(exc)) => Some(lifecycle::uncaught(&mut interp, exc)),
            _ => None,
        };
        drop(interp);
        vm::Sys::sync_clock(&mut sys, ran);
        self.kernel.thread(tid).thread = Some(thread);
        if let Some((stream_text, code)) = text {
            if !stream_text.is_empty() {
                self.kernel.write(pid, tid, Stream::Stderr, &stream_text);
            }
            return (StepResult::Exited(Err(Value::Int(code as i64))), ran);
        }
        (result, ran)
    }

    fn after_slice(&mut self, tid: u32, result: StepResult) {
        match result {
            StepResult::Budget => {}
            StepResult::Switch => {
                self.kernel.set_status(tid, ThreadStatus::Ready);
                self.yielding = Some(tid);
                self.current = None;
            }
            StepResult::Blocked(Wait { on: WaitOn::Exit(code), .. }) => {
                self.current = None;
                let pid = self.kernel.thread(tid).pid;
                let how = if code < 0 { Termination::Signaled(-code) } else { Termination::Exited(code) };
                self.process_ended(pid, how);
            }
            StepResult::Blocked(wait) => {
                self.kernel.park(tid, wait);
                self.current = None;
            }
            StepResult::Exited(r) => {
                let code = match r {
                    Ok(_) => 0,
                    Err(Value::Int(c)) => c as i32,
                    Err(_) => 1,
                };
                self.current = None;
                self.thread_ended(tid, code);
            }
        }
    }

    /// A thread's root frame finished: processes whose exit it completes end.
    fn thread_ended(&mut self, tid: u32, code: i32) {
        for (pid, code) in self.exits.thread_ended(&mut self.kernel, tid, code) {
            self.process_ended(pid, Termination::Exited(code));
        }
    }

    /// A process is gone; the run ends when every process is.
    fn process_ended(&mut self, pid: u32, how: Termination) {
        self.exits.forget(pid);
        self.kernel.terminate(pid, how);
        // The run's status is its first program to end with a non-zero one.
        if self.mains.contains(&pid) && self.exit_code == 0 {
            self.exit_code = match how {
                Termination::Signaled(s) => 128 + s,
                Termination::Exited(_) => how.exit_code().rem_euclid(256),
            };
        }
        if self.kernel.processes.iter().all(|p| p.exit_code.is_some()) {
            let code = self.exit_code;
            self.finish(Outcome::Exited, code);
        }
    }

    fn report_deadlock(&mut self) {
        let blocked: Vec<u32> = self
            .kernel
            .threads
            .iter()
            .filter(|t| t.status == ThreadStatus::Blocked)
            .map(|t| t.tid)
            .collect();
        if blocked.is_empty() {
            self.finish(Outcome::Exited, self.exit_code);
            return;
        }
        let cycle = self.wait_cycle(&blocked).unwrap_or(blocked);
        let waiters: Vec<Waiter> = cycle
            .iter()
            .map(|&tid| {
                let t = &self.kernel.threads[tid as usize - 1];
                let waits_for = match self.kernel.describe_wait(tid) {
                    Some(d) => d,
                    None if self.exits.is_pending(t.pid) => {
                        "the end of the program's other threads".to_string()
                    }
                    None => "nothing".to_string(),
                };
                Waiter { pid: t.pid, tid, name: t.name.clone(), waits_for }
            })
            .collect();
        let mut text = String::from("pyconc: deadlock: every thread is blocked and no timer is pending\n");
        for w in &waiters {
            text.push_str(&format!("  {} (pid {}) waits for {}\n", w.name, w.pid, w.waits_for));
        }
        self.kernel.write(MAIN_PID, 0, Stream::Stderr, &text);
        self.deadlock = Some(waiters);
        self.finish(Outcome::Deadlock, 3);
    }

    /// A cycle in the wait-for graph (thread -> the thread it waits for), if any.
    fn wait_cycle(&self, blocked: &[u32]) -> Option<Vec<u32>> {
        for &start in blocked {
            let mut path = vec![start];
            let mut cur = start;
            while let Some(next) = self.kernel.waits_for(cur) {
                if let Some(pos) = path.iter().position(|t| *t == next) {
                    return Some(path[pos..].to_vec());
                }
                path.push(next);
                cur = next;
            }
        }
        None
    }

    fn budget_spent(&mut self, which: &str, what: String) {
        self.kernel.write(MAIN_PID, 0, Stream::Stderr, &format!("pyconc: {what} is spent; the run was stopped\n"));
        self.finish(Outcome::Budget { which: which.into() }, 4);
    }

    fn finish(&mut self, outcome: Outcome, code: i32) {
        if self.outcome == Outcome::Running {
            self.outcome = outcome;
            self.exit_code = code;
        }
    }

    /// Ends the run now (the Stop button). Idempotent.
    pub fn stop(&mut self) {
        if self.outcome == Outcome::Running {
            self.kernel.write(MAIN_PID, 0, Stream::Stderr, "pyconc: stopped\n");
        }
        self.finish(Outcome::Stopped, 130);
    }

    /// Whether the run is over.
    pub fn is_finished(&self) -> bool {
        self.outcome != Outcome::Running
    }

    /// The run's exit status so far (final once `is_finished`): what a host
    /// that streamed the output needs, without building a report.
    pub fn exit_code(&self) -> i32 {
        self.exit_code
    }

    /// The events emitted since the last call, for streaming to the page.
    pub fn take_events(&mut self) -> Vec<Event> {
        let new = self.kernel.events[self.delivered..].to_vec();
        self.delivered = self.kernel.events.len();
        new
    }

    /// The result so far without its events: what a host that streamed
    /// the events with `take_events` still needs (cheap at any size).
    pub fn summary(&self) -> Report {
        self.build_report(false)
    }

    /// The whole result so far (final once `is_finished`).
    pub fn report(&self) -> Report {
        self.build_report(true)
    }

    fn build_report(&self, with_events: bool) -> Report {
        let mut stdout = String::new();
        let mut stderr = String::new();
        for e in &self.kernel.events {
            if let EventKind::Print { stream, text } = &e.kind {
                match stream {
                    Stream::Stdout => stdout.push_str(text),
                    Stream::Stderr => stderr.push_str(text),
                }
            }
        }
        Report {
            stdout,
            stderr,
            exit_code: self.exit_code,
            outcome: self.outcome.clone(),
            seed: self.config.seed,
            machine: "deterministic",
            steps: self.steps,
            virtual_time_ns: self.kernel.now,
            wall_time_ns: None,
            deadlock: self.deadlock.clone(),
            programs: self.program_reports(),
            processes: self
                .kernel
                .processes
                .iter()
                .map(|p| ProcessInfo {
                    pid: p.pid,
                    ppid: p.ppid,
                    host: self.kernel.net.hosts[self.kernel.net.home(p.pid)].name.clone(),
                    program: self.program_of(p.pid).map(|i| self.mains[i]),
                    name: p.name.clone(),
                    exit_code: p.exit_code,
                    zombie_at: p.zombie_at,
                    reaped_at: p.reaped_at,
                })
                .collect(),
            trace_digest: trace::digest(&self.kernel.events),
            events: if with_events { self.kernel.events.clone() } else { Vec::new() },
        }
    }
}

impl Run {
    /// Each program's output and exit status.
    fn program_reports(&self) -> Vec<ProgramReport> {
        let started = self.kernel.events.iter().filter_map(|e| match &e.kind {
            EventKind::Program { file, host } => Some((e.pid, file, host)),
            _ => None,
        });
        started
            .map(|(pid, file, host)| {
                let in_program = |p: u32| self.program_of(p) == self.program_of(pid);
                let mut report = ProgramReport::collect(file, host, pid, &self.kernel.events, in_program);
                report.exit_code = self.kernel.processes.iter().find(|p| p.pid == pid).and_then(|p| p.exit_code);
                report
            })
            .collect()
    }
}

/// The index of `program`'s host in `net`; an error names a host no
/// `[[host]]` declares.
fn home(net: &Net, program: &Program) -> Result<usize, String> {
    let Some(name) = &program.host else { return Ok(0) };
    net.host_named(name).ok_or_else(|| {
        let known: Vec<&str> = net.hosts.iter().map(|h| h.name.as_str()).collect();
        format!("program {}: no host is named {name:?} (the hosts: {})", program.file, known.join(", "))
    })
}
