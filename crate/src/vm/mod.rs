//! The interpreter. A Python thread is data: a stack of frames on the heap
//! (`Thread`). `Interp::step` runs the current thread until its budget is
//! spent, it blocks, or it exits, and says which; a blocking call parks the
//! thread (a `Wait` the kernel understands) and returns to the machine.
//! Python-to-Python calls push a frame on the same loop, and so do the
//! commonest built-ins' calls back into Python (`__str__` from `print`, a
//! sort key: see `convert` and `keyed`): nothing else recurses on the Rust
//! stack but the other built-ins' callbacks (a `__repr__` inside a list's
//! repr, `map`'s function), which run a bounded nested loop.

mod attr;
mod builtins;
mod call;
mod convert;
mod copy;
mod descr;
mod exc;
mod exec;
mod frame;
mod greenlet;
mod import;
mod instdict;
mod interp;
mod iter;
mod keyed;
mod keys;
mod ops;
mod subclass;
mod suggest;
mod types;

pub use builtins::namespace as builtins_namespace;
pub use copy::Copier;
pub use convert::Conversion;
pub use frame::{Block, ClassBody, Converted, Frame, ReturnMode, ThenCall, Thread};
pub use greenlet::{greenlet_switch, Delivery, Greenlet, GreenletModule, Life, Switch};
pub use interp::{Interp, StepResult, RECURSION_LIMIT};
pub use keyed::{key_runs_python, keyed_args};
pub use keys::{needs_python_eq, python_eq_keys, python_eq_keys_made};
pub use types::{install, native, new_class, Types};

use crate::lang::portable::Portable;
use crate::lang::value::{Dict, Value};
use crate::trace::{Nanos, Stream};
use std::cell::RefCell;
use std::rc::Rc;

/// What a parked thread waits for: data, so the kernel can wake it, the
/// trace can show it and a deadlock report can name it.
#[derive(Clone, Debug, PartialEq)]
pub struct Wait {
    /// The object and operation.
    pub on: WaitOn,
    /// Give up at this time (absolute, on the machine's clock); the call
    /// then returns what `WaitOn` says a timeout returns.
    pub deadline: Option<Nanos>,
}

/// The things a thread can wait on.
#[derive(Clone, Debug, PartialEq)]
pub enum WaitOn {
    /// `time.sleep`: only the deadline wakes it; returns None.
    Sleep,
    /// Acquiring a kernel lock; returns True, or False at the deadline.
    Lock(u32),
    /// Waiting for a thread to end; returns None (also at the deadline).
    Join(u32),
    /// `os.wait` / `os.waitpid`: a child (or this one) to become a zombie;
    /// returns `(pid, status)` after reaping it.
    Child(Option<u32>),
    /// `os._exit(code)`: the process ends now; never returns.
    Exit(i32),
    /// Acquiring a semaphore shared between processes; returns True, or False at the deadline.
    Sem(u32),
    /// A socket operation that would block (the socket, the operation):
    /// woken when the socket's state changes or at the deadline; returns
    /// None and the caller tries the operation again, as CPython's
    /// `sock_call` polls and retries.
    Socket(u32, SockOp),
    /// `epoll.poll` (and `select.select`, built on it): woken when a
    /// registered socket becomes ready or at the deadline; returns None and
    /// the caller polls again.
    Poll(u32),
}

/// Why a socket or epoll call did not complete.
#[derive(Clone, Debug, PartialEq)]
pub enum NetErr {
    /// It failed with this (Linux) errno.
    Errno(i32),
    /// It would block: on a blocking socket the caller parks on this and
    /// tries again when woken.
    Block(WaitOn),
}

/// The result of a socket or epoll call.
pub type NetResult<T> = Result<T, NetErr>;

/// An IPv4 address and port, as sockets name their ends.
pub type SockAddr = (std::net::Ipv4Addr, u16);

/// The socket operation a thread waits to complete, for the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SockOp {
    /// `accept`: a connection in the accept queue.
    Accept,
    /// `connect`: the handshake (or room in the listener's accept queue).
    Connect,
    /// `recv`: data, end of stream or an error.
    Recv,
    /// `send`: room in the send buffer.
    Send,
}

