//! Processes: fork, exit, zombies, reaping, orphans re-parented to init
//! (pid 1), and signals, as POSIX has them.

use super::{Kernel, ThreadStatus};
use crate::lang::value::Value;
use crate::trace::EventKind;
use crate::vm::{Process, Thread, WaitOn};
use std::rc::Rc;

/// The pid of init, which adopts orphans and reaps them.
pub const INIT_PID: u32 = 1;

/// How a process ended, as `wait` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Termination {
    /// It exited with this status (0-255).
    Exited(i32),
    /// A signal killed it.
    Signaled(i32),
}

impl Termination {
    /// The raw wait status (`os.waitpid`'s second value).
    pub fn wait_status(self) -> i64 {
        match self {
            Termination::Exited(c) => i64::from(c & 0xff) << 8,
            Termination::Signaled(s) => i64::from(s),
        }
    }

    /// The exit code as multiprocessing shows it: the status, or minus the signal.
    pub fn exit_code(self) -> i32 {
        match self {
            Termination::Exited(c) => c,
            Termination::Signaled(s) => -s,
        }
    }
}

impl Kernel {
    /// Creates the child of a fork: its Python state and its one thread (a
    /// copy of the forking thread, whose `fork()` returns 0). Returns its pid.
    pub fn fork(&mut self, parent: u32, parent_tid: u32, py: Process, mut thread: Thread) -> u32 {
        let pid = self.next_pid;
        self.next_pid += 1;
        let name = self.process(parent).name.clone();
        self.add_process(pid, parent, &name, Rc::new(py));
        self.net_call(|net| net.net_fork(parent, pid));
        self.emit(parent, parent_tid, EventKind::Fork { child: pid });
        thread.wake_value = Some(Value::Int(0));
        let tname = self.thread(parent_tid).name.clone();
        self.spawn(pid, tname, thread, Some(parent_tid), false);
        pid
    }

    /// Duplicates a lock for a forked child, as POSIX copies a mutex: still
    /// held if it was (by the child's thread when the forking thread held
    /// it). Locks shared between processes are semaphores (`sems`), which a
    /// fork does not copy.
    pub fn lock_for_child(&mut self, lock: u32, parent_tid: u32, child_tid: u32) -> u32 {
        let l = &self.locks[lock as usize];
        let owner = l.owner.map(|o| if o == parent_tid { child_tid } else { o });
        let name = l.name.clone();
        let id = self.lock_new();
        self.locks[id as usize].owner = owner;
        self.locks[id as usize].name = name;
        id
    }

    /// Ends process `pid`: its threads stop, its children go to init, and it
    /// becomes a zombie until its parent reaps it (init reaps at once).
    pub fn terminate(&mut self, pid: u32, how: Termination) {
        if self.process(pid).exit_code.is_some() {
            return;
        }
        self.exit_process(pid, how.exit_code());
        self.net_call(|net| net.close_all(pid));
        self.process(pid).termination = Some(how);
        let orphans: Vec<u32> =
            self.processes.iter().filter(|p| p.ppid == pid && p.reaped_at.is_none()).map(|p| p.pid).collect();
        for child in orphans {
            self.process(child).ppid = INIT_PID;
            let tid = self.main_tid(child);
            self.emit(child, tid, EventKind::Reparent { to: INIT_PID });
            if self.process(child).zombie_at.is_some() {
                self.reap(child, INIT_PID);
            }
        }
        let ppid = self.process(pid).ppid;
        if ppid == INIT_PID {
            self.reap(pid, INIT_PID);
        } else {
            self.wake_waiting_parent(ppid);
        }
    }

    /// The first thread of a process.
    pub fn main_tid(&self, pid: u32) -> u32 {
        self.threads.iter().find(|t| t.pid == pid).map(|t| t.tid).unwrap_or(0)
    }

    /// Marks a zombie reaped by `by`.
    pub fn reap(&mut self, child: u32, by: u32) {
        let now = self.now;
        let p = self.process(child);
        if p.reaped_at.is_some() {
            return;
        }
        p.reaped_at = Some(now);
        let tid = self.main_tid(child);
        self.emit(child, tid, EventKind::Reap { by });
    }

    /// A zombie child of `pid` matching `which` (None: any), not yet reaped.
    pub fn zombie_child(&self, pid: u32, which: Option<u32>) -> Option<(u32, Termination)> {
        self.processes
            .iter()
            .find(|p| {
                p.ppid == pid && p.reaped_at.is_none() && p.zombie_at.is_some() && which.map_or(true, |w| p.pid == w)
            })
            .map(|p| (p.pid, p.termination.unwrap_or(Termination::Exited(p.exit_code.unwrap_or(0)))))
    }

    /// Whether `pid` has a child matching `which` that it has not reaped.
    pub fn has_child(&self, pid: u32, which: Option<u32>) -> bool {
        self.processes.iter().any(|p| p.ppid == pid && p.reaped_at.is_none() && which.map_or(true, |w| p.pid == w))
    }

    /// Wakes a thread of `ppid` waiting in `wait`/`waitpid` for a child that is now a zombie.
    fn wake_waiting_parent(&mut self, ppid: u32) {
        let waiters: Vec<(u32, Option<u32>)> = self
            .threads
            .iter()
            .filter(|t| t.pid == ppid && t.status == ThreadStatus::Blocked)
            .filter_map(|t| match t.wait.as_ref().map(|w| &w.on) {
                Some(WaitOn::Child(which)) => Some((t.tid, *which)),
                _ => None,
            })
            .collect();
        for (tid, which) in waiters {
            if let Some((child, how)) = self.zombie_child(ppid, which) {
                self.reap(child, ppid);
                let status = Value::tuple(vec![Value::Int(i64::from(child)), Value::Int(how.wait_status())]);
                self.wake(tid, status);
            }
        }
    }

    /// Sends a signal: SIGKILL and SIGTERM end the process (pyconc installs
    /// no handlers); signal 0 only checks that it exists.
    pub fn signal(&mut self, from: (u32, u32), pid: u32, sig: i32) -> bool {
        let alive = self.processes.iter().any(|p| p.pid == pid && p.zombie_at.is_none());
        if !alive {
            return false;
        }
        if sig != 0 {
            self.emit(from.0, from.1, EventKind::Signal { to: pid, signal: sig });
            self.terminate(pid, Termination::Signaled(sig));
        }
        true
    }
}
