//! `_socket`: the socket system calls `socket.py` is written on, on file
//! descriptors (CPython's `Modules/socketmodule.c` keeps them in a C type;
//! here the class is Python's and the calls are functions). Names are
//! resolved by `socket.py`; these take dotted addresses.
//!
//! A call that would block takes a deadline: None blocks, 0 never blocks
//! (BlockingIOError), a number is the `time.monotonic()` at which it
//! raises `TimeoutError('timed out')`. A blocked call parks the thread and,
//! once woken, returns None: the caller calls again, as CPython's
//! `sock_call` polls and retries.
//!
//! `recv` and `send` take an optional last argument, `on_block`: what they
//! return, instead of raising, when they may not wait any longer. gevent's
//! sockets pass a marker with a deadline of 0, so that the common "would
//! block, wait in the hub" costs no exception.

use super::{seconds, set};
use crate::lang::error::ExcKind;
use crate::lang::types::args::ret;
use crate::lang::value::{Args, Flow, NativeFn, NativeResult, Value};
use crate::os::errno;
use crate::trace::Nanos;
use crate::vm::{Interp, NetErr, NetResult, SockAddr, Wait};
use std::net::Ipv4Addr;

/// How long a call may wait.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Mode {
    /// Never: would-block is an error.
    NonBlocking,
    /// Until this time (None: for ever).
    Until(Option<Nanos>),
}

/// The deadline argument `i` (see the module's docs).
pub(super) fn mode(interp: &mut Interp<'_>, args: &Args, i: usize) -> Result<Mode, Value> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(Mode::Until(None)),
        Some(v) => {
            let d = seconds(interp, v, "a number")?;
            Ok(if d <= 0.0 { Mode::NonBlocking } else { Mode::Until(Some((d * 1e9).round() as Nanos)) })
        }
    }
}

/// The OSError subclass CPython raises for `e`, with Linux's message.
pub(super) fn os_error(interp: &Interp<'_>, e: i32) -> Value {
    let kind = match e {
        errno::EPIPE => ExcKind::BrokenPipeError,
        errno::ECONNRESET => ExcKind::ConnectionResetError,
        errno::ECONNREFUSED => ExcKind::ConnectionRefusedError,
        errno::EAGAIN | errno::EINPROGRESS | errno::EALREADY => ExcKind::BlockingIOError,
        errno::EEXIST => ExcKind::FileExistsError,
        errno::ENOENT => ExcKind::FileNotFoundError,
        _ => ExcKind::OSError,
    };
    interp.new_exception(kind, vec![Value::Int(i64::from(e)), Value::str(errno::message(e))])
}

/// The value of a completed call, its error, or the wait: `on_block` is
/// what a call that may not wait any longer returns (None: it raises).
pub(super) fn finish<T>(
    interp: &mut Interp<'_>,
    result: NetResult<T>,
    mode: Mode,
    on_block: Option<Value>,
    value: impl FnOnce(T) -> Value,
) -> NativeResult {
    match result {
        Ok(v) => ret(value(v)),
        Err(NetErr::Errno(e)) => Err(os_error(interp, e)),
        Err(NetErr::Block(on)) => match (mode, on_block) {
            (Mode::NonBlocking, Some(v)) => ret(v),
            (Mode::NonBlocking, None) => Err(os_error(interp, errno::EAGAIN)),
            (Mode::Until(Some(d)), Some(v)) if interp.sys().now() >= d => ret(v),
            (Mode::Until(Some(d)), None) if interp.sys().now() >= d => {
                Err(interp.error(ExcKind::TimeoutError, "timed out"))
            }
            (Mode::Until(deadline), _) => Ok(Flow::Block(Wait { on, deadline })),
        },
    }
}

/// Argument `i` as a file descriptor (a closed socket's -1 is EBADF).
pub(super) fn fd(interp: &mut Interp<'_>, args: &Args, i: usize) -> Result<u32, Value> {
    let n = int(interp, args, i)?;
    u32::try_from(n).map_err(|_| os_error(interp, errno::EBADF))
}

