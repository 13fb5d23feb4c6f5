//! `_select`: epoll on file descriptors, the layer `select.py` (the
//! `epoll` class, and `select.select` on top of it) is written on. Readiness
//! is kept by the kernel as sockets change, so a poll costs what is ready.
//! `epoll_wait` takes a deadline as `_socket`'s calls do, returns [] when it
//! passes (or at once with 0), and None when woken: the caller polls again.

use super::set;
use super::socket::{fd, finish, mode, Mode};
use crate::lang::types::args::ret;
use crate::lang::value::{Args, NativeFn, NativeResult, Value};
use crate::vm::Interp;

fn epoll(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(i64::from(interp.sys().net().epoll())))
}

/// `epoll_ctl(epfd, op, fd, mask)`: op 1 add, 2 delete, 3 modify.
fn epoll_ctl(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let epfd = fd(interp, &args, 0)?;
    let op = interp.index(&args.pos.get(1).cloned().unwrap_or(Value::None))?;
    let target = fd(interp, &args, 2)?;
    let mask = interp.index(&args.pos.get(3).cloned().unwrap_or(Value::Int(0)))?;
    let r = interp.sys().net().epoll_ctl(epfd, op, target, mask as u32);
    finish(interp, r, Mode::NonBlocking, None, |_| Value::None)
}

/// `epoll_wait(epfd, maxevents, deadline)` → [(fd, events), ...].
fn epoll_wait(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let epfd = fd(interp, &args, 0)?;
    let max = interp.index(&args.pos.get(1).cloned().unwrap_or(Value::Int(-1)))?;
    let max = if max <= 0 { usize::MAX } else { max as usize };
    let mode = mode(interp, &args, 2)?;
    let r = interp.sys().net().epoll_wait(epfd, max);
    let pairs = |v: Vec<(u32, u32)>| {
        Value::list(v.into_iter().map(|(f, e)| Value::tuple(vec![Value::Int(i64::from(f)), Value::Int(i64::from(e))])).collect())
    };
    finish(interp, r, mode, Some(Value::list(vec![])), pairs)
}

/// The functions of `_select`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("epoll", epoll), ("epoll_ctl", epoll_ctl), ("epoll_wait", epoll_wait)];

/// Linux's epoll constants.
const CONSTANTS: &[(&str, i64)] = &[
    ("EPOLLIN", 1),
    ("EPOLLPRI", 2),
    ("EPOLLOUT", 4),
    ("EPOLLERR", 8),
    ("EPOLLHUP", 16),
    ("EPOLLRDNORM", 64),
    ("EPOLLRDBAND", 128),
    ("EPOLLWRNORM", 256),
    ("EPOLLWRBAND", 512),
    ("EPOLLMSG", 1024),
    ("EPOLLRDHUP", 0x2000),
    ("EPOLLEXCLUSIVE", 1 << 28),
    ("EPOLLONESHOT", 1 << 30),
    ("EPOLLET", 1 << 31),
    ("EPOLL_CLOEXEC", 524_288),
];

/// Adds the constants.
pub fn init(m: &Value) {
    for (name, v) in CONSTANTS {
        set(m, name, Value::Int(*v));
    }
}
