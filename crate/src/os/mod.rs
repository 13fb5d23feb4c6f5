//! The simulated kernel: the process and thread tables, the clock, parking
//! and waking (one wait mechanism under every blocking primitive), kernel
//! locks, the network (sockets, epoll, the simulated web), and the trace
//! of it all. The machines decide who runs; the kernel
//! keeps the state they decide over.

mod bell;
mod clock;
mod epoll;
mod image;
mod locks;
mod net;
mod netsys;
mod parallel_sys;
mod process;
mod ready;
mod shared;
mod socket;
mod sys;
mod threads;
mod web;
mod world;

pub use clock::{monotonic, unix_time, WallClock};
pub use image::{ChildSpec, Image};
pub use locks::LockState;
pub use net::{Addr, File, HostSpec, Net};
pub use parallel_sys::ParallelSys;
pub use process::{Termination, INIT_PID};
pub use ready::ReadySet;
pub use shared::{Channel, Semaphore, SharedCells};
pub use socket::errno;
pub use sys::KernelSys;
pub use world::{relock, Inbox, Mail, Mailbox, Parked, ProcessRecord, World, WorldState, Who};
pub use threads::{ThreadEntry, ThreadStatus};
pub use web::Page;

use crate::trace::{Event, EventKind, Nanos, Stream, ThreadState};
use crate::vm::{Process, Thread, Wait, WaitOn};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// How close two deadlines must be to count as the same moment: 50 µs,
/// the granularity of a real machine's timer wake-ups.
pub const TIMER_SLACK: Nanos = 50_000;

/// A process in the process table.
pub struct ProcessEntry {
    /// Its pid.
    pub pid: u32,
    /// Its parent's pid.
    pub ppid: u32,
    /// Its session, as POSIX's `getsid`: the pid of the program's main
    /// process it descends from (a fork inherits it, re-parenting keeps it),
    /// so each process's output and lane can be told to its program when a
    /// run has several.
    pub sid: u32,
    /// Its name (MainProcess, Process-1).
    pub name: String,
    /// Its Python state.
    pub py: Rc<Process>,
    /// Its exit status, once exited.
    pub exit_code: Option<i32>,
    /// When it became a zombie.
    pub zombie_at: Option<Nanos>,
    /// When it was reaped.
    pub reaped_at: Option<Nanos>,
    /// How it ended, once it has.
    pub termination: Option<Termination>,
}

/// The kernel of one run.
pub struct Kernel {
    /// The clock: virtual nanoseconds since the run started.
    pub now: Nanos,
    /// What `time.time()` returns at `now == 0`, in seconds since the epoch.
    pub epoch: f64,
    /// The process table.
    pub processes: Vec<ProcessEntry>,
    /// The thread table, indexed by tid - 1.
    pub threads: Vec<ThreadEntry>,
    /// Kernel locks, indexed by handle.
    pub locks: Vec<LockState>,
    /// Semaphores shared between processes (multiprocessing's SemLock).
    pub sems: Vec<Semaphore>,
    /// Message channels shared between processes (multiprocessing queues and pipes).
    pub channels: Vec<Channel>,
    /// Shared memory (multiprocessing Value and Array).
    pub cells: Vec<SharedCells>,
    /// Pending timeouts: (deadline, tid).
    pub timers: BTreeSet<(Nanos, u32)>,
    /// Every event so far.
    pub events: Vec<Event>,
    /// `sys.getswitchinterval()`, in nanoseconds.
    pub switch_interval: Nanos,
    /// The run's seed.
    pub seed: u64,
    /// What is left of the run's standard input.
    pub stdin: String,
    /// The run's files (`open()`), by path: the in-memory disk all processes share.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The pid the next fork gets.
    pub next_pid: u32,
    /// The threads that are ready to run, kept as their status changes so
    /// the scheduler never scans the whole table.
    pub ready: ReadySet,
    /// Bytes written to stdout and stderr so far.
    pub output_bytes: u64,
    /// The network: hosts, sockets, packets in flight, the web.
    pub net: Net,
}