fn int(interp: &mut Interp<'_>, args: &Args, i: usize) -> Result<i64, Value> {
    match args.pos.get(i) {
        Some(v) => interp.index(&v.clone()),
        None => Err(interp.error(ExcKind::TypeError, format!("missing argument {}", i + 1))),
    }
}

/// Arguments `i` and `i + 1`: a dotted address and a port.
fn addr(interp: &mut Interp<'_>, args: &Args, i: usize, call: &str) -> Result<SockAddr, Value> {
    let ip = match args.pos.get(i) {
        Some(Value::Str(s)) => s.parse::<Ipv4Addr>().ok(),
        _ => None,
    };
    let ip = ip.ok_or_else(|| interp.error(ExcKind::TypeError, format!("{call}(): an IPv4 address is required")))?;
    let port = int(interp, args, i + 1)?;
    let port = u16::try_from(port)
        .map_err(|_| interp.error(ExcKind::OverflowError, format!("{call}(): port must be 0-65535.")))?;
    Ok((ip, port))
}

fn addr_value(a: SockAddr) -> Value {
    Value::tuple(vec![Value::str(&a.0.to_string()), Value::Int(i64::from(a.1))])
}

fn socket(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(i64::from(interp.sys().net().socket())))
}

fn close(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let r = interp.sys().net().close(fd);
    finish(interp, r, Mode::NonBlocking, None, |_| Value::None)
}

fn dup(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let r = interp.sys().net().dup(fd);
    finish(interp, r, Mode::NonBlocking, None, |n| Value::Int(i64::from(n)))
}

fn bind(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let a = addr(interp, &args, 1, "bind")?;
    let r = interp.sys().net().bind(fd, a);
    finish(interp, r, Mode::NonBlocking, None, |_| Value::None)
}

fn listen(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let backlog = int(interp, &args, 1)?;
    let r = interp.sys().net().listen(fd, backlog);
    finish(interp, r, Mode::NonBlocking, None, |_| Value::None)
}

/// `accept(fd, deadline)` → `(fd, (ip, port))`.
fn accept(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let mode = mode(interp, &args, 1)?;
    let r = interp.sys().net().accept(fd);
    finish(interp, r, mode, None, |(n, a)| Value::tuple(vec![Value::Int(i64::from(n)), addr_value(a)]))
}

/// `connect(fd, ip, port, deadline)` → True once connected.
fn connect(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let a = addr(interp, &args, 1, "connect")?;
    let mode = mode(interp, &args, 3)?;
    let r = interp.sys().net().connect(fd, a, mode == Mode::NonBlocking);
    finish(interp, r, mode, None, |_| Value::Bool(true))
}

/// `send(fd, data, deadline, on_block=None)` → bytes sent.
fn send(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    // Any bytes-like data: bytes, or the bytes a bytearray holds.
    let data = match args.pos.get(1).map(crate::lang::types::args::builtin_value) {
        Some(Value::Bytes(b)) => b,
        other => {
            let t = other.map(|v| interp.type_name(&v)).unwrap_or_else(|| "NoneType".into());
            return Err(interp.error(ExcKind::TypeError, format!("a bytes-like object is required, not '{t}'")));
        }
    };
    let mode = mode(interp, &args, 2)?;
    let r = interp.sys().net().send(fd, &data);
    let on_block = args.pos.get(3).cloned();
    finish(interp, r, mode, on_block, |n| Value::Int(n as i64))
}

/// `recv(fd, n, deadline, on_block=None)` → bytes (empty at end of stream).
fn recv(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let n = int(interp, &args, 1)?;
    if n < 0 {
        return Err(interp.error(ExcKind::ValueError, "negative buffersize in recv"));
    }
    let mode = mode(interp, &args, 2)?;
    let r = interp.sys().net().recv(fd, n as usize);
    let on_block = args.pos.get(3).cloned();
    finish(interp, r, mode, on_block, |b| Value::Bytes(b.into()))
}

fn shutdown(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let how = int(interp, &args, 1)?;
    let r = interp.sys().net().shutdown(fd, how);
    finish(interp, r, Mode::NonBlocking, None, |_| Value::None)
}

