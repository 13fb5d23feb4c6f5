//! What the processes of a parallel run share, behind one lock: the process
//! table (pids, parents, zombies, reaping), the objects shared between
//! processes (semaphores, channels, shared cells), the files, standard
//! input and the trace; and behind a second lock the network. Everything else (threads, thread locks, timers,
//! each process's GIL) stays in the process's own `Kernel` on the worker
//! that hosts it.
//!
//! Workers talk through mailboxes: a fork sends the child's image to the
//! worker chosen for it; a semaphore release sends a wake to the worker of
//! the first waiter; a change of a socket or an epoll sends a wake to the
//! workers of the threads waiting on it (which try their call again); a
//! child's end tells its parent's worker to look at its waits again; a signal goes to the target's worker. A mailbox also says
//! whether its worker is idle and what its threads wait for, which the
//! machine's watchdog reads to find deadlocks.

use super::bell::Bell;
use super::image::Image;
use super::net::Net;
use super::process::{Termination, INIT_PID};
use super::shared::{Channel, Portable, Semaphore, SharedCells};
use super::clock::WallClock;
use crate::vm::{NetErr, NetResult, WaitOn};
use crate::trace::{Event, EventKind, Nanos};
use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

/// A thread anywhere in a parallel run: (pid, tid); thread ids are per process.
pub type Who = (u32, u32);

/// A process in the shared process table.
#[derive(Clone, Debug)]
pub struct ProcessRecord {
    /// Its pid.
    pub pid: u32,
    /// Its parent's pid.
    pub ppid: u32,
    /// Its name (MainProcess, Process-1).
    pub name: String,
    /// The worker that hosts it.
    pub worker: usize,
    /// Its exit status, once exited.
    pub exit_code: Option<i32>,
    /// When it became a zombie.
    pub zombie_at: Option<Nanos>,
    /// When it was reaped.
    pub reaped_at: Option<Nanos>,
    /// How it ended, once it has.
    pub termination: Option<Termination>,
}

/// What one worker tells another.
pub enum Mail {
    /// Host this process from now on (a fork's child, or the first process).
    Start(Image),
    /// A permit of semaphore `sem` was released while `who` waited for it:
    /// try again.
    Wake {
        /// The waiting thread.
        who: Who,
        /// The semaphore.
        sem: u32,
    },
    /// The socket or epoll `who` waited on changed: it tries its call again.
    NetWake {
        /// The waiting thread.
        who: Who,
    },
    /// A child of `pid` ended: its threads in `wait` may reap it now.
    Children {
        /// The parent.
        pid: u32,
    },
    /// End process `pid` as signal `signal` does.
    Signal {
        /// The target.
        pid: u32,
        /// The signal number.
        signal: i32,
    },
}

/// A thread as the watchdog sees it while its worker idles.
#[derive(Clone, Debug)]
pub struct Parked {
    /// The thread.
    pub who: Who,
    /// Its name.
    pub name: String,
    /// What it waits for, in words.
    pub waits_for: String,
    /// The thread it waits for, when it waits for one (a lock's holder).
    pub holder: Option<Who>,
}

/// A worker's inbox and what it last said about itself.
#[derive(Default)]
pub struct Inbox {
    /// Mail not yet read.
    pub mail: VecDeque<Mail>,
    /// Whether the worker waits for mail with nothing to run; any new mail clears it.
    pub idle: bool,
    /// Whether one of its threads waits with a deadline (a sleep, a timeout).
    pub timer: bool,
    /// Its blocked threads, as of when it went idle.
    pub parked: Vec<Parked>,
    /// Bumped by every mail: the watchdog's proof that nothing moved.
    pub generation: u64,
}

/// A worker's mailbox: the inbox and the condition its worker sleeps on.
#[derive(Default)]
pub struct Mailbox {
    inbox: Mutex<Inbox>,
    bell: Bell,
}

impl Mailbox {
    /// Delivers mail and wakes the worker.
    pub fn post(&self, mail: Mail) {
        let mut inbox = relock(&self.inbox);
        inbox.mail.push_back(mail);
        inbox.idle = false;
        inbox.generation += 1;
        self.bell.ring();
    }

