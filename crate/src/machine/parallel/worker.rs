//! A worker: one host thread running the processes pinned to it. It
//! multiplexes them with its own scheduler (each process in turn, for a
//! quantum of wall time or until it has nothing ready), so a blocked process
//! never blocks its worker; within a process, threads take turns under the
//! process's GIL, switched after the switch interval of wall-clock time at
//! the eval breaker's points, as on the deterministic machine. With nothing
//! ready the worker sleeps on its mailbox until mail or its next timer.

use super::Control;
use crate::lang::value::Value;
use crate::machine::lifecycle::{self, Exits};
use crate::machine::SwitchRule;
use crate::os::{Image, Kernel, Mail, ParallelSys, Parked, Termination, ThreadStatus, Who};
use crate::trace::{EventKind, Nanos, Stream};
use crate::vm::{Interp, StepResult, Wait, WaitOn};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::Ordering;
use crate::os::monotonic;

/// Bytecodes a thread runs before its worker looks around (Stop, mail,
/// the switch interval): about 0.1–1 ms.
const SLICE: u64 = 20_000;

/// Wall time a process keeps its worker while others on it are ready: 10 ms.
const QUANTUM: u64 = 10_000_000;

/// A process hosted by a worker.
struct Hosted {
    kernel: Kernel,
    pid: u32,
    exits: Exits,
    /// The thread holding the GIL, and since when (program time).
    gil: Option<(u32, Nanos)>,
    /// The thread last asked to drop the GIL, which gives way.
    yielding: Option<u32>,
}

/// One worker's state; lives on its host thread only.
pub(super) struct Worker<'c> {
    index: usize,
    control: &'c Control,
    hosted: Vec<Hosted>,
    turn: usize,
}