impl Kernel {
    /// An empty kernel starting its clock at zero, with a network of one
    /// host ("localhost") and no web.
    pub fn new(seed: u64, epoch: f64) -> Kernel {
        Kernel {
            now: 0,
            epoch,
            processes: Vec::new(),
            threads: Vec::new(),
            locks: Vec::new(),
            sems: Vec::new(),
            channels: Vec::new(),
            cells: Vec::new(),
            timers: BTreeSet::new(),
            events: Vec::new(),
            switch_interval: 5_000_000,
            seed,
            stdin: String::new(),
            files: BTreeMap::new(),
            next_pid: 101,
            ready: ReadySet::default(),
            output_bytes: 0,
            net: Net::new(&[], &[]).expect("the default network is well formed"),
        }
    }

    /// Records an event at the current time.
    pub fn emit(&mut self, pid: u32, tid: u32, kind: EventKind) {
        self.events.push(Event { t: self.now, pid, tid, kind });
    }

    /// Records a greenlet switch on thread `tid`: a new event, or, when the
    /// last event is this thread's switch less than `GREENLET_BURST` ago,
    /// that event updated (see `EventKind::Greenlet`).
    pub fn greenlet_switch(&mut self, pid: u32, tid: u32, (from, from_dead, to): (u32, bool, u32), name: &str, on: Option<&str>) {
        let now = self.now;
        if let Some(Event {
            t,
            pid: p,
            tid: th,
            kind: EventKind::Greenlet { id, name: n, from: f, from_dead: fd, on: o, switches },
        }) = self.events.last_mut()
        {
            if *p == pid && *th == tid && now < *t + crate::trace::GREENLET_BURST {
                (*id, *f, *fd, *switches) = (to, from, from_dead, *switches + 1);
                n.clear();
                n.push_str(name);
                *o = on.map(str::to_string);
                return;
            }
        }
        let on = on.map(str::to_string);
        let kind = EventKind::Greenlet { id: to, name: name.to_string(), from, from_dead, on, switches: 1 };
        self.emit(pid, tid, kind);
    }

    /// Writes program output (a print event).
    pub fn write(&mut self, pid: u32, tid: u32, stream: Stream, text: &str) {
        if text.is_empty() {
            return;
        }
        self.output_bytes += text.len() as u64;
        self.emit(pid, tid, EventKind::Print { stream, text: text.to_string() });
    }

    /// Adds a process, in its parent's session (a child of init starts a
    /// session of its own); returns its pid.
    pub fn add_process(&mut self, pid: u32, ppid: u32, name: &str, py: Rc<Process>) -> u32 {
        let sid = self.processes.iter().find(|p| p.pid == ppid).map_or(pid, |p| p.sid);
        self.processes.push(ProcessEntry {
            pid,
            ppid,
            sid,
            name: name.to_string(),
            py,
            exit_code: None,
            zombie_at: None,
            reaped_at: None,
            termination: None,
        });
        pid
    }

    /// The process entry of `pid`.
    pub fn process(&mut self, pid: u32) -> &mut ProcessEntry {
        self.processes.iter_mut().find(|p| p.pid == pid).expect("a known pid")
    }

    /// The thread entry of `tid`.
    pub fn thread(&mut self, tid: u32) -> &mut ThreadEntry {
        &mut self.threads[tid as usize - 1]
    }

    /// Creates a thread in `pid`, ready to run; returns its tid.
    pub fn spawn(&mut self, pid: u32, name: String, thread: Thread, parent: Option<u32>, daemon: bool) -> u32 {
        let tid = self.threads.len() as u32 + 1;
        self.threads.push(ThreadEntry {
            tid,
            pid,
            name: name.clone(),
            status: ThreadStatus::Ready,
            thread: Some(thread),
            wait: None,
            daemon,
            joiners: Vec::new(),
        });
        self.emit(pid, tid, EventKind::Spawn { name, parent_tid: parent });
        self.emit(pid, tid, EventKind::State { state: ThreadState::Ready, on: None });
        self.ready.insert(tid);
        tid
    }

    /// Changes a thread's status and records it.
    pub fn set_status(&mut self, tid: u32, status: ThreadStatus) {
        if status == ThreadStatus::Ready {
            self.ready.insert(tid);
        } else {
            self.ready.remove(tid);
        }
        let (pid, on, state) = {
            let desc = if status == ThreadStatus::Blocked { self.describe_wait(tid) } else { None };
            let t = self.thread(tid);
            if t.status == status && status != ThreadStatus::Blocked {
                return;
            }
            t.status = status;
            let state = match status {
                ThreadStatus::Ready => ThreadState::Ready,
                ThreadStatus::Running => ThreadState::Running,
                ThreadStatus::Blocked => match &t.wait {
                    Some(Wait { on: WaitOn::Sleep, .. }) => ThreadState::Sleeping,
                    _ => ThreadState::Blocked,
                },
                ThreadStatus::Exited => ThreadState::Exited,
            };
            (t.pid, desc, state)
        };
        self.emit(pid, tid, EventKind::State { state, on });
    }

