//! A process on its way to the worker that will host it on the parallel
//! machine: its own kernel (threads, thread locks, timers) and its Python
//! heap, which shares no `Rc` with any other process.

use super::Kernel;
use crate::lang::value::Value;
use crate::vm::{Copier, Process, Thread};
use std::rc::Rc;

/// A whole process, movable to another host thread.
pub struct Image {
    kernel: Kernel,
    pid: u32,
    python_eq_keys: bool,
}

// SAFETY: an `Image` holds `Rc`s (the Python heap, the thread's frames),
// whose counts are not atomic. Moving it to another thread is sound when
// no `Rc` reachable from it is reachable from anywhere else: then only the
// thread owning the image ever touches those counts, before the move and
// after it. Both constructors guarantee that: `fork` takes the heap from a
// share-nothing copy (`Copier::share_nothing`, whose memo, the only other
// holder of the copies, is dropped before the image is built), and
// `adopt`'s caller promises it for a heap it built itself. The invariant is
// checked by `machine::parallel`'s tests, which walk a child's image and
// its parent's and find no address in common.
unsafe impl Send for Image {}

impl Image {
    /// Wraps a process's kernel, for the first process of a run.
    ///
    /// # Safety
    /// No `Rc` reachable from `kernel` may be reachable from anything
    /// outside it (nor from a thread-local of the calling thread): build it
    /// from nothing, as a run's first process is.
    pub unsafe fn adopt(kernel: Kernel, pid: u32) -> Image {
        Image { kernel, pid, python_eq_keys: false }
    }

    /// The child of a fork: a share-nothing copy of `proc` and of the
    /// forking `thread` (whose `fork()` returns 0 in the child), in a
    /// kernel of its own holding copies of `parent`'s thread locks (held by
    /// the child's thread when the forking thread held them).
    pub fn fork(parent: &Kernel, parent_tid: u32, child: ChildSpec, proc: &Process, thread: &Thread) -> Image {
        let mut kernel = Kernel::new(parent.seed, parent.epoch);
        kernel.now = parent.now;
        kernel.switch_interval = parent.switch_interval;
        let child_tid = 1;
        let (py, mut thread) = {
            let kernel = &mut kernel;
            let mut handles = |h: u32| {
                let id = kernel.lock_new();
                if let Some(l) = parent.locks.get(h as usize) {
                    // A lock held by another thread of the parent stays held
                    // in the child, by a thread it does not have (u32::MAX).
                    kernel.locks[id as usize].owner = l.owner.map(|o| if o == parent_tid { child_tid } else { u32::MAX });
                    kernel.locks[id as usize].name = l.name.clone();
                }
                id
            };
            Copier::share_nothing(&proc.types, &mut handles).process(proc, thread)
        };
        kernel.add_process(child.pid, child.ppid, &child.name, Rc::new(py));
        thread.wake_value = Some(Value::Int(0));
        kernel.spawn(child.pid, child.thread_name, thread, Some(parent_tid), false);
        Image { kernel, pid: child.pid, python_eq_keys: crate::vm::python_eq_keys() }
    }

    /// Unwraps the image on the thread that will host it.
    pub fn open(self) -> (Kernel, u32) {
        if self.python_eq_keys {
            crate::vm::python_eq_keys_made();
        }
        (self.kernel, self.pid)
    }
}

/// Who a fork's child is.
pub struct ChildSpec {
    /// Its pid.
    pub pid: u32,
    /// Its parent's pid.
    pub ppid: u32,
    /// Its name (its parent's, until multiprocessing renames it).
    pub name: String,
    /// Its thread's name (the forking thread's).
    pub thread_name: String,
}