    /// Wakes the worker without mail (Stop, the end of the run).
    pub fn nudge(&self) {
        let mut inbox = relock(&self.inbox);
        inbox.generation += 1;
        self.bell.ring();
    }

    /// The inbox, locked.
    pub fn inbox(&self) -> MutexGuard<'_, Inbox> {
        relock(&self.inbox)
    }

    /// Waits for mail at most `timeout` (None: until some arrives); a
    /// worker's only wait, so an idle worker never spins.
    pub fn wait<'a>(&'a self, inbox: MutexGuard<'a, Inbox>, timeout: Option<std::time::Duration>) -> MutexGuard<'a, Inbox> {
        self.bell.wait(&self.inbox, inbox, timeout)
    }
}

/// Locks a mutex even if a thread panicked while holding it: the state
/// behind these locks is plain data that stays consistent between calls,
/// and one process's failure must not stop the others.
pub fn relock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The shared state itself.
pub struct WorldState {
    /// The process table.
    pub processes: Vec<ProcessRecord>,
    /// Semaphores shared between processes.
    pub sems: Vec<Semaphore<Who>>,
    /// Message channels.
    pub channels: Vec<Channel>,
    /// Shared memory cells.
    pub cells: Vec<SharedCells>,
    /// The in-memory disk.
    pub files: BTreeMap<String, Vec<u8>>,
    /// What is left of standard input.
    pub stdin: String,
    /// The trace, in the order workers handed events in (each process's in order).
    pub events: Vec<Event>,
    /// The pid the next process gets.
    pub next_pid: u32,
}

/// Everything the processes of one parallel run share.
pub struct World {
    state: Mutex<WorldState>,
    /// The network (hosts, sockets, epolls, the web), behind its own lock:
    /// taken before `state` when both are needed, never after.
    net: Mutex<Net>,
    mailboxes: Vec<Mailbox>,
    /// The run's clock.
    pub clock: WallClock,
    /// What `time.time()` read when the run started.
    pub epoch: f64,
    /// The run's seed, for `random`'s default seeding.
    pub seed: u64,
    /// Set to end the run: Stop, a budget, a deadlock, or every process gone.
    pub over: AtomicBool,
    /// Bytecodes run so far, all processes together.
    pub steps: AtomicU64,
    /// Bytes written to stdout and stderr so far.
    pub output_bytes: AtomicU64,
}

impl World {
    /// The shared part of a run with `workers` workers.
    pub fn new(workers: usize, clock: WallClock, epoch: f64, seed: u64, net: Net) -> World {
        World {
            state: Mutex::new(WorldState {
                processes: Vec::new(),
                sems: Vec::new(),
                channels: Vec::new(),
                cells: Vec::new(),
                files: BTreeMap::new(),
                stdin: String::new(),
                events: Vec::new(),
                next_pid: 101,
            }),
            net: Mutex::new(net),
            mailboxes: (0..workers.max(1)).map(|_| Mailbox::default()).collect(),
            clock,
            epoch,
            seed,
            over: AtomicBool::new(false),
            steps: AtomicU64::new(0),
            output_bytes: AtomicU64::new(0),
        }
    }