    /// Parks a thread on `wait`; it runs again when woken or at the deadline.
    pub fn park(&mut self, tid: u32, wait: Wait) {
        if let Some(d) = wait.deadline {
            self.timers.insert((d, tid));
        }
        if let WaitOn::Lock(l) = wait.on {
            self.locks[l as usize].waiters.push_back(tid);
        }
        // On the parallel machine shared semaphores live outside this kernel.
        if let WaitOn::Sem(sem) = wait.on {
            if let Some(s) = self.sems.get_mut(sem as usize) {
                s.waiters.push_back(tid);
            }
        }
        if let WaitOn::Join(target) = wait.on {
            self.thread(target).joiners.push(tid);
        }
        let who = (self.thread(tid).pid, tid);
        if let WaitOn::Socket(s, _) = wait.on {
            self.net.park_on_socket(who, s);
        }
        if let WaitOn::Poll(ep) = wait.on {
            self.net.park_on_epoll(who, ep);
        }
        self.thread(tid).wait = Some(wait);
        self.set_status(tid, ThreadStatus::Blocked);
    }

    /// Takes a thread off whatever it is parked on (timer, lock queue,
    /// joiners, semaphore queue); returns what it waited for.
    pub fn cancel_wait(&mut self, tid: u32) -> Option<Wait> {
        let wait = self.thread(tid).wait.take()?;
        if let Some(d) = wait.deadline {
            self.timers.remove(&(d, tid));
        }
        match wait.on {
            WaitOn::Lock(l) => self.locks[l as usize].waiters.retain(|w| *w != tid),
            WaitOn::Sem(s) => {
                if let Some(sem) = self.sems.get_mut(s as usize) {
                    sem.waiters.retain(|w| *w != tid)
                }
            }
            WaitOn::Join(target) => self.thread(target).joiners.retain(|w| *w != tid),
            WaitOn::Socket(s, _) => {
                let who = (self.thread(tid).pid, tid);
                self.net.unpark_from_socket(who, s)
            }
            WaitOn::Poll(ep) => {
                let who = (self.thread(tid).pid, tid);
                self.net.unpark_from_epoll(who, ep)
            }
            WaitOn::Sleep | WaitOn::Child(_) | WaitOn::Exit(_) => {}
        }
        Some(wait)
    }

    /// Wakes a parked thread; its blocking call returns `value`.
    pub fn wake(&mut self, tid: u32, value: crate::lang::value::Value) {
        if self.cancel_wait(tid).is_none() {
            return;
        }
        if let Some(t) = self.thread(tid).thread.as_mut() {
            t.wake_value = Some(value);
        }
        self.set_status(tid, ThreadStatus::Ready);
    }

    /// Runs `f` on the network at the kernel's time, then wakes the
    /// threads whose socket or epoll it changed.
    pub fn net_call<R>(&mut self, f: impl FnOnce(&mut Net) -> R) -> R {
        self.net.now = self.now;
        let r = f(&mut self.net);
        self.now = self.now.max(self.net.now);
        for (_, tid) in std::mem::take(&mut self.net.woken) {
            self.wake(tid, crate::lang::value::Value::None);
        }
        r
    }

    /// Fires every timer due by `now` (and those due within `TIMER_SLACK`
    /// after it): the waits time out. Timers that fall due together wake
    /// together, so the seeded scheduler, not the order the sleeps began,
    /// decides who runs first, as threads woken by one clock tick race on
    /// a real machine.
    /// Packets in flight arrive at their own times, in order with the timers.
    pub fn fire_timers(&mut self) {
        loop {
            let timer = self.timers.iter().next().copied();
            let packet = self.net.next_arrival();
            if let Some(p) = packet.filter(|p| timer.map_or(true, |(d, _)| *p <= d)) {
                if p > self.now + TIMER_SLACK {
                    break;
                }
                self.net_call(|net| net.deliver_packets(p));
                continue;
            }
            let Some((d, tid)) = timer else { break };
            if d > self.now + TIMER_SLACK {
                break;
            }
            // Never wake a sleeper before its deadline: the clock moves to it.
            self.now = self.now.max(d);
            let value = match self.thread(tid).wait.as_ref().map(|w| &w.on) {
                Some(WaitOn::Lock(_) | WaitOn::Sem(_)) => crate::lang::value::Value::Bool(false),
                _ => crate::lang::value::Value::None,
            };
            self.wake(tid, value);
        }
    }

