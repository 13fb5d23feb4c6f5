//! The machines that run programs. The deterministic machine runs every
//! Python thread of every process on one host thread, on a virtual clock,
//! choosing among ready threads with a seeded scheduler, so the same program,
//! parameters and seed give the same trace on every platform. This module
//! holds what every machine shares: its configuration and its report.

mod deterministic;
mod lifecycle;
// In the browser the parallel machine needs the threaded build's pool.
#[cfg(any(not(target_arch = "wasm32"), feature = "threads"))]
mod parallel;
mod program;
mod scheduler;

pub use deterministic::Run;
#[cfg(any(not(target_arch = "wasm32"), feature = "threads"))]
pub use parallel::ParallelRun;
pub use program::{Program, ProgramReport};

use crate::os::{HostSpec, Page};
use crate::trace::{Event, Nanos};
use serde::Serialize;
use std::collections::BTreeMap;

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
    /// The most bytes the program may print (stdout and stderr together).
    pub max_output_bytes: u64,
    /// The file name tracebacks show, for a run of one program (`Run::new`);
    /// a run of several names each (`Run::start`).
    pub filename: String,
    /// What `input()` and `sys.stdin` read.
    pub stdin: String,
    /// The files `open()` finds at the start, by path (a lesson's fixtures).
    pub files: BTreeMap<String, String>,
    /// Parallel machine: real seconds per second of the program's time
    /// (1.0: real time; 0.1 runs a 50 s sleep in 5 s).
    pub time_scale: f64,
    /// Parallel machine: how many workers (host threads) run processes;
    /// 0 for one per core.
    pub workers: usize,
    /// The hosts of the network; none: one host, "localhost" (127.0.0.1).
    /// A program runs on the host it names, or on the first one.
    pub hosts: Vec<HostSpec>,
    /// The pages of the simulated web (a lesson's `[[web]]` fixture).
    pub web: Vec<Page>,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            seed: 0,
            switch: SwitchRule::Cpython,
            max_steps: 2_000_000_000,
            max_time_ns: 3_600 * 1_000_000_000,
            max_output_bytes: 16 << 20,
            filename: "main.py".into(),
            stdin: String::new(),
            files: BTreeMap::new(),
            time_scale: 1.0,
            workers: 0,
            hosts: Vec::new(),
            web: Vec::new(),
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
        /// Which budget: "steps", "time" or "output".
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
    /// Its parent's pid (1, init, for a program's main process).
    pub ppid: u32,
    /// The host it runs on.
    pub host: String,
    /// The pid of the main process of the program it belongs to.
    pub program: Option<u32>,
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
    /// Everything the programs wrote to stdout, in the order written.
    pub stdout: String,
    /// Everything written to stderr: tracebacks, warnings, pyconc's own reports.
    pub stderr: String,
    /// Each program's own output and exit status, in the programs' order.
    pub programs: Vec<ProgramReport>,
    /// The exit status (see DESIGN.md: 3 deadlock, 4 budget); with several
    /// programs, the first non-zero status a program's main process ended
    /// with (0 when all ended with 0).
    pub exit_code: i32,
    /// How the run ended.
    pub outcome: Outcome,
    /// The seed it ran with.
    pub seed: u64,
    /// Which machine ran it.
    pub machine: &'static str,
    /// Bytecodes executed, all threads together.
    pub steps: u64,
    /// Virtual time at the end, in nanoseconds (on the parallel machine
    /// the program's time: wall-clock time scaled by the time scale).
    pub virtual_time_ns: Nanos,
    /// Parallel machine: real time the run took, in nanoseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wall_time_ns: Option<Nanos>,
    /// The wait-for cycle, when the run deadlocked.
    pub deadlock: Option<Vec<Waiter>>,
    /// Every process of the run.
    pub processes: Vec<ProcessInfo>,
    /// A hash of `events`: equal for equal inputs.
    pub trace_digest: String,
    /// Every event of the run.
    pub events: Vec<Event>,
}

