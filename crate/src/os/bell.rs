//! A worker's doorbell: mail rings it, and an idle worker sleeps until it
//! rings or a timeout passes. Natively a `Condvar`. In the browser
//! `Condvar::wait_timeout` panics (it needs `Instant`, TOOLCHAIN.md), so
//! the bell is a shared word and the wait is `Atomics.wait` on it, which
//! is allowed in Workers, where every worker of the pool runs, and never
//! on the page's main thread, where none does.

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// Wakes the worker waiting on a mailbox.
#[derive(Default)]
pub struct Bell {
    #[cfg(not(target_arch = "wasm32"))]
    rung: std::sync::Condvar,
    #[cfg(target_arch = "wasm32")]
    rung: std::sync::atomic::AtomicI32,
}

#[cfg(not(target_arch = "wasm32"))]
impl Bell {
    /// Wakes the waiter; called with the mailbox's lock held.
    pub fn ring(&self) {
        self.rung.notify_one();
    }

    /// Releases `guard`, sleeps until the bell rings or `timeout` passes
    /// (None: until it rings), and locks again.
    pub fn wait<'a, T>(&self, _lock: &'a Mutex<T>, guard: MutexGuard<'a, T>, timeout: Option<Duration>) -> MutexGuard<'a, T> {
        match timeout {
            Some(t) => self.rung.wait_timeout(guard, t).map(|(g, _)| g).unwrap_or_else(|e| e.into_inner().0),
            None => self.rung.wait(guard).unwrap_or_else(|e| e.into_inner()),
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl Bell {
    /// Wakes the waiter; called with the mailbox's lock held, so a waiter
    /// that read the word under that lock sees the change or is woken.
    pub fn ring(&self) {
        use std::sync::atomic::Ordering;
        self.rung.fetch_add(1, Ordering::SeqCst);
        let _ = js_sys::Atomics::notify(&self.view(), self.index());
    }

    /// Releases `guard`, sleeps until the bell rings or `timeout` passes
    /// (None: until it rings), and locks again.
    pub fn wait<'a, T>(&self, lock: &'a Mutex<T>, guard: MutexGuard<'a, T>, timeout: Option<Duration>) -> MutexGuard<'a, T> {
        use std::sync::atomic::Ordering;
        let seen = self.rung.load(Ordering::SeqCst);
        drop(guard);
        let view = self.view();
        let _ = match timeout {
            Some(t) => js_sys::Atomics::wait_with_timeout(&view, self.index(), seen, t.as_secs_f64() * 1e3),
            None => js_sys::Atomics::wait(&view, self.index(), seen),
        };
        super::world::relock(lock)
    }

    /// The module's shared memory as 32-bit words.
    fn view(&self) -> js_sys::Int32Array {
        use wasm_bindgen::JsCast;
        let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
        js_sys::Int32Array::new(&memory.buffer())
    }

    /// The bell's word in that view.
    fn index(&self) -> u32 {
        self.rung.as_ptr() as u32 / 4
    }
}
