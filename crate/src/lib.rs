//! pyconc: the Python concurrency course, running.
//!
//! An interpreter for the Python that concurrent programs use, whose threads
//! are data (frames on the heap, never on the Rust stack), and the machines
//! that run it. See DESIGN.md in the repository for the architecture.
#![deny(missing_docs)]

pub mod machine;
pub mod scenario;
pub mod trace;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