impl<'c> Worker<'c> {
    /// The worker `index` of the run `control`.
    pub(super) fn new(index: usize, control: &'c Control) -> Worker<'c> {
        Worker { index, control, hosted: Vec::new(), turn: 0 }
    }

    /// Runs until the run is over; the processes it hosts are dropped here,
    /// on the thread that owns their heaps.
    pub(super) fn run(mut self) {
        while !self.control.world.is_over() {
            self.read_mail();
            self.fire_timers();
            match self.next_process() {
                Some(i) => self.run_process(i),
                None => self.idle(),
            }
        }
    }

    fn read_mail(&mut self) {
        let mail: Vec<Mail> = self.control.world.mailboxes()[self.index].inbox().mail.drain(..).collect();
        for m in mail {
            match m {
                Mail::Start(image) => self.host(image),
                Mail::Wake { who, sem } => self.sem_woken(who, sem),
                Mail::NetWake { who } => self.net_woken(who),
                Mail::Children { pid } => self.children_ended(pid),
                Mail::Signal { pid, signal } => {
                    if let Some(i) = self.find(pid) {
                        self.end_process(i, Termination::Signaled(signal));
                    }
                }
            }
        }
    }

    fn host(&mut self, image: Image) {
        let (kernel, pid) = image.open();
        self.hosted.push(Hosted { kernel, pid, exits: Exits::default(), gil: None, yielding: None });
        self.publish(self.hosted.len() - 1);
    }

    fn find(&self, pid: u32) -> Option<usize> {
        self.hosted.iter().position(|h| h.pid == pid)
    }

    /// A permit of `sem` was released while `who` waited: it takes one if
    /// it still waits and can, waits again if it cannot, and passes the
    /// wake on if it no longer waits.
    fn sem_woken(&mut self, who: Who, sem: u32) {
        let world = &self.control.world;
        let waiting = self.find(who.0).filter(|&i| {
            let t = self.hosted[i].kernel.threads.get(who.1 as usize - 1);
            t.is_some_and(|t| t.status == ThreadStatus::Blocked && t.wait.as_ref().is_some_and(|w| w.on == WaitOn::Sem(sem)))
        });
        match waiting {
            Some(i) => {
                if world.sem_acquire_or_queue(sem, who) {
                    self.hosted[i].kernel.now = world.clock.now();
                    self.hosted[i].kernel.wake(who.1, Value::Bool(true));
                }
            }
            None => world.sem_pass_on(sem),
        }
    }

    /// The socket or epoll `who` waited on changed: it tries its call
    /// again, if it still waits on the network.
    fn net_woken(&mut self, who: Who) {
        let Some(i) = self.find(who.0) else { return };
        let k = &mut self.hosted[i].kernel;
        let t = k.threads.get(who.1 as usize - 1);
        let on_net = |on: &WaitOn| matches!(on, WaitOn::Socket(..) | WaitOn::Poll(_));
        if t.is_some_and(|t| t.status == ThreadStatus::Blocked && t.wait.as_ref().is_some_and(|w| on_net(&w.on))) {
            k.now = self.control.world.clock.now();
            k.wake(who.1, Value::None);
        }
    }

    /// A child of `pid` ended: its threads waiting for children reap.
    fn children_ended(&mut self, pid: u32) {
        let Some(i) = self.find(pid) else { return };
        let waiting: Vec<(u32, Option<u32>)> = self.hosted[i]
            .kernel
            .threads
            .iter()
            .filter(|t| t.status == ThreadStatus::Blocked)
            .filter_map(|t| match t.wait.as_ref().map(|w| &w.on) {
                Some(WaitOn::Child(which)) => Some((t.tid, *which)),
                _ => None,
            })
            .collect();
        for (tid, which) in waiting {
            self.try_reap(i, tid, which);
        }
    }

    fn try_reap(&mut self, i: usize, tid: u32, which: Option<u32>) {
        let h = &mut self.hosted[i];
        if let Some((child, status)) = self.control.world.try_reap(h.pid, which) {
            h.kernel.now = self.control.world.clock.now();
            h.kernel.wake(tid, Value::tuple(vec![Value::Int(i64::from(child)), Value::Int(status)]));
        }
    }

    fn fire_timers(&mut self) {
        self.control.world.deliver_packets();
        let now = self.control.world.clock.now();
        for i in 0..self.hosted.len() {
            let k = &mut self.hosted[i].kernel;
            if k.next_timer().is_some_and(|d| d <= now) {
                k.now = now;
                k.fire_timers();
                self.publish(i);
            }
        }
    }

    /// The next process with something to run, round-robin.
    fn next_process(&mut self) -> Option<usize> {
        let n = self.hosted.len();
        let found = (0..n).map(|k| (self.turn + k) % n).find(|&i| {
            let h = &self.hosted[i];
            h.gil.is_some() || !h.kernel.ready.is_empty()
        })?;
        self.turn = (found + 1) % n.max(1);
        Some(found)
    }

    /// Runs process `i` for a quantum, or until nothing of it is ready.
    fn run_process(&mut self, i: usize) {
        let started = monotonic();
        let world = &self.control.world;
        while !world.is_over() {
            let Some(tid) = self.gil_holder(i) else { return };
            let switch_at = self.switch_at(i, tid);
            let pid = self.hosted[i].pid;
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| self.run_slice(i, tid, switch_at)));
            match outcome {
                Ok((result, ran)) => {
                    world.steps.fetch_add(ran, Ordering::Relaxed);
                    self.after_slice(i, tid, result);
                }
                Err(panic) => self.crashed(pid, panic),
            }
            self.read_mail();
            let Some(i) = self.find(pid) else { return };
            self.publish(i);
            self.hosted[i].kernel.now = world.clock.now();
            self.hosted[i].kernel.fire_timers();
            let others_wait = self.hosted.len() > 1 || !world.mailboxes()[self.index].inbox().mail.is_empty();
            if others_wait && monotonic().saturating_sub(started) >= QUANTUM {
                return;
            }
        }
    }

    /// The thread holding process `i`'s GIL, giving it to a ready thread if
    /// none holds it (another than the one that just yielded, if any).
    fn gil_holder(&mut self, i: usize) -> Option<u32> {
        let now = self.control.world.clock.now();
        let h = &mut self.hosted[i];
        if let Some((tid, _)) = h.gil {
            return Some(tid);
        }
        let after = h.yielding.take().unwrap_or(0);
        let ready = &h.kernel.ready;
        if ready.is_empty() {
            return None;
        }
        let next = ready.rank(after + 1);
        let tid = ready.nth(if next < ready.len() { next } else { 0 });
        h.kernel.now = now;
        h.kernel.set_status(tid, ThreadStatus::Running);
        h.kernel.emit(h.pid, tid, EventKind::Worker { worker: self.index as u32 });
        h.gil = Some((tid, now));
        Some(tid)
    }

    /// When the running thread must offer the GIL: at once once it has
    /// held it for the switch interval while another thread of its process
    /// is ready (CPython's drop request); never otherwise.
    fn switch_at(&self, i: usize, tid: u32) -> u64 {
        let h = &self.hosted[i];
        let Some((_, since)) = h.gil else { return u64::MAX };
        let others = h.kernel.ready.len() > usize::from(h.kernel.ready.contains(tid));
        let held = self.control.world.clock.now().saturating_sub(since);
        if others && held >= h.kernel.switch_interval {
            0
        } else {
            u64::MAX
        }
    }

    fn run_slice(&mut self, i: usize, tid: u32, switch_at: u64) -> (StepResult, u64) {
        let world = &self.control.world;
        let h = &mut self.hosted[i];
        let pid = h.pid;
        let proc = h.kernel.process(pid).py.clone();
        let Some(mut thread) = h.kernel.thread(tid).thread.take() else {
            return (StepResult::Exited(Ok(Value::None)), 0);
        };
        let mut sys = ParallelSys::new(&mut h.kernel, world, pid, tid);
        let mut interp = Interp::new(&mut thread, &proc, &mut sys);
        interp.switch_at = switch_at;
        interp.switch_anywhere = self.control.config.switch == SwitchRule::AnyBytecode;
        let result = interp.step(SLICE);
        let ran = interp.steps;
        let uncaught = match &result {
            StepResult::Exited(Err(exc)) => Some(lifecycle::uncaught(&mut interp, exc)),
            _ => None,
        };
        drop(interp);
        crate::vm::Sys::sync_clock(&mut sys, ran);
        h.kernel.thread(tid).thread = Some(thread);
        if let Some((text, code)) = uncaught {
            if !text.is_empty() {
                world.output_bytes.fetch_add(text.len() as u64, Ordering::Relaxed);
                h.kernel.write(pid, tid, Stream::Stderr, &text);
            }
            return (StepResult::Exited(Err(Value::Int(i64::from(code)))), ran);
        }
        (result, ran)
    }

    fn after_slice(&mut self, i: usize, tid: u32, result: StepResult) {
        let h = &mut self.hosted[i];
        h.kernel.now = self.control.world.clock.now();
        match result {
            StepResult::Budget => {}
            StepResult::Switch => {
                h.kernel.set_status(tid, ThreadStatus::Ready);
                h.yielding = Some(tid);
                h.gil = None;
            }
            StepResult::Blocked(Wait { on: WaitOn::Exit(code), .. }) => {
                h.gil = None;
                let how = if code < 0 { Termination::Signaled(-code) } else { Termination::Exited(code) };
                self.end_process(i, how);
            }
            StepResult::Blocked(wait) => {
                h.gil = None;
                self.park(i, tid, wait);
            }
            StepResult::Exited(r) => {
                h.gil = None;
                let code = match r {
                    Ok(_) => 0,
                    Err(Value::Int(c)) => c as i32,
                    Err(_) => 1,
                };
                for (pid, code) in h.exits.thread_ended(&mut h.kernel, tid, code) {
                    if let Some(i) = self.find(pid) {
                        self.end_process(i, Termination::Exited(code));
                    }
                }
            }
        }
    }

    /// Parks a thread; a wait on something shared is checked again under
    /// the world's lock, so a release or a child's end that came between
    /// the thread's try and its parking is not missed.
    fn park(&mut self, i: usize, tid: u32, wait: Wait) {
        let on = wait.on.clone();
        let h = &mut self.hosted[i];
        h.kernel.park(tid, wait);
        let who = (h.pid, tid);
        match on {
            WaitOn::Sem(sem) => {
                if self.control.world.sem_acquire_or_queue(sem, who) {
                    h.kernel.wake(tid, Value::Bool(true));
                }
            }
            WaitOn::Child(which) => self.try_reap(i, tid, which),
            _ => {}
        }
    }

    /// Ends process `i`: its threads stop, the world records it, and it
    /// leaves this worker (its heap is dropped here, on its own thread).
    fn end_process(&mut self, i: usize, how: Termination) {
        let mut h = self.hosted.remove(i);
        if self.turn > i {
            self.turn -= 1;
        }
        h.kernel.now = self.control.world.clock.now();
        h.kernel.exit_process(h.pid, how.exit_code());
        self.control.world.net_close_all(h.pid);
        self.control.world.publish(&mut h.kernel.events);
        self.control.process_ended(h.pid, how);
    }

    /// A Rust panic while running process `pid`: that process ends with an
    /// internal error on its stderr; the others go on.
    fn crashed(&mut self, pid: u32, panic: Box<dyn std::any::Any + Send>) {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".into());
        let Some(i) = self.find(pid) else { return };
        let h = &mut self.hosted[i];
        h.gil = None;
        h.kernel.write(pid, 0, Stream::Stderr, &format!("pyconc: internal error in process {pid}: {what}\n"));
        self.end_process(i, Termination::Exited(1));
    }

    /// Hands process `i`'s new events to the trace.
    fn publish(&mut self, i: usize) {
        self.control.world.publish(&mut self.hosted[i].kernel.events);
    }

    /// Nothing to run: tell the watchdog what waits for what, then sleep
    /// until mail comes or the next timer is due.
    fn idle(&mut self) {
        let parked = self.parked();
        let world = &self.control.world;
        let local = self.hosted.iter().filter_map(|h| h.kernel.next_timer()).min();
        // Packets in flight are every worker's timers: whoever wakes first delivers them.
        let next_timer = local.into_iter().chain(world.next_arrival()).min();
        let mailbox = &world.mailboxes()[self.index];
        let mut inbox = mailbox.inbox();
        if !inbox.mail.is_empty() || world.is_over() {
            return;
        }
        inbox.idle = true;
        inbox.timer = next_timer.is_some();
        inbox.parked = parked;
        let timeout = next_timer.map(|d| world.clock.until(d));
        let mut inbox = mailbox.wait(inbox, timeout);
        inbox.idle = false;
    }

    /// Every blocked thread of this worker's processes, for deadlock reports.
    fn parked(&self) -> Vec<Parked> {
        let world = &self.control.world;
        let mut out = Vec::new();
        for h in &self.hosted {
            for t in h.kernel.threads.iter().filter(|t| t.status == ThreadStatus::Blocked) {
                let (waits_for, holder) = match t.wait.as_ref().map(|w| &w.on) {
                    Some(WaitOn::Sem(sem)) => world.sem_describe(*sem),
                    Some(WaitOn::Child(Some(c))) => (format!("waitpid({c})"), Some((*c, 1))),
                    Some(on @ (WaitOn::Socket(..) | WaitOn::Poll(_))) => (world.describe_net_wait(on), None),
                    Some(_) => (
                        h.kernel.describe_wait(t.tid).unwrap_or_default(),
                        h.kernel.waits_for(t.tid).map(|o| (h.pid, o)),
                    ),
                    None if h.exits.is_pending(h.pid) => ("the end of the program's other threads".into(), None),
                    None => ("nothing".into(), None),
                };
                out.push(Parked { who: (h.pid, t.tid), name: t.name.clone(), waits_for, holder });
            }
        }
        out
    }
}
