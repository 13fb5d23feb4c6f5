//! The parallel machine: Python processes really run at the same time, one
//! host thread (a worker) per core, and share what multiprocessing shares
//! through real shared memory: a `Value` updated without its lock loses
//! updates, because its read and its write are two separate operations on
//! memory another core writes too.
//!
//! # Why processes are pinned
//!
//! Python values are `Rc`-based: a process's heap may be touched by one
//! host thread only. So each process lives on one worker for its whole
//! life, and a worker multiplexes the processes pinned to it with its own
//! scheduler (`worker`). A fork copies the parent into an image sharing no
//! `Rc` with it (`vm::Copier::share_nothing`) and mails it to the worker
//! hosting the fewest live processes besides the parent (`World::place`;
//! `os::Image` states the invariant that makes the move sound).
//!
//! # What is shared
//!
//! Per process, on its worker: threads, thread locks, timers and the GIL
//! (an `os::Kernel` each). For the whole run, behind one lock: the process
//! table, semaphores, channels, shared cells, files and the trace
//! (`os::World`). A thread waiting on something shared is woken by mail to
//! its worker.
//!
//! # Time and failure
//!
//! Time is the wall clock, scaled by `RunConfig::time_scale`. The driver
//! (`ParallelRun`, on the caller's thread) checks the budgets, acts on
//! Stop, and runs the watchdog: when every worker has been idle with no
//! timer pending and no mail for `QUIET`, the run is a deadlock and the
//! report names the wait-for cycle. A Rust panic in one process ends that
//! process only. Every outcome ends the run the same way: the world is
//! marked over, every worker wakes, drops its processes and returns.

mod host;
mod watchdog;
mod worker;

use super::{Outcome, ProcessInfo, Report, RunConfig, Waiter};
use crate::machine::deterministic::MAIN_PID;
use crate::machine::lifecycle;
use crate::os::{monotonic, unix_time, Image, Kernel, Net, Termination, WallClock, World, INIT_PID};
use crate::trace::{self, Event, EventKind, Nanos, Stream};
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long every thread must have been blocked, with no timer pending,
/// before the watchdog calls it a deadlock.
const QUIET: Duration = Duration::from_millis(200);

/// How a run ended, once it has.
struct Ending {
    outcome: Outcome,
    exit_code: i32,
    deadlock: Option<Vec<Waiter>>,
    /// When it ended: the program's (scaled) time and the host's monotonic
    /// time, so a report read later still says how long the run took.
    at: Option<(Nanos, Nanos)>,
}

/// What the driver and the workers share.
struct Control {
    world: World,
    config: RunConfig,
    ending: Mutex<Ending>,
    /// The workers still running.
    latch: host::Latch,
}

impl Control {
    /// Ends the run with `outcome` unless it already ended.
    fn finish(&self, outcome: Outcome, exit_code: i32, deadlock: Option<Vec<Waiter>>) {
        let mut e = crate::os::relock(&self.ending);
        if e.outcome == Outcome::Running {
            let at = Some((self.world.clock.now(), monotonic()));
            *e = Ending { outcome, exit_code, deadlock, at };
        }
        drop(e);
        self.world.end();
    }

    /// A process ended; the main process's end gives the exit status, and
    /// the run ends with the last process.
    fn process_ended(&self, pid: u32, how: Termination) {
        if pid == MAIN_PID {
            let code = match how {
                Termination::Signaled(s) => 128 + s,
                Termination::Exited(c) => c.rem_euclid(256),
            };
            crate::os::relock(&self.ending).exit_code = code;
        }
        if self.world.process_ended(pid, how) {
            let code = crate::os::relock(&self.ending).exit_code;
            self.finish(Outcome::Exited, code, None);
        }
    }

    /// Writes pyconc's own message to the run's stderr.
    fn say(&self, text: &str) {
        let mut events = vec![Event {
            t: self.world.clock.now(),
            pid: MAIN_PID,
            tid: 0,
            kind: EventKind::Print { stream: Stream::Stderr, text: text.to_string() },
        }];
        self.world.publish(&mut events);
    }
}