    /// The earliest pending deadline or packet arrival.
    pub fn next_timer(&self) -> Option<Nanos> {
        let timer = self.timers.iter().next().map(|(d, _)| *d);
        match (timer, self.net.next_arrival()) {
            (Some(t), Some(p)) => Some(t.min(p)),
            (t, p) => t.or(p),
        }
    }

    /// Ends a thread: wakes those joining it.
    pub fn exit_thread(&mut self, tid: u32) {
        self.thread(tid).thread = None;
        self.set_status(tid, ThreadStatus::Exited);
        let joiners = std::mem::take(&mut self.thread(tid).joiners);
        for j in joiners {
            self.wake(j, crate::lang::value::Value::None);
        }
    }

    /// Ends a process with `code`: its remaining threads stop, it becomes a
    /// zombie, and (with no parent process to wait for it) is reaped at once.
    pub fn exit_process(&mut self, pid: u32, code: i32) {
        let live: Vec<u32> = self
            .threads
            .iter()
            .filter(|t| t.pid == pid && t.status != ThreadStatus::Exited)
            .map(|t| t.tid)
            .collect();
        for tid in live {
            self.cancel_wait(tid);
            self.exit_thread(tid);
        }
        let now = self.now;
        let main_tid = self.threads.iter().find(|t| t.pid == pid).map(|t| t.tid).unwrap_or(0);
        let p = self.process(pid);
        p.exit_code = Some(code);
        p.zombie_at = Some(now);
        if p.termination.is_none() {
            p.termination = Some(Termination::Exited(code));
        }
        self.emit(pid, main_tid, EventKind::Exit { code });
    }

    /// What a parked thread waits for, in words, for the trace and deadlock reports.
    pub fn describe_wait(&self, tid: u32) -> Option<String> {
        let t = &self.threads[tid as usize - 1];
        let w = t.wait.as_ref()?;
        Some(match &w.on {
            WaitOn::Sleep => format!("sleep until {:.3} s", w.deadline.unwrap_or(0) as f64 / 1e9),
            WaitOn::Lock(l) if self.locks[*l as usize].name.is_some() => {
                self.locks[*l as usize].name.clone().unwrap_or_default()
            }
            WaitOn::Lock(l) => {
                let owner = self.locks[*l as usize].owner;
                // A lock a fork copied may be held by a thread the child lacks.
                match owner.and_then(|o| self.threads.get((o as usize).wrapping_sub(1))) {
                    Some(o) => format!("lock #{l} held by {}", o.name),
                    None => format!("lock #{l}"),
                }
            }
            WaitOn::Join(target) => format!("join {}", self.threads[*target as usize - 1].name),
            WaitOn::Sem(sem) => match self.sems.get(*sem as usize) {
                Some(s) => s.describe(),
                None => format!("semaphore #{sem}"),
            },
            WaitOn::Child(Some(pid)) => format!("waitpid({pid})"),
            WaitOn::Child(None) => "wait() for a child".to_string(),
            WaitOn::Exit(_) => "exit".to_string(),
            WaitOn::Socket(sock, op) => self.net.describe_socket_wait(*sock, *op),
            WaitOn::Poll(ep) => self.net.describe_poll(*ep),
        })
    }

    /// The thread each blocked thread waits for, when it waits for one.
    pub fn waits_for(&self, tid: u32) -> Option<u32> {
        let t = &self.threads[tid as usize - 1];
        match t.wait.as_ref()?.on {
            // A named lock stands for a notification (a Condition), not for a holder.
            WaitOn::Lock(l) if self.locks[l as usize].name.is_some() => None,
            WaitOn::Lock(l) => self.locks[l as usize].owner,
            WaitOn::Join(target) => Some(target),
            WaitOn::Child(Some(pid)) => {
                let main = self.main_tid(pid);
                (main != 0).then_some(main)
            }
            WaitOn::Sem(sem) => self.sems.get(sem as usize).and_then(|s| s.holder),
            WaitOn::Sleep | WaitOn::Child(None) | WaitOn::Exit(_) | WaitOn::Socket(..) | WaitOn::Poll(_) => None,
        }
    }
}
