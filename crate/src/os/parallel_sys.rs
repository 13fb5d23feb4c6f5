//! The kernel as the VM's native modules see it on the parallel machine:
//! `vm::Sys` for the running thread, over its process's own `Kernel`
//! (threads, thread locks, the switch interval) and the run's `World`
//! (processes, shared objects, files), with the wall clock.

use super::image::{ChildSpec, Image};
use super::net::Net;
use super::netsys::NetHost;
use super::world::{Mail, World};
use super::{Kernel, KernelSys};
use crate::lang::portable::Portable;
use crate::trace::{EventKind, Nanos, Stream};
use crate::vm::{Frame, NetResult, NetSys, Process, Sys, Thread};
use std::sync::atomic::Ordering;

/// The parallel machine's kernel seen from one running thread.
pub struct ParallelSys<'k> {
    /// The process's own kernel, seen as the deterministic machine sees it.
    pub local: KernelSys<'k>,
    /// What all processes share.
    pub world: &'k World,
}

impl<'k> ParallelSys<'k> {
    /// The view of thread `tid` of process `pid`.
    pub fn new(kernel: &'k mut Kernel, world: &'k World, pid: u32, tid: u32) -> ParallelSys<'k> {
        kernel.now = world.clock.now();
        let local = KernelSys { kernel, pid, tid, slice_start: 0, step_ns: 0, steps: 0 };
        ParallelSys { local, world }
    }

    fn who(&self) -> (u32, u32) {
        (self.local.pid, self.local.tid)
    }
}

impl Sys for ParallelSys<'_> {
    fn now(&self) -> Nanos {
        self.world.clock.now()
    }
    fn sync_clock(&mut self, steps: u64) {
        self.local.steps = steps;
        self.local.kernel.now = self.world.clock.now();
    }
    fn epoch(&self) -> f64 {
        self.world.epoch
    }
    fn write(&mut self, stream: Stream, text: &str) {
        self.local.kernel.now = self.world.clock.now();
        self.world.output_bytes.fetch_add(text.len() as u64, Ordering::Relaxed);
        self.local.write(stream, text);
    }
    fn pid(&self) -> u32 {
        self.local.pid
    }
    fn ppid(&self) -> u32 {
        self.world.record(self.local.pid).map_or(0, |p| p.ppid)
    }
    fn tid(&self) -> u32 {
        self.local.tid
    }
    fn spawn_thread(&mut self, frame: Frame, name: String, daemon: bool) -> u32 {
        self.local.spawn_thread(frame, name, daemon)
    }
    fn rename_thread(&mut self, tid: u32, name: String) {
        self.local.rename_thread(tid, name)
    }
    fn thread_alive(&self, tid: u32) -> bool {
        self.local.thread_alive(tid)
    }
    fn lock_new(&mut self) -> u32 {
        self.local.lock_new()
    }
    fn lock_try_acquire(&mut self, lock: u32) -> bool {
        self.local.lock_try_acquire(lock)
    }
    fn lock_release(&mut self, lock: u32) -> bool {
        self.local.lock_release(lock)
    }
    fn lock_locked(&self, lock: u32) -> bool {
        self.local.lock_locked(lock)
    }
    fn lock_name(&mut self, lock: u32, name: &str) {
        self.local.lock_name(lock, name)
    }
    fn switch_interval(&self) -> f64 {
        self.local.switch_interval()
    }
    fn set_switch_interval(&mut self, seconds: f64) {
        self.local.set_switch_interval(seconds)
    }
    fn seed(&self) -> u64 {
        self.world.seed
    }
    /// The run's workers: each runs one process at a time, as a CPU does.
    fn cpu_count(&self) -> usize {
        self.world.mailboxes().len()
    }
    fn read_line(&mut self) -> Option<String> {
        let mut s = self.world.state();
        if s.stdin.is_empty() {
            return None;
        }
        let end = s.stdin.find('\n').map(|i| i + 1).unwrap_or(s.stdin.len());
        Some(s.stdin.drain(..end).collect())
    }
    fn files(&mut self, f: &mut dyn FnMut(&mut std::collections::BTreeMap<String, Vec<u8>>)) {
        f(&mut self.world.state().files)
    }
    fn fork(&mut self, proc: &Process, thread: &Thread) -> u32 {
        let (parent, parent_tid) = self.who();
        let kernel = &mut *self.local.kernel;
        kernel.now = self.world.clock.now();
        let name = kernel.process(parent).name.clone();
        let thread_name = kernel.thread(parent_tid).name.clone();
        let worker = self.world.place(parent);
        let pid = self.world.add_process(None, parent, &name, worker);
        self.world.net_fork(parent, pid);
        kernel.emit(parent, parent_tid, EventKind::Fork { child: pid });
        let child = ChildSpec { pid, ppid: parent, name, thread_name };
        let image = Image::fork(kernel, parent_tid, child, proc, thread);
        self.world.mailboxes()[worker].post(Mail::Start(image));
        pid
    }
    fn try_reap(&mut self, which: Option<u32>) -> Option<(u32, i64)> {
        self.world.try_reap(self.local.pid, which)
    }
    fn has_child(&self, which: Option<u32>) -> bool {
        self.world.has_child(self.local.pid, which)
    }
    fn kill(&mut self, pid: u32, signal: i32) -> bool {
        self.world.kill(self.who(), pid, signal)
    }
    fn sem_new(&mut self, value: i64, max: i64, kind: &str) -> u32 {
        self.world.sem_new(value, max, kind)
    }
    fn sem_try_acquire(&mut self, sem: u32) -> bool {
        self.world.sem_try_acquire(sem, self.who())
    }
    fn sem_release(&mut self, sem: u32) -> bool {
        self.world.sem_release(sem)
    }
    fn sem_value(&self, sem: u32) -> i64 {
        self.world.sem_value(sem)
    }
    fn channel_new(&mut self) -> u32 {
        self.world.channel_new()
    }
    fn channel_push(&mut self, channel: u32, item: Portable) {
        self.world.channel_push(channel, item)
    }
    fn channel_pop(&mut self, channel: u32) -> Option<Portable> {
        self.world.channel_pop(channel)
    }
    fn channel_len(&self, channel: u32) -> usize {
        self.world.channel_len(channel)
    }
    fn cells_new(&mut self, typecode: &str, items: Vec<Portable>) -> u32 {
        self.world.cells_new(typecode, items)
    }
    fn cells_get(&self, cells: u32, i: usize) -> Option<Portable> {
        self.world.cells_get(cells, i)
    }
    fn cells_set(&mut self, cells: u32, i: usize, v: Portable) {
        self.world.cells_set(cells, i, v)
    }
    fn cells_info(&self, cells: u32) -> (usize, String) {
        self.world.cells_info(cells)
    }
    fn set_process_name(&mut self, name: &str) {
        self.world.rename(self.local.pid, name);
        self.local.set_process_name(name);
    }
    fn greenlet_switch(&mut self, from: u32, from_dead: bool, to: u32, name: &str, on: Option<&str>) {
        self.local.kernel.now = self.world.clock.now();
        self.local.greenlet_switch(from, from_dead, to, name, on);
    }
    fn net(&mut self) -> &mut dyn NetSys {
        self
    }
}

impl NetHost for ParallelSys<'_> {
    fn net_pid(&self) -> u32 {
        self.local.pid
    }
    fn net_call<R>(&mut self, f: impl FnOnce(&mut Net) -> NetResult<R>) -> NetResult<R> {
        self.world.net_call(self.who(), f)
    }
    fn net_read<R>(&mut self, f: impl FnOnce(&Net) -> R) -> R {
        self.world.net_read(f)
    }
}