/// A run on the parallel machine: started at once on its workers; the
/// caller polls it (budgets, Stop, the watchdog) until it is finished.
pub struct ParallelRun {
    control: Arc<Control>,
    delivered: usize,
    watchdog: watchdog::Watchdog,
    /// When it started, on the host's monotonic clock.
    started: u64,
}

impl ParallelRun {
    /// Compiles `source` and starts it on `config.workers` workers (one per
    /// core when 0). A program that does not compile finishes at once with
    /// exit status 1, as on the deterministic machine.
    pub fn start(source: &str, config: RunConfig) -> ParallelRun {
        let workers = match config.workers {
            0 => host::cores(),
            n => n,
        };
        let clock = WallClock::start(config.time_scale);
        let epoch = unix_time();
        let (net, bad_network) = match Net::new(&config.hosts, &config.web) {
            Ok(net) => (net, None),
            Err(e) => (Net::new(&[], &[]).expect("the default network is well formed"), Some(e)),
        };
        let world = World::new(workers, clock, epoch, config.seed, net);
        {
            let mut s = world.state();
            s.stdin = config.stdin.clone();
            s.files = config.files.iter().map(|(k, v)| (k.clone(), v.clone().into_bytes())).collect();
        }
        let ending = Mutex::new(Ending { outcome: Outcome::Running, exit_code: 0, deadlock: None, at: None });
        let control = Arc::new(Control { world, config, ending, latch: host::Latch::default() });
        control.world.add_process(Some(MAIN_PID), INIT_PID, "MainProcess", 0);
        let first = match bad_network {
            // A malformed network is a usage error (exit status 2), not the program's.
            Some(e) => refuse(&control, &format!("pyconc: {e}\n"), 2),
            None => first_process(&control, source),
        };
        for index in 0..workers {
            control.latch.enter();
            let control = control.clone();
            host::spawn(format!("pyconc-worker-{index}"), move || {
                let _leaving = host::Leaving(&control.latch);
                worker::Worker::new(index, &control).run();
            });
        }
        if let Some(image) = first {
            control.world.mailboxes()[0].post(crate::os::Mail::Start(image));
        }
        ParallelRun { control, delivered: 0, watchdog: watchdog::Watchdog::default(), started: monotonic() }
    }

    /// Waits up to `wait` for the run to end, checking budgets and the
    /// watchdog; returns true once it is over.
    pub fn poll(&mut self, wait: Duration) -> bool {
        let deadline = monotonic() + wait.as_nanos() as u64;
        loop {
            if self.control.world.is_over() {
                self.join();
                return true;
            }
            self.check_budgets();
            if let Some(cycle) = self.watchdog.check(&self.control.world, QUIET) {
                self.deadlock(cycle);
            }
            let now = monotonic();
            if now >= deadline {
                return self.control.world.is_over();
            }
            std::thread::sleep(Duration::from_nanos(deadline - now).min(Duration::from_millis(5)));
        }
    }

    fn check_budgets(&self) {
        let c = &self.control;
        let (steps, max_steps) = (c.world.steps.load(Ordering::Relaxed), c.config.max_steps);
        if steps >= max_steps {
            self.budget("steps", format!("the step budget of {max_steps} instructions"));
        } else if c.world.output_bytes.load(Ordering::Relaxed) > c.config.max_output_bytes {
            self.budget("output", format!("the output budget of {} MB", c.config.max_output_bytes >> 20));
        } else if c.world.clock.now() > c.config.max_time_ns {
            self.budget("time", format!("the time budget of {} s", c.config.max_time_ns as f64 / 1e9));
        }
    }

    fn budget(&self, which: &str, what: String) {
        self.control.say(&format!("pyconc: {what} is spent; the run was stopped\n"));
        self.control.finish(Outcome::Budget { which: which.into() }, 4, None);
    }