fn getsockname(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let r = interp.sys().net().name(fd, false);
    finish(interp, r, Mode::NonBlocking, None, addr_value)
}

fn getpeername(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let r = interp.sys().net().name(fd, true);
    finish(interp, r, Mode::NonBlocking, None, addr_value)
}

fn setsockopt(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let (level, name) = (int(interp, &args, 1)?, int(interp, &args, 2)?);
    let value = match args.pos.get(3) {
        Some(Value::Bytes(b)) => i64::from(b.iter().any(|x| *x != 0)),
        _ => int(interp, &args, 3)?,
    };
    let r = interp.sys().net().setsockopt(fd, level, name, value);
    finish(interp, r, Mode::NonBlocking, None, |_| Value::None)
}

fn getsockopt(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let fd = fd(interp, &args, 0)?;
    let (level, name) = (int(interp, &args, 1)?, int(interp, &args, 2)?);
    let r = interp.sys().net().getsockopt(fd, level, name);
    finish(interp, r, Mode::NonBlocking, None, Value::Int)
}

fn gethostname(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    let name = interp.sys().net().hostname();
    ret(Value::str(&name))
}

/// `gethostbyname(name)` → the dotted address, or None when nobody has that name.
fn gethostbyname(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(Value::Str(name)) = args.pos.first() else {
        return Err(interp.error(ExcKind::TypeError, "gethostbyname() argument 1 must be str"));
    };
    let ip = interp.sys().net().resolve(name);
    ret(ip.map(|ip| Value::str(&ip.to_string())).unwrap_or(Value::None))
}

/// The functions of `_socket`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("socket", socket),
    ("close", close),
    ("dup", dup),
    ("bind", bind),
    ("listen", listen),
    ("accept", accept),
    ("connect", connect),
    ("send", send),
    ("recv", recv),
    ("shutdown", shutdown),
    ("getsockname", getsockname),
    ("getpeername", getpeername),
    ("setsockopt", setsockopt),
    ("getsockopt", getsockopt),
    ("gethostname", gethostname),
    ("gethostbyname", gethostbyname),
];

/// Linux's values of the constants `socket` exports.
const CONSTANTS: &[(&str, i64)] = &[
    ("AF_UNSPEC", 0),
    ("AF_UNIX", 1),
    ("AF_INET", 2),
    ("AF_INET6", 10),
    ("SOCK_STREAM", 1),
    ("SOCK_DGRAM", 2),
    ("SOCK_RAW", 3),
    ("SOCK_NONBLOCK", 2048),
    ("SOCK_CLOEXEC", 524_288),
    ("SOL_SOCKET", 1),
    ("SO_DEBUG", 1),
    ("SO_REUSEADDR", 2),
    ("SO_TYPE", 3),
    ("SO_ERROR", 4),
    ("SO_DONTROUTE", 5),
    ("SO_BROADCAST", 6),
    ("SO_SNDBUF", 7),
    ("SO_RCVBUF", 8),
    ("SO_KEEPALIVE", 9),
    ("SO_OOBINLINE", 10),
    ("SO_LINGER", 13),
    ("SO_REUSEPORT", 15),
    ("SO_RCVLOWAT", 18),
    ("SO_SNDLOWAT", 19),
    ("SO_RCVTIMEO", 20),
    ("SO_SNDTIMEO", 21),
    ("IPPROTO_IP", 0),
    ("IPPROTO_TCP", 6),
    ("IPPROTO_UDP", 17),
    ("TCP_NODELAY", 1),
    ("SHUT_RD", 0),
    ("SHUT_WR", 1),
    ("SHUT_RDWR", 2),
    ("SOMAXCONN", 4096),
    ("MSG_PEEK", 2),
    ("MSG_DONTWAIT", 64),
    ("MSG_WAITALL", 256),
    ("INADDR_ANY", 0),
    ("AI_PASSIVE", 1),
    ("EAI_NONAME", -2),
];

/// Adds the constants.
pub fn init(m: &Value) {
    for (name, v) in CONSTANTS {
        set(m, name, Value::Int(*v));
    }
    set(m, "has_ipv6", Value::Bool(false));
}
