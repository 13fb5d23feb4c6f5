//! Where the workers' host threads come from. Natively each worker is a
//! std thread. In the browser `std::thread::spawn` is unsupported
//! (TOOLCHAIN.md), so each worker is a long-lived job on
//! wasm-bindgen-rayon's pool, whose Workers share the module's memory: the
//! pool needs a Worker free for every worker of the run, since a worker's
//! job runs for the whole run.

use std::sync::{Condvar, Mutex};

/// How many workers a run gets when its configuration says 0: one per core.
pub fn cores() -> usize {
    #[cfg(target_arch = "wasm32")]
    return rayon::current_num_threads();
    #[cfg(not(target_arch = "wasm32"))]
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// Runs `job` on a host thread of its own, named `name` where names exist.
pub fn spawn(name: String, job: impl FnOnce() + Send + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = name;
        rayon::spawn(job);
    }
    #[cfg(not(target_arch = "wasm32"))]
    std::thread::Builder::new().name(name).spawn(job).expect("a host thread for a worker");
}

/// Counts the workers still running, so the run can wait for them all to
/// leave (a join that works where threads have no handles).
#[derive(Default)]
pub struct Latch {
    running: Mutex<usize>,
    left: Condvar,
}

impl Latch {
    /// One more worker will run: called before it starts, so that `wait`
    /// cannot miss it; the worker holds a `Leaving` for its whole life.
    pub fn enter(&self) {
        *crate::os::relock(&self.running) += 1;
    }

    /// Waits until every worker has left.
    pub fn wait(&self) {
        let mut running = crate::os::relock(&self.running);
        while *running > 0 {
            running = self.left.wait(running).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// A running worker's place in the latch: it leaves when this is dropped,
/// even by unwinding.
pub struct Leaving<'a>(pub &'a Latch);

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        let mut running = crate::os::relock(&self.0.running);
        *running -= 1;
        self.0.left.notify_all();
    }
}