    fn deadlock(&self, waiters: Vec<Waiter>) {
        let mut text = String::from("pyconc: deadlock: every thread is blocked and no timer is pending\n");
        for w in &waiters {
            text.push_str(&format!("  {} (pid {}) waits for {}\n", w.name, w.pid, w.waits_for));
        }
        self.control.say(&text);
        self.control.finish(Outcome::Deadlock, 3, Some(waiters));
    }

    /// Ends the run now (the Stop button): every worker is freed. Idempotent.
    pub fn stop(&mut self) {
        if !self.control.world.is_over() {
            self.control.say("pyconc: stopped\n");
        }
        self.control.finish(Outcome::Stopped, 130, None);
        self.join();
    }

    /// Whether the run is over.
    pub fn is_finished(&self) -> bool {
        self.control.world.is_over()
    }

    /// Waits for every worker to leave (each drops its processes first).
    fn join(&mut self) {
        self.control.latch.wait();
    }

    /// The events published since the last call, in the order workers
    /// published them (each process's own in order), for streaming output.
    pub fn take_events(&mut self) -> Vec<Event> {
        let s = self.control.world.state();
        let new = s.events[self.delivered..].to_vec();
        self.delivered = s.events.len();
        new
    }

    /// The result so far (final once finished); events sorted by time.
    pub fn report(&self) -> Report {
        self.build_report(true)
    }

    /// The result so far with `events` left empty: for a caller that has
    /// streamed them with `take_events`.
    pub fn summary(&self) -> Report {
        self.build_report(false)
    }

    fn build_report(&self, with_events: bool) -> Report {
        let c = &self.control;
        // Read before the state is locked: the world never holds both locks.
        let host = c.world.net_read(|net| net.hosts[0].name.clone());
        let s = c.world.state();
        let (mut stdout, mut stderr) = (String::new(), String::new());
        for e in &s.events {
            if let EventKind::Print { stream, text } = &e.kind {
                match stream {
                    Stream::Stdout => stdout.push_str(text),
                    Stream::Stderr => stderr.push_str(text),
                }
            }
        }
        let mut events = s.events.clone();
        events.sort_by_key(|e| e.t);
        let trace_digest = trace::digest(&events);
        if !with_events {
            events.clear();
        }
        let ending = crate::os::relock(&c.ending);
        let (program_time, wall_clock) = ending.at.unwrap_or_else(|| (c.world.clock.now(), monotonic()));
        Report {
            stdout,
            stderr,
            exit_code: ending.exit_code,
            outcome: ending.outcome.clone(),
            seed: c.config.seed,
            machine: "parallel",
            steps: c.world.steps.load(Ordering::Relaxed),
            virtual_time_ns: program_time,
            wall_time_ns: Some(wall_clock.saturating_sub(self.started)),
            deadlock: ending.deadlock.clone(),
            // A parallel run has one program: its output is the run's.
            programs: Vec::new(),
            processes: s
                .processes
                .iter()
                .map(|p| ProcessInfo {
                    pid: p.pid,
                    ppid: p.ppid,
                    // One program, on the first host: forks stay on their parent's.
                    host: host.clone(),
                    program: Some(MAIN_PID),
                    name: p.name.clone(),
                    exit_code: p.exit_code,
                    zombie_at: p.zombie_at,
                    reaped_at: p.reaped_at,
                })
                .collect(),
            trace_digest,
            events,
        }
    }
}

impl Drop for ParallelRun {
    fn drop(&mut self) {
        self.control.finish(Outcome::Stopped, 130, None);
        self.join();
    }
}

