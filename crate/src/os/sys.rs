//! The kernel as the VM's native modules see it: `vm::Sys` for the thread
//! that is running.

use super::Kernel;
use crate::trace::{EventKind, Nanos, Stream};
use super::process::Termination;
use crate::lang::portable::Portable;
use crate::vm::{Copier, Frame, Process, Sys, Thread};

/// The CPUs the deterministic machine reports to `os.cpu_count()`. It runs
/// everything on one host thread, so any number is a convention; a fixed
/// one keeps a run's trace the same on every host, and two (the course's
/// machines) gives `Pool()` and the executors more than one worker.
const DETERMINISTIC_CPUS: usize = 2;

/// The kernel seen from one running thread of one process.
pub struct KernelSys<'k> {
    /// The kernel.
    pub kernel: &'k mut Kernel,
    /// The running process.
    pub pid: u32,
    /// The running thread.
    pub tid: u32,
    /// The clock at the start of this slice.
    pub slice_start: Nanos,
    /// Virtual nanoseconds each instruction costs.
    pub step_ns: Nanos,
    /// Instructions executed so far in this slice (kept current by the VM).
    pub steps: u64,
}

impl Sys for KernelSys<'_> {
    fn now(&self) -> Nanos {
        self.kernel.now
    }
    fn sync_clock(&mut self, steps: u64) {
        self.steps = steps;
        self.kernel.now = self.slice_start + steps * self.step_ns;
    }
    fn epoch(&self) -> f64 {
        self.kernel.epoch
    }
    fn write(&mut self, stream: Stream, text: &str) {
        self.kernel.write(self.pid, self.tid, stream, text);
    }
    fn pid(&self) -> u32 {
        self.pid
    }
    fn ppid(&self) -> u32 {
        let pid = self.pid;
        self.kernel.processes.iter().find(|p| p.pid == pid).map(|p| p.ppid).unwrap_or(0)
    }
    fn tid(&self) -> u32 {
        self.tid
    }
    fn spawn_thread(&mut self, mut frame: Frame, name: String, daemon: bool) -> u32 {
        frame.ret = crate::vm::ReturnMode::ThreadRoot;
        let thread = Thread { frames: vec![Box::new(frame)], ..Default::default() };
        self.kernel.spawn(self.pid, name, thread, Some(self.tid), daemon)
    }
    fn rename_thread(&mut self, tid: u32, name: String) {
        if let Some(t) = self.kernel.threads.get_mut(tid as usize - 1) {
            t.name = name;
        }
    }
    fn thread_alive(&self, tid: u32) -> bool {
        self.kernel
            .threads
            .get(tid as usize - 1)
            .is_some_and(|t| t.status != super::ThreadStatus::Exited)
    }
    fn lock_new(&mut self) -> u32 {
        self.kernel.lock_new()
    }
    fn lock_try_acquire(&mut self, lock: u32) -> bool {
        self.kernel.lock_try_acquire(lock, self.tid)
    }
    fn lock_release(&mut self, lock: u32) -> bool {
        self.kernel.lock_release(lock)
    }
    fn lock_locked(&self, lock: u32) -> bool {
        self.kernel.locks[lock as usize].owner.is_some()
    }
    fn lock_name(&mut self, lock: u32, name: &str) {
        self.kernel.locks[lock as usize].name = Some(name.to_string());
    }
    fn switch_interval(&self) -> f64 {
        self.kernel.switch_interval as f64 / 1e9
    }
    fn set_switch_interval(&mut self, seconds: f64) {
        self.kernel.switch_interval = (seconds * 1e9).round().max(1.0) as Nanos;
    }
    fn seed(&self) -> u64 {
        self.kernel.seed
    }
    fn cpu_count(&self) -> usize {
        DETERMINISTIC_CPUS
    }
    fn fork(&mut self, proc: &Process, thread: &Thread) -> u32 {
        let (parent, parent_tid) = (self.pid, self.tid);
        let child_tid = self.kernel.threads.len() as u32 + 1;
        let kernel = &mut *self.kernel;
        let mut handles = |h: u32| kernel.lock_for_child(h, parent_tid, child_tid);
        let (child_proc, child_thread) = Copier::new(&proc.types, &mut handles).process(proc, thread);
        self.kernel.fork(parent, parent_tid, child_proc, child_thread)
    }
    fn try_reap(&mut self, which: Option<u32>) -> Option<(u32, i64)> {
        let (child, how): (u32, Termination) = self.kernel.zombie_child(self.pid, which)?;
        self.kernel.reap(child, self.pid);
        Some((child, how.wait_status()))
    }
    fn has_child(&self, which: Option<u32>) -> bool {
        self.kernel.has_child(self.pid, which)
    }
    fn kill(&mut self, pid: u32, signal: i32) -> bool {
        self.kernel.signal((self.pid, self.tid), pid, signal)
    }
    fn sem_new(&mut self, value: i64, max: i64, kind: &str) -> u32 {
        self.kernel.sem_new(value, max, kind)
    }
    fn sem_try_acquire(&mut self, sem: u32) -> bool {
        self.kernel.sem_try_acquire(sem, self.tid)
    }
    fn sem_release(&mut self, sem: u32) -> bool {
        self.kernel.sem_release(sem)
    }
    fn sem_value(&self, sem: u32) -> i64 {
        self.kernel.sems[sem as usize].value
    }
    fn channel_new(&mut self) -> u32 {
        self.kernel.channel_new()
    }
    fn channel_push(&mut self, channel: u32, item: Portable) {
        self.kernel.channels[channel as usize].items.push_back(item);
    }
    fn channel_pop(&mut self, channel: u32) -> Option<Portable> {
        self.kernel.channels[channel as usize].items.pop_front()
    }
    fn channel_len(&self, channel: u32) -> usize {
        self.kernel.channels[channel as usize].items.len()
    }
    fn cells_new(&mut self, typecode: &str, items: Vec<Portable>) -> u32 {
        self.kernel.cells_new(typecode, items)
    }
    fn cells_get(&self, cells: u32, i: usize) -> Option<Portable> {
        self.kernel.cells[cells as usize].items.get(i).cloned()
    }
    fn cells_set(&mut self, cells: u32, i: usize, v: Portable) {
        if let Some(c) = self.kernel.cells[cells as usize].items.get_mut(i) {
            *c = v;
        }
    }
    fn cells_info(&self, cells: u32) -> (usize, String) {
        let c = &self.kernel.cells[cells as usize];
        (c.items.len(), c.typecode.clone())
    }
    fn net(&mut self) -> &mut dyn crate::vm::NetSys {
        self
    }
    fn set_process_name(&mut self, name: &str) {
        let (pid, tid) = (self.pid, self.tid);
        self.kernel.process(pid).name = name.to_string();
        self.kernel.emit(pid, tid, EventKind::ProcessName { name: name.to_string() });
    }
    fn greenlet_switch(&mut self, from: u32, from_dead: bool, to: u32, name: &str, on: Option<&str>) {
        self.kernel.greenlet_switch(self.pid, self.tid, (from, from_dead, to), name, on);
    }
    fn files(&mut self, f: &mut dyn FnMut(&mut std::collections::BTreeMap<String, Vec<u8>>)) {
        f(&mut self.kernel.files)
    }
    fn read_line(&mut self) -> Option<String> {
        let stdin = &mut self.kernel.stdin;
        if stdin.is_empty() {
            return None;
        }
        let end = stdin.find('\n').map(|i| i + 1).unwrap_or(stdin.len());
        Some(stdin.drain(..end).collect())
    }
}
