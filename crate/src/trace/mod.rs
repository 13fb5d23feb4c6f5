//! The events every run emits: the one record of what happened.
//!
//! The page draws everything (the timeline, the output console, the process
//! tree) from these events alone, and the CLI prints them with `--json`.
//! Every module may write here; nothing here knows about the others
//! (DESIGN.md: "trace is a leaf everyone may write to").

use serde::Serialize;
use std::hash::{Hash, Hasher};

/// Virtual (deterministic machine) or wall-clock (parallel machine) time in
/// nanoseconds since the run started.
pub type Nanos = u64;

/// One state change of one thread of one process.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Event {
    /// When it happened, in nanoseconds since the run started.
    pub t: Nanos,
    /// The process it happened in.
    pub pid: u32,
    /// The thread it happened to (unique within the run, not only the process).
    pub tid: u32,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What a thread can be doing, as the timeline draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreadState {
    /// Runnable, waiting for the GIL or the CPU.
    Ready,
    /// Executing bytecode.
    Running,
    /// Parked on an object (lock, queue, join, ...).
    Blocked,
    /// Parked until a time (`time.sleep`).
    Sleeping,
    /// Finished; it will never run again.
    Exited,
}

/// The kinds of events. Serialized with a `kind` tag beside `t`, `pid`, `tid`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// A thread came into being (`name` as `threading` shows it).
    Spawn {
        /// The thread's name: MainThread, Thread-1 (sing), ...
        name: String,
        /// The thread that started it, if any.
        parent_tid: Option<u32>,
    },
    /// A thread changed state; for blocked and sleeping, what it waits for.
    State {
        /// The new state.
        state: ThreadState,
        /// What the thread waits on ("join Thread-1 (sing)", "sleep until 1.000 s"), if blocked or sleeping.
        #[serde(skip_serializing_if = "Option::is_none")]
        on: Option<String>,
    },
    /// A write to standard output or standard error.
    Print {
        /// "stdout" or "stderr".
        stream: Stream,
        /// The text written, exactly.
        text: String,
    },
    /// A process ended with this exit status.
    Exit {
        /// The exit status (0, 1 for an uncaught exception, n for `sys.exit(n)`,
        /// minus the signal for a killed process).
        code: i32,
    },
    /// A process forked: `child` is the new pid.
    Fork {
        /// The child's pid.
        child: u32,
    },
    /// A zombie was reaped (by its parent's wait, or by init).
    Reap {
        /// The pid that reaped it.
        by: u32,
    },
    /// An orphan was adopted.
    Reparent {
        /// Its new parent (init).
        to: u32,
    },
    /// A program of the run started: this process is its main process, on
    /// `host` (a run of several programs, one a host, tells their output and
    /// their lanes apart by it; a process forked later belongs to its
    /// parent's program). Recorded before the process's first thread, so
    /// with `tid` 0.
    Program {
        /// The program's file name, as tracebacks show it: `server.py`.
        file: String,
        /// The host it runs on: `master`, or `localhost` for a run without hosts.
        host: String,
    },
    /// A process took a name of its own (a multiprocessing child, which
    /// starts as a fork with its parent's name, becomes Process-1).
    ProcessName {
        /// The new name.
        name: String,
    },
    /// On the parallel machine: the thread that just took its process's GIL
    /// runs on this worker (a host thread; processes stay on theirs).
    Worker {
        /// The worker's index, from 0.
        worker: u32,
    },
    /// Another greenlet runs on the thread (`greenlet.switch`, `throw`, or
    /// a greenlet's end): the page draws greenlets as lanes inside their
    /// thread's lane. Switches that follow one another within
    /// `GREENLET_BURST` with nothing else recorded in between are one
    /// event: the last switch's, at the first one's time, with their count.
    Greenlet {
        /// The greenlet now running: small, per process; each thread's main greenlet is 0.
        id: u32,
        /// Its name: its `run`'s name (`eat`), a subclass's `Greenlet-3`, or `main`.
        name: String,
        /// The greenlet that switched away.
        from: u32,
        /// Whether that one has ended (its `run` returned or raised).
        from_dead: bool,
        /// What that one waits for, when its switch said (gevent's hub says).
        #[serde(skip_serializing_if = "Option::is_none")]
        on: Option<String>,
        /// How many switches this event stands for (1 but in bursts).
        switches: u32,
    },
    /// A signal was sent.
    Signal {
        /// The target pid.
        to: u32,
        /// The signal number.
        signal: i32,
    },
}

/// How close greenlet switches must follow one another, with nothing else
/// recorded in between, to be recorded as one event: 100 µs, far below what
/// a timeline shows, and what keeps a loop of millions of switches (lesson
/// 14.2) from recording millions of events.
pub const GREENLET_BURST: Nanos = 100_000;

/// The two output streams a program writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stream {
    /// `sys.stdout`.
    Stdout,
    /// `sys.stderr`.
    Stderr,
}

/// A 64-bit FNV-1a hash of the event stream, hex-encoded: equal runs on the
/// deterministic machine (same program, parameters, seed) give equal digests
/// on every platform, so native and wasm runs can be compared by one string.
pub fn digest(events: &[Event]) -> String {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    events.hash(&mut h);
    format!("{:016x}", h.finish())
}

/// FNV-1a, with sizes and discriminants widened to 64 bits so that a
/// native build and wasm32 (32-bit `usize`) hash the same events alike.
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn write_isize(&mut self, i: isize) {
        self.write_i64(i as i64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn print(t: Nanos, text: &str) -> Event {
        Event { t, pid: 100, tid: 1, kind: EventKind::Print { stream: Stream::Stdout, text: text.into() } }
    }

    #[test]
    fn the_digest_tells_event_streams_apart() {
        let a = vec![print(0, "a"), print(10, "b")];
        assert_eq!(digest(&a), digest(&a.clone()));
        // Any difference shows: a time, a text, the order, where one event ends.
        assert_ne!(digest(&a), digest(&[print(0, "a"), print(11, "b")]));
        assert_ne!(digest(&a), digest(&[print(0, "a"), print(10, "c")]));
        assert_ne!(digest(&a), digest(&[print(10, "b"), print(0, "a")]));
        assert_ne!(digest(&[print(0, "ab"), print(0, "")]), digest(&[print(0, "a"), print(0, "b")]));
        let exit = Event { t: 0, pid: 100, tid: 1, kind: EventKind::Exit { code: 0 } };
        assert_ne!(digest(&[exit.clone()]), digest(&[Event { kind: EventKind::Exit { code: 1 }, ..exit }]));
    }
}