/// The first process, built on this thread from nothing: its image, or
/// None when the program does not compile (the run then ends at once).
fn first_process(control: &Control, source: &str) -> Option<Image> {
    let world = &control.world;
    let filename: Rc<str> = Rc::from(control.config.filename.as_str());
    let proc = Rc::new(lifecycle::new_process(filename, source));
    match lifecycle::main_thread(&proc, source) {
        Ok(thread) => {
            let mut kernel = Kernel::new(world.seed, world.epoch);
            kernel.add_process(MAIN_PID, INIT_PID, "MainProcess", proc);
            kernel.spawn(MAIN_PID, "MainThread".into(), thread, None, false);
            // SAFETY: every Rc in `kernel` was made just now from the
            // program's text, by code that keeps none of them elsewhere.
            Some(unsafe { Image::adopt(kernel, MAIN_PID) })
        }
        Err(text) => refuse(control, &text, 1),
    }
}

/// The run ends before its first process starts: `text` on stderr, exit
/// status `code`. No image, so nothing to start.
fn refuse(control: &Control, text: &str, code: i32) -> Option<Image> {
    control.say(text);
    control.process_ended(MAIN_PID, Termination::Exited(code));
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::os::ParallelSys;
    use crate::vm::{Copier, Interp, Process, StepResult, Thread};
    use std::collections::HashSet;

    /// A program that leaves much behind: modules, classes, closures, a
    /// suspended generator, dicts with tuple and instance keys, big ints.
    const BUSY: &str = r#"
import threading, multiprocessing, random, collections, queue
class Point:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, Point) and o.x == self.x
    def __hash__(self): return hash(self.x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
def gen():
    yield 1
    yield 2
g = gen(); next(g)
d = {(1, "a"): [1, 2.5, b"x"], Point(3): "p", "big": 2 ** 100}
c = counter(); c()
lock = threading.Lock()
lock.acquire()
q = collections.deque([1, 2]); r = random.Random(5)
keys = d.keys()
import greenlet
def ping():
    greenlet.getcurrent().parent.switch("half")
    return "done"
glet = greenlet.greenlet(ping); glet.switch()
"#;

    /// Runs `source`'s main thread to its end; its process and thread.
    fn ran(source: &str) -> (Kernel, Rc<Process>, Thread) {
        let world = World::new(1, WallClock::start(1.0), 0.0, 0, Net::new(&[], &[]).expect("one host"));
        let proc = Rc::new(lifecycle::new_process(Rc::from("busy.py"), source));
        let mut thread = lifecycle::main_thread(&proc, source).expect("compiles");
        let mut kernel = Kernel::new(0, 0.0);
        kernel.add_process(MAIN_PID, INIT_PID, "MainProcess", proc.clone());
        kernel.spawn(MAIN_PID, "MainThread".into(), Thread::default(), None, false);
        let mut sys = ParallelSys::new(&mut kernel, &world, MAIN_PID, 1);
        let mut interp = Interp::new(&mut thread, &proc, &mut sys);
        assert!(matches!(interp.step(10_000_000), StepResult::Exited(Ok(_))));
        (kernel, proc, thread)
    }

    /// The addresses of every Rc a share-nothing copy of (proc, thread) reads.
    fn reachable(proc: &Process, thread: &Thread) -> (HashSet<usize>, Process, Thread) {
        let mut handles = |h: u32| h;
        let mut copier = Copier::share_nothing(&proc.types, &mut handles);
        copier.record_sources();
        let (p, t) = copier.process(proc, thread);
        (copier.sources_seen(), p, t)
    }

    #[test]
    fn a_share_nothing_copy_shares_no_rc_with_its_parent() {
        let (_kernel, proc, thread) = ran(BUSY);
        let (parent, child_proc, child_thread) = reachable(&proc, &thread);
        let (child, _, _) = reachable(&child_proc, &child_thread);
        assert!(parent.len() > 1000 && child.len() > 1000, "{} {}", parent.len(), child.len());
        let common: Vec<_> = parent.intersection(&child).collect();
        assert!(common.is_empty(), "{} addresses in common", common.len());
        // The child's built-in types are its own, held by nothing of the parent's.
        assert!(!Rc::ptr_eq(&proc.types, &child_proc.types));
        assert_eq!(Rc::strong_count(&child_proc.types), 1);
    }
}
