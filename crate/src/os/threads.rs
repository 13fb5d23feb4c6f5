//! The thread table's entries.

use crate::vm::{Thread, Wait};

/// Where a thread is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadStatus {
    /// Runnable.
    Ready,
    /// On the (virtual) CPU.
    Running,
    /// Parked on a `Wait`.
    Blocked,
    /// Finished.
    Exited,
}

/// A thread as the kernel knows it.
pub struct ThreadEntry {
    /// Its id, unique in the run (`threading.get_ident()`).
    pub tid: u32,
    /// Its process.
    pub pid: u32,
    /// Its name, as `threading` shows it.
    pub name: String,
    /// Its status.
    pub status: ThreadStatus,
    /// Its frames; taken out while it runs, None once it has exited.
    pub thread: Option<Thread>,
    /// What it is parked on.
    pub wait: Option<Wait>,
    /// Whether the process may exit without waiting for it.
    pub daemon: bool,
    /// Threads parked in a join on it.
    pub joiners: Vec<u32>,
}
