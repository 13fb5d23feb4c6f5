//! pyconc: the Python concurrency course, running.
//!
//! An interpreter for the Python that concurrent programs use, whose threads
//! are data (frames on the heap, never on the Rust stack), and the machines
//! that run it. Layers, each using only those before it (DESIGN.md):
//!
//! - [`lang`]: source to bytecode, and values;
//! - [`vm`]: the interpreter; a thread is a stack of frames, `step` runs it
//!   until its budget is spent, it blocks or it exits;
//! - [`os`]: the simulated kernel: processes, threads, waits, locks, clock;
//! - [`modules`]: what programs import (`time`, `threading`, ...);
//! - [`machine`]: the machines that schedule it all;
//! - [`trace`]: the events every run emits; [`scenario`]: the lessons.
#![deny(missing_docs)]

pub mod lang;
pub mod machine;
pub mod modules;
pub mod os;
pub mod scenario;
pub mod trace;
pub mod vm;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