/// The kernel services native modules need; the simulated kernel (`os`)
/// implements it for the machine that runs the thread.
pub trait Sys {
    /// The machine's clock, in nanoseconds since the run started.
    fn now(&self) -> Nanos;
    /// Brings the clock up to date with the instructions run so far in this
    /// slice (each costs a fixed virtual time on the deterministic machine).
    fn sync_clock(&mut self, steps: u64);
    /// The wall-clock time the run pretends it started at, in seconds since the epoch.
    fn epoch(&self) -> f64;
    /// Writes to stdout or stderr.
    fn write(&mut self, stream: Stream, text: &str);
    /// The current process id.
    fn pid(&self) -> u32;
    /// The parent process id.
    fn ppid(&self) -> u32;
    /// The current thread id.
    fn tid(&self) -> u32;
    /// Starts a thread in the current process running `frame`; returns its id.
    fn spawn_thread(&mut self, frame: Frame, name: String, daemon: bool) -> u32;
    /// Renames a thread, for the trace.
    fn rename_thread(&mut self, tid: u32, name: String);
    /// Whether a thread has not ended.
    fn thread_alive(&self, tid: u32) -> bool;
    /// Creates a lock; returns its handle.
    fn lock_new(&mut self) -> u32;
    /// Takes the lock if free; whether it was taken.
    fn lock_try_acquire(&mut self, lock: u32) -> bool;
    /// Releases the lock, handing it to a waiter if any; false if it was not held.
    fn lock_release(&mut self, lock: u32) -> bool;
    /// Whether the lock is held.
    fn lock_locked(&self, lock: u32) -> bool;
    /// Names what waiting on the lock means, for the trace and deadlock reports.
    fn lock_name(&mut self, lock: u32, name: &str);
    /// The switch interval, in seconds (`sys.getswitchinterval`).
    fn switch_interval(&self) -> f64;
    /// Sets the switch interval.
    fn set_switch_interval(&mut self, seconds: f64);
    /// The run's seed, for `random`'s default seeding.
    fn seed(&self) -> u64;
    /// How many CPUs `os.cpu_count()` reports, and so the default size of
    /// `Pool()` and the executors: the machine's CPUs as programs see them.
    fn cpu_count(&self) -> usize;
    /// The next line of the run's standard input (with its newline), if any.
    fn read_line(&mut self) -> Option<String>;
    /// Runs `f` on the run's files, by path, for `open()`: one in-memory
    /// disk that every process of the run shares, seeded from the lesson's
    /// fixtures. A callback, not a reference, so that a machine can keep
    /// the disk behind a lock while `f` runs.
    fn files(&mut self, f: &mut dyn FnMut(&mut std::collections::BTreeMap<String, Vec<u8>>));
    /// Forks the current process: the child gets copies of the process and
    /// of the calling thread; returns the child's pid.
    fn fork(&mut self, proc: &Process, thread: &Thread) -> u32;
    /// A zombie child (or this one) to reap now: its pid and wait status.
    fn try_reap(&mut self, which: Option<u32>) -> Option<(u32, i64)>;
    /// Whether the current process has a child matching `which` not yet reaped.
    fn has_child(&self, which: Option<u32>) -> bool;
    /// Sends `signal` to `pid`; false when there is no such process.
    fn kill(&mut self, pid: u32, signal: i32) -> bool;
    /// A semaphore shared between processes, with `value` permits of at most `max`.
    fn sem_new(&mut self, value: i64, max: i64, kind: &str) -> u32;
    /// Takes a permit of a shared semaphore if one is left.
    fn sem_try_acquire(&mut self, sem: u32) -> bool;
    /// Returns a permit; false when that would exceed its maximum.
    fn sem_release(&mut self, sem: u32) -> bool;
    /// Permits left (`get_value`).
    fn sem_value(&self, sem: u32) -> i64;
    /// A new message channel between processes.
    fn channel_new(&mut self) -> u32;
    /// Appends a message.
    fn channel_push(&mut self, channel: u32, item: Portable);
    /// Takes the oldest message, if any.
    fn channel_pop(&mut self, channel: u32) -> Option<Portable>;
    /// Messages waiting.
    fn channel_len(&self, channel: u32) -> usize;
    /// New shared memory cells.
    fn cells_new(&mut self, typecode: &str, items: Vec<Portable>) -> u32;
    /// Reads shared cell `i`.
    fn cells_get(&self, cells: u32, i: usize) -> Option<Portable>;
    /// Writes shared cell `i`.
    fn cells_set(&mut self, cells: u32, i: usize, v: Portable);
    /// The number of shared cells and their type code.
    fn cells_info(&self, cells: u32) -> (usize, String);
    /// Names the current process (`multiprocessing.Process.name`), for the report.
    fn set_process_name(&mut self, name: &str);
    /// Records that greenlet `to` (per-process id, trace name `name`) now
    /// runs on the current thread in place of greenlet `from`, which waits
    /// for `on` when its switch said so (or has ended, when `from_dead`).
    fn greenlet_switch(&mut self, from: u32, from_dead: bool, to: u32, name: &str, on: Option<&str>);
    /// The network: sockets and epoll, by the current process's file descriptors.
    fn net(&mut self) -> &mut dyn NetSys;
}

