//! The machines that run programs. The deterministic machine runs every
//! Python thread of every process on one host thread, on a virtual clock,
//! choosing among ready threads with a seeded scheduler, so the same program,
//! parameters and seed give the same trace on every platform.

use crate::trace::{self, Event, Nanos};
use serde::Serialize;

/// When a running thread may be asked to drop its process's GIL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SwitchRule {
    /// CPython 3.11: after the switch interval, at the eval breaker's check
    /// points (backward jumps and calls).
    #[default]
    Cpython,
    /// After the switch interval, at any bytecode: the races older Pythons showed.
    AnyBytecode,
}

/// Everything that decides a run besides the program itself.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// The seed of the scheduler and of the program's `random`.
    pub seed: u64,
    /// When threads switch under the GIL.
    pub switch: SwitchRule,
    /// The most bytecodes the run may execute, all threads together.
    pub max_steps: u64,
    /// The most virtual time the run may take, in nanoseconds.
    pub max_time_ns: Nanos,
    /// The file name tracebacks show.
    pub filename: String,
    /// What `input()` and `sys.stdin` read.
    pub stdin: String,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            seed: 0,
            switch: SwitchRule::Cpython,
            max_steps: 2_000_000_000,
            max_time_ns: 3_600 * 1_000_000_000,
            filename: "main.py".into(),
            stdin: String::new(),
        }
    }
}

/// How a run ended, from pyconc's point of view.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Outcome {
    /// Still running.
    Running,
    /// The program ended by itself: normally, by an uncaught exception or by `sys.exit`.
    Exited,
    /// Every live thread is blocked and no timer is pending.
    Deadlock,
    /// The step or time budget was spent.
    Budget {
        /// Which budget: "steps" or "time".
        which: String,
    },
    /// The user stopped it.
    Stopped,
}

/// A thread in a deadlock report: who it is and what it waits for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Waiter {
    /// Its process.
    pub pid: u32,
    /// Its thread id.
    pub tid: u32,
    /// Its name, as `threading` shows it.
    pub name: String,
    /// What it waits for, in words ("lock A held by Thread-2").
    pub waits_for: String,
}

/// A process as the report lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProcessInfo {
    /// Its pid.
    pub pid: u32,
    /// Its parent's pid (0 for the first process).
    pub ppid: u32,
    /// Its name: MainProcess, Process-1, ...
    pub name: String,
    /// Its exit status, once it has one.
    pub exit_code: Option<i32>,
    /// When it became a zombie.
    pub zombie_at: Option<Nanos>,
    /// When its parent (or init) reaped it.
    pub reaped_at: Option<Nanos>,
}

/// The result of a run, as `pyconc run --json` prints it (DESIGN.md).
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Everything the program wrote to stdout.
    pub stdout: String,
    /// Everything written to stderr: tracebacks, warnings, pyconc's own reports.
    pub stderr: String,
    /// The exit status (see DESIGN.md: 3 deadlock, 4 budget).
    pub exit_code: i32,
    /// How the run ended.
    pub outcome: Outcome,
    /// The seed it ran with.
    pub seed: u64,
    /// Which machine ran it.
    pub machine: &'static str,
    /// Bytecodes executed, all threads together.
    pub steps: u64,
    /// Virtual time at the end, in nanoseconds.
    pub virtual_time_ns: Nanos,
    /// The wait-for cycle, when the run deadlocked.
    pub deadlock: Option<Vec<Waiter>>,
    /// Every process of the run.
    pub processes: Vec<ProcessInfo>,
    /// A hash of `events`: equal for equal inputs.
    pub trace_digest: String,
    /// Every event of the run.
    pub events: Vec<Event>,
}

/// A run of one program on the deterministic machine, advanced in slices so
/// that its host (the page's worker, the CLI) stays responsive and can stop it.
pub struct Run {
    config: RunConfig,
    events: Vec<Event>,
    delivered: usize,
    outcome: Outcome,
    exit_code: i32,
    steps: u64,
    now: Nanos,
}

impl Run {
    /// Compiles `source` and prepares its main thread. A SyntaxError or an
    /// unsupported construct does not fail here: the run finishes at once with
    /// exit status 1 and the error on stderr, as `python3` would.
    pub fn new(source: &str, config: RunConfig) -> Run {
        let _ = source;
        Run { config, events: Vec::new(), delivered: 0, outcome: Outcome::Running, exit_code: 0, steps: 0, now: 0 }
    }

    /// Executes up to `budget` bytecodes; returns true once the run is over.
    pub fn step(&mut self, budget: u64) -> bool {
        let _ = budget;
        self.outcome = Outcome::Exited;
        true
    }

    /// Ends the run now (the Stop button). Idempotent.
    pub fn stop(&mut self) {
        if self.outcome == Outcome::Running {
            self.outcome = Outcome::Stopped;
            self.exit_code = 130;
        }
    }

    /// Whether the run is over.
    pub fn is_finished(&self) -> bool {
        self.outcome != Outcome::Running
    }

    /// The events emitted since the last call, for streaming to the page.
    pub fn take_events(&mut self) -> Vec<Event> {
        let new = self.events[self.delivered..].to_vec();
        self.delivered = self.events.len();
        new
    }

    /// The whole result so far (final once `is_finished`).
    pub fn report(&self) -> Report {
        let mut stdout = String::new();
        let mut stderr = String::new();
        for e in &self.events {
            if let trace::EventKind::Print { stream, text } = &e.kind {
                match stream {
                    trace::Stream::Stdout => stdout.push_str(text),
                    trace::Stream::Stderr => stderr.push_str(text),
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
            virtual_time_ns: self.now,
            deadlock: None,
            processes: Vec::new(),
            trace_digest: trace::digest(&self.events),
            events: self.events.clone(),
        }
    }
}
