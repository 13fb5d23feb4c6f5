//! Kernel locks: the primitive under `_thread.lock` and so under every
//! `threading` primitive (CPython's `Modules/_threadmodule.c`). A release
//! hands the lock to the longest waiter, so waiters are served in order.

use super::Kernel;
use crate::lang::value::Value;
use std::collections::VecDeque;

/// A lock's state.
#[derive(Debug, Default)]
pub struct LockState {
    /// The thread that last acquired it, while it is held.
    pub owner: Option<u32>,
    /// Threads parked acquiring it, in arrival order.
    pub waiters: VecDeque<u32>,
    /// What a thread waiting on it waits for, when the lock stands for
    /// something else (a Condition's waiter lock: "Queue.get: empty").
    pub name: Option<String>,
}

impl Kernel {
    /// A new, unheld lock.
    pub fn lock_new(&mut self) -> u32 {
        self.locks.push(LockState::default());
        (self.locks.len() - 1) as u32
    }

    /// Takes the lock for `tid` if it is free.
    pub fn lock_try_acquire(&mut self, lock: u32, tid: u32) -> bool {
        let l = &mut self.locks[lock as usize];
        if l.owner.is_some() {
            return false;
        }
        l.owner = Some(tid);
        true
    }

    /// Releases the lock, handing it to the first waiter; false if it was not held.
    pub fn lock_release(&mut self, lock: u32) -> bool {
        let l = &mut self.locks[lock as usize];
        if l.owner.is_none() {
            return false;
        }
        match l.waiters.pop_front() {
            Some(next) => {
                l.owner = Some(next);
                self.wake(next, Value::Bool(true));
            }
            None => l.owner = None,
        }
        true
    }
}
