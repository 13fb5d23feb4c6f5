//! Objects shared between processes: semaphores (multiprocessing's SemLock,
//! under its Lock, RLock, Semaphore, Condition and Event), message channels
//! (under Queue and Pipe) and shared memory cells (Value and Array). What
//! crosses between processes is a `lang::portable::Portable`: a
//! process-independent copy of a value, as a pickle is in CPython.

use super::Kernel;
pub use crate::lang::portable::Portable;
use crate::lang::value::Value;
use std::collections::VecDeque;

/// A counting semaphore shared between processes. `W` names a thread: a
/// tid in the deterministic kernel, a (pid, tid) pair on the parallel
/// machine, whose thread ids are per process.
#[derive(Debug)]
pub struct Semaphore<W = u32> {
    /// Permits left.
    pub value: i64,
    /// Most permits allowed (release beyond it is an error); i64::MAX when unbounded.
    pub max: i64,
    /// Threads parked acquiring it, in arrival order.
    pub waiters: VecDeque<W>,
    /// The thread that took the last permit, for wait-for graphs of locks.
    pub holder: Option<W>,
    /// What it is for ("Lock", "Semaphore", "Queue"), for the trace.
    pub kind: String,
    /// Its handle.
    pub id: u32,
}

impl<W> Semaphore<W> {
    /// A semaphore with `value` permits (at most `max`), no waiter, no holder.
    pub fn new(id: u32, value: i64, max: i64, kind: &str) -> Semaphore<W> {
        Semaphore { value, max, waiters: VecDeque::new(), holder: None, kind: kind.into(), id }
    }

    /// What a thread waiting on it waits for, in words.
    pub fn describe(&self) -> String {
        format!("{} #{}", self.kind, self.id)
    }
}

/// A queue of messages between processes.
#[derive(Debug, Default)]
pub struct Channel {
    /// The messages, oldest first.
    pub items: VecDeque<Portable>,
}

/// Shared memory: the cells of a Value (one) or an Array.
#[derive(Debug)]
pub struct SharedCells {
    /// The array.array type code ('i', 'd', 'c', ...).
    pub typecode: String,
    /// The cells.
    pub items: Vec<Portable>,
}

impl Kernel {
    /// A new semaphore with `value` permits (at most `max`).
    pub fn sem_new(&mut self, value: i64, max: i64, kind: &str) -> u32 {
        let id = self.sems.len() as u32;
        self.sems.push(Semaphore::new(id, value, max, kind));
        id
    }

    /// Takes a permit if one is left.
    pub fn sem_try_acquire(&mut self, sem: u32, tid: u32) -> bool {
        let s = &mut self.sems[sem as usize];
        if s.value > 0 {
            s.value -= 1;
            s.holder = Some(tid);
            true
        } else {
            false
        }
    }

    /// Returns a permit, handing it to the first waiter; false if that
    /// would exceed the maximum.
    pub fn sem_release(&mut self, sem: u32) -> bool {
        let s = &mut self.sems[sem as usize];
        if s.waiters.is_empty() && s.value >= s.max {
            return false;
        }
        match s.waiters.pop_front() {
            Some(next) => {
                s.holder = Some(next);
                self.wake(next, Value::Bool(true));
            }
            None => {
                s.value += 1;
                s.holder = None;
            }
        }
        true
    }

    /// A new, empty channel.
    pub fn channel_new(&mut self) -> u32 {
        self.channels.push(Channel::default());
        (self.channels.len() - 1) as u32
    }

    /// New shared cells.
    pub fn cells_new(&mut self, typecode: &str, items: Vec<Portable>) -> u32 {
        self.cells.push(SharedCells { typecode: typecode.into(), items });
        (self.cells.len() - 1) as u32
    }
}