/// The socket and epoll calls of the simulated network (`_socket`,
/// `_select`), on the current process's file descriptors. None blocks: a
/// call completes, fails with an errno, or says what it would wait on.
pub trait NetSys {
    /// `socket(AF_INET, SOCK_STREAM)`: a new descriptor.
    fn socket(&mut self) -> u32;
    /// `close(fd)`.
    fn close(&mut self, fd: u32) -> NetResult<()>;
    /// `dup(fd)`.
    fn dup(&mut self, fd: u32) -> NetResult<u32>;
    /// `bind(fd, addr)`: port 0 picks an ephemeral port.
    fn bind(&mut self, fd: u32, addr: SockAddr) -> NetResult<()>;
    /// `listen(fd, backlog)`.
    fn listen(&mut self, fd: u32, backlog: i64) -> NetResult<()>;
    /// `accept(fd)`: the new descriptor and the peer's address.
    fn accept(&mut self, fd: u32) -> NetResult<(u32, SockAddr)>;
    /// `connect(fd, addr)`: starts or reports on a connection.
    fn connect(&mut self, fd: u32, addr: SockAddr, nonblocking: bool) -> NetResult<()>;
    /// `send(fd, data)`: the bytes queued.
    fn send(&mut self, fd: u32, data: &[u8]) -> NetResult<usize>;
    /// `recv(fd, n)`: empty at end of stream.
    fn recv(&mut self, fd: u32, n: usize) -> NetResult<Vec<u8>>;
    /// `shutdown(fd, how)`.
    fn shutdown(&mut self, fd: u32, how: i64) -> NetResult<()>;
    /// `getsockname` (or `getpeername` when `peer`).
    fn name(&mut self, fd: u32, peer: bool) -> NetResult<SockAddr>;
    /// `setsockopt(fd, level, name, value)`.
    fn setsockopt(&mut self, fd: u32, level: i64, name: i64, value: i64) -> NetResult<()>;
    /// `getsockopt(fd, level, name)`.
    fn getsockopt(&mut self, fd: u32, level: i64, name: i64) -> NetResult<i64>;
    /// The current process's host name.
    fn hostname(&mut self) -> String;
    /// `gethostbyname(name)`; None when nobody has that name.
    fn resolve(&mut self, name: &str) -> Option<std::net::Ipv4Addr>;
    /// `epoll_create()`: a new descriptor.
    fn epoll(&mut self) -> u32;
    /// `epoll_ctl(epfd, op, fd, mask)`; op 1 add, 2 delete, 3 modify (Linux's numbers).
    fn epoll_ctl(&mut self, epfd: u32, op: i64, fd: u32, mask: u32) -> NetResult<()>;
    /// `epoll_wait(epfd, max)`: ready (fd, events); blocks when none is.
    fn epoll_wait(&mut self, epfd: u32, max: usize) -> NetResult<Vec<(u32, u32)>>;
}

/// The Python-level state of one process: what `os.fork` copies.
pub struct Process {
    /// The built-in types and exception classes.
    pub types: Rc<Types>,
    /// The `builtins` namespace.
    pub builtins: Rc<RefCell<Dict>>,
    /// `sys.modules`.
    pub modules: RefCell<indexmap::IndexMap<Rc<str>, Value>>,
    /// The main program's file name (`sys.argv[0]`).
    pub main_file: Rc<str>,
    /// Source texts by file name, for tracebacks' source lines.
    pub sources: RefCell<std::collections::HashMap<Rc<str>, Rc<str>>>,
    /// The addresses `id()` and reprs show, handed out in the order objects
    /// are first shown, so that they are the same natively and in wasm (a
    /// host pointer would differ, and with it the trace).
    pub addresses: RefCell<std::collections::HashMap<usize, i64>>,
    /// Finds modules that are not loaded yet (set by the machine: the
    /// modules layer sits above the VM).
    pub loader: Loader,
    /// The `greenlet` module's classes and greenlet count, once imported.
    pub greenlet: RefCell<Option<GreenletModule>>,
}

/// Loads a module by name: Ok(None) when there is no such module.
pub type Loader = fn(&mut Interp<'_>, &str) -> Result<Option<Loaded>, Value>;

/// A module the loader found.
pub enum Loaded {
    /// Ready to use (native modules).
    Ready(Value),
    /// Its body must run first: the module and the frame of its body.
    Run(Value, Frame),
}