    /// The shared state, locked.
    pub fn state(&self) -> MutexGuard<'_, WorldState> {
        relock(&self.state)
    }

    /// The workers' mailboxes.
    pub fn mailboxes(&self) -> &[Mailbox] {
        &self.mailboxes
    }

    /// Whether the run is over.
    pub fn is_over(&self) -> bool {
        self.over.load(Ordering::Acquire)
    }

    /// Ends the run and wakes every worker so it can leave.
    pub fn end(&self) {
        self.over.store(true, Ordering::Release);
        for m in &self.mailboxes {
            m.nudge();
        }
    }

    fn emit(&self, s: &mut WorldState, pid: u32, tid: u32, kind: EventKind) {
        s.events.push(Event { t: self.clock.now(), pid, tid, kind });
    }

    /// Adds a process hosted by `worker` and returns its pid (`pid` when
    /// given: the first process has a fixed one).
    pub fn add_process(&self, pid: Option<u32>, ppid: u32, name: &str, worker: usize) -> u32 {
        let mut s = self.state();
        let pid = pid.unwrap_or_else(|| {
            s.next_pid += 1;
            s.next_pid - 1
        });
        let record = ProcessRecord {
            pid,
            ppid,
            name: name.to_string(),
            worker,
            exit_code: None,
            zombie_at: None,
            reaped_at: None,
            termination: None,
        };
        s.processes.push(record);
        pid
    }

    /// The worker for a child of `parent`: the one hosting the fewest live
    /// processes besides the parent (a parent that starts children usually
    /// waits for them next), and of those the one given a process least
    /// recently. So children started one after another go to different
    /// workers even while short-lived siblings are still ending, and two
    /// CPU-bound children on two workers really run at the same time.
    pub fn place(&self, parent: u32) -> usize {
        let s = self.state();
        let load = |w: usize| {
            s.processes.iter().filter(|p| p.worker == w && p.pid != parent && p.exit_code.is_none()).count()
        };
        // The process table is in creation order: a later position is a later placement.
        let last_given = |w: usize| s.processes.iter().rposition(|p| p.worker == w);
        (0..self.mailboxes.len()).min_by_key(|&w| (load(w), last_given(w), w)).unwrap_or(0)
    }

    /// A process's record.
    pub fn record(&self, pid: u32) -> Option<ProcessRecord> {
        self.state().processes.iter().find(|p| p.pid == pid).cloned()
    }

    /// Renames a process.
    pub fn rename(&self, pid: u32, name: &str) {
        if let Some(p) = self.state().processes.iter_mut().find(|p| p.pid == pid) {
            p.name = name.to_string();
        }
    }

    /// Hands events of one process to the trace.
    pub fn publish(&self, events: &mut Vec<Event>) {
        if !events.is_empty() {
            self.state().events.append(events);
        }
    }

    /// Records that `pid` ended: it becomes a zombie (reaped at once when
    /// its parent is init), its children go to init, its parent's worker
    /// hears of it. Returns whether every process of the run has now ended.
    pub fn process_ended(&self, pid: u32, how: Termination) -> bool {
        let mut s = self.state();
        let now = self.clock.now();
        let Some(i) = s.processes.iter().position(|p| p.pid == pid) else { return false };
        if s.processes[i].exit_code.is_some() {
            return false;
        }
        let p = &mut s.processes[i];
        p.exit_code = Some(how.exit_code());
        p.zombie_at = Some(now);
        p.termination = Some(how);
        let ppid = p.ppid;
        let orphans: Vec<usize> = (0..s.processes.len())
            .filter(|&j| s.processes[j].ppid == pid && s.processes[j].reaped_at.is_none())
            .collect();
        for j in orphans {
            s.processes[j].ppid = INIT_PID;
            let child = s.processes[j].pid;
            self.emit(&mut s, child, 1, EventKind::Reparent { to: INIT_PID });
            if s.processes[j].zombie_at.is_some() {
                self.reap(&mut s, j, INIT_PID);
            }
        }
        if ppid == INIT_PID {
            self.reap(&mut s, i, INIT_PID);
        } else if let Some(parent) = s.processes.iter().find(|p| p.pid == ppid) {
            self.mailboxes[parent.worker].post(Mail::Children { pid: ppid });
        }
        s.processes.iter().all(|p| p.exit_code.is_some())
    }

    fn reap(&self, s: &mut WorldState, index: usize, by: u32) {
        let now = self.clock.now();
        let p = &mut s.processes[index];
        if p.reaped_at.is_some() {
            return;
        }
        p.reaped_at = Some(now);
        let pid = p.pid;
        self.emit(s, pid, 1, EventKind::Reap { by });
    }

    /// A zombie child of `pid` matching `which` (None: any), reaped now:
    /// its pid and wait status.
    pub fn try_reap(&self, pid: u32, which: Option<u32>) -> Option<(u32, i64)> {
        let mut s = self.state();
        let i = s.processes.iter().position(|p| {
            p.ppid == pid && p.reaped_at.is_none() && p.zombie_at.is_some() && which.map_or(true, |w| p.pid == w)
        })?;
        self.reap(&mut s, i, pid);
        let p = &s.processes[i];
        let how = p.termination.unwrap_or(Termination::Exited(p.exit_code.unwrap_or(0)));
        Some((p.pid, how.wait_status()))
    }

    /// Whether `pid` has a child matching `which` that it has not reaped.
    pub fn has_child(&self, pid: u32, which: Option<u32>) -> bool {
        let s = self.state();
        s.processes.iter().any(|p| p.ppid == pid && p.reaped_at.is_none() && which.map_or(true, |w| p.pid == w))
    }

    /// Sends a signal: false when there is no such live process. The
    /// target ends on its own worker, soon after (as a real kill is
    /// delivered asynchronously).
    pub fn kill(&self, from: Who, pid: u32, signal: i32) -> bool {
        let mut s = self.state();
        let Some(target) = s.processes.iter().find(|p| p.pid == pid && p.zombie_at.is_none()) else { return false };
        let worker = target.worker;
        if signal != 0 {
            self.emit(&mut s, from.0, from.1, EventKind::Signal { to: pid, signal });
            self.mailboxes[worker].post(Mail::Signal { pid, signal });
        }
        true
    }

    /// A new shared semaphore.
    pub fn sem_new(&self, value: i64, max: i64, kind: &str) -> u32 {
        let mut s = self.state();
        let id = s.sems.len() as u32;
        s.sems.push(Semaphore::new(id, value, max, kind));
        id
    }

    /// Takes a permit if one is left.
    pub fn sem_try_acquire(&self, sem: u32, who: Who) -> bool {
        let mut s = self.state();
        let Some(sm) = s.sems.get_mut(sem as usize) else { return false };
        if sm.value > 0 {
            sm.value -= 1;
            sm.holder = Some(who);
            true
        } else {
            false
        }
    }

    /// Takes a permit, or queues `who` to hear of the next release: the
    /// check and the queueing under one lock, so no release is missed.
    pub fn sem_acquire_or_queue(&self, sem: u32, who: Who) -> bool {
        let mut s = self.state();
        let Some(sm) = s.sems.get_mut(sem as usize) else { return false };
        if sm.value > 0 {
            sm.value -= 1;
            sm.holder = Some(who);
            return true;
        }
        sm.waiters.push_back(who);
        false
    }

    /// Returns a permit and tells the first waiter's worker; false if that
    /// would exceed the maximum. The permit is not handed over: the woken
    /// thread takes it if it still can (another may take it first, as on a
    /// real machine), or waits again.
    pub fn sem_release(&self, sem: u32) -> bool {
        let mut s = self.state();
        let Some(sm) = s.sems.get_mut(sem as usize) else { return false };
        if sm.value >= sm.max {
            return false;
        }
        sm.value += 1;
        sm.holder = None;
        self.wake_first(&mut s, sem);
        true
    }

    /// Passes a wake on to the next waiter: the thread it was for no
    /// longer waits (its timeout passed, its process ended).
    pub fn sem_pass_on(&self, sem: u32) {
        let mut s = self.state();
        if s.sems.get(sem as usize).is_some_and(|sm| sm.value > 0) {
            self.wake_first(&mut s, sem);
        }
    }

    fn wake_first(&self, s: &mut WorldState, sem: u32) {
        let Some(who) = s.sems[sem as usize].waiters.pop_front() else { return };
        if let Some(p) = s.processes.iter().find(|p| p.pid == who.0) {
            self.mailboxes[p.worker].post(Mail::Wake { who, sem });
        }
    }

    /// Permits left.
    pub fn sem_value(&self, sem: u32) -> i64 {
        self.state().sems.get(sem as usize).map_or(0, |s| s.value)
    }

    /// What waiting on a semaphore means, and the thread that holds it.
    pub fn sem_describe(&self, sem: u32) -> (String, Option<Who>) {
        let s = self.state();
        match s.sems.get(sem as usize) {
            Some(sm) => (sm.describe(), sm.holder),
            None => (format!("semaphore #{sem}"), None),
        }
    }

    /// A new message channel.
    pub fn channel_new(&self) -> u32 {
        let mut s = self.state();
        s.channels.push(Channel::default());
        (s.channels.len() - 1) as u32
    }

    /// Appends a message.
    pub fn channel_push(&self, channel: u32, item: Portable) {
        if let Some(c) = self.state().channels.get_mut(channel as usize) {
            c.items.push_back(item);
        }
    }

    /// Takes the oldest message.
    pub fn channel_pop(&self, channel: u32) -> Option<Portable> {
        self.state().channels.get_mut(channel as usize)?.items.pop_front()
    }

    /// Messages waiting.
    pub fn channel_len(&self, channel: u32) -> usize {
        self.state().channels.get(channel as usize).map_or(0, |c| c.items.len())
    }

    /// New shared cells.
    pub fn cells_new(&self, typecode: &str, items: Vec<Portable>) -> u32 {
        let mut s = self.state();
        s.cells.push(SharedCells { typecode: typecode.into(), items });
        (s.cells.len() - 1) as u32
    }

    /// Reads cell `i`: one shared-memory load.
    pub fn cells_get(&self, cells: u32, i: usize) -> Option<Portable> {
        self.state().cells.get(cells as usize)?.items.get(i).cloned()
    }

    /// Writes cell `i`: one shared-memory store.
    pub fn cells_set(&self, cells: u32, i: usize, v: Portable) {
        if let Some(c) = self.state().cells.get_mut(cells as usize).and_then(|c| c.items.get_mut(i)) {
            *c = v;
        }
    }

    /// The number of cells and their type code.
    pub fn cells_info(&self, cells: u32) -> (usize, String) {
        let s = self.state();
        s.cells.get(cells as usize).map_or((0, String::new()), |c| (c.items.len(), c.typecode.clone()))
    }

    /// Runs a network call of thread `who` at the current time; the
    /// threads it woke hear of it by mail. A call that would block
    /// registers `who` as a waiter under the same lock as the try, so a
    /// change made by another worker between the try and the parking is
    /// not missed (the wake may find the thread waiting on something else
    /// by then, and is then dropped).
    pub fn net_call<R>(&self, who: Who, f: impl FnOnce(&mut Net) -> NetResult<R>) -> NetResult<R> {
        let mut net = relock(&self.net);
        net.now = self.clock.now();
        let r = f(&mut net);
        match &r {
            Err(NetErr::Block(WaitOn::Socket(s, _))) => net.park_on_socket(who, *s),
            Err(NetErr::Block(WaitOn::Poll(ep))) => net.park_on_epoll(who, *ep),
            _ => {}
        }
        self.mail_woken(&mut net);
        r
    }

    /// Reads the network.
    pub fn net_read<R>(&self, f: impl FnOnce(&Net) -> R) -> R {
        f(&relock(&self.net))
    }

    /// A forked child shares its parent's sockets and epolls.
    pub fn net_fork(&self, parent: u32, child: u32) {
        relock(&self.net).net_fork(parent, child);
    }

    /// An ended process's descriptors close.
    pub fn net_close_all(&self, pid: u32) {
        let mut net = relock(&self.net);
        net.now = self.clock.now();
        net.close_all(pid);
        self.mail_woken(&mut net);
    }

    /// Delivers the packets due by now (those a route's latency delayed).
    pub fn deliver_packets(&self) {
        let mut net = relock(&self.net);
        let now = self.clock.now();
        if net.next_arrival().is_some_and(|t| t <= now) {
            net.now = now;
            net.deliver_packets(now);
            self.mail_woken(&mut net);
        }
    }

    /// When the next packet in flight arrives.
    pub fn next_arrival(&self) -> Option<Nanos> {
        relock(&self.net).next_arrival()
    }

    fn mail_woken(&self, net: &mut Net) {
        if net.woken.is_empty() {
            return;
        }
        let woken = std::mem::take(&mut net.woken);
        let s = self.state();
        for who in woken {
            if let Some(p) = s.processes.iter().find(|p| p.pid == who.0) {
                self.mailboxes[p.worker].post(Mail::NetWake { who });
            }
        }
    }

    /// What waiting on a socket or an epoll means.
    pub fn describe_net_wait(&self, on: &WaitOn) -> String {
        let net = relock(&self.net);
        match on {
            WaitOn::Socket(s, op) => net.describe_socket_wait(*s, *op),
            WaitOn::Poll(ep) => net.describe_poll(*ep),
            _ => String::new(),
        }
    }
}
