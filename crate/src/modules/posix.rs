//! `posix`: the system calls `os` is written on (as CPython's
//! `Modules/posixmodule.c`): process ids, fork, wait, exit and kill, all
//! served by the simulated kernel.

use super::{seconds, set};
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Dict, Flow, NativeFn, NativeResult, Value};
use crate::vm::{Interp, Wait, WaitOn};
use crate::lang::types::args::ret;

fn int_arg(interp: &mut Interp<'_>, args: &Args, i: usize, what: &str) -> Result<i64, Value> {
    match args.pos.get(i) {
        Some(v) => interp.index(v),
        None => Err(interp.error(ExcKind::TypeError, format!("{what}: missing argument {}", i + 1))),
    }
}

fn getpid(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(interp.sys().pid() as i64))
}

fn getppid(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(interp.sys().ppid() as i64))
}

fn getcwd(_: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::str("/home/pyconc"))
}

/// `cpu_count()`: the machine's CPUs (`Sys::cpu_count`).
fn cpu_count(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(interp.sys().cpu_count() as i64))
}

/// `fork()`: the child continues from the same call with 0.
fn fork(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    let proc = interp.proc;
    let pid = {
        let thread: &crate::vm::Thread = interp.thread;
        let thread = thread.clone();
        interp.sys.fork(proc, &thread)
    };
    ret(Value::Int(pid as i64))
}

fn no_children(interp: &Interp<'_>) -> Value {
    interp.new_exception(ExcKind::ChildProcessError, vec![Value::Int(10), Value::str("No child processes")])
}

fn reap_or_wait(interp: &mut Interp<'_>, which: Option<u32>, nohang: bool) -> NativeResult {
    if !interp.sys().has_child(which) {
        return Err(no_children(interp));
    }
    if let Some((pid, status)) = interp.sys().try_reap(which) {
        return ret(Value::tuple(vec![Value::Int(pid as i64), Value::Int(status)]));
    }
    if nohang {
        return ret(Value::tuple(vec![Value::Int(0), Value::Int(0)]));
    }
    Ok(Flow::Block(Wait { on: WaitOn::Child(which), deadline: None }))
}

fn wait(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    reap_or_wait(interp, None, false)
}

/// `waitpid(pid, options)`: pid -1 waits for any child; WNOHANG (1) returns (0, 0) at once.
fn waitpid(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pid = int_arg(interp, &args, 0, "waitpid")?;
    let options = int_arg(interp, &args, 1, "waitpid")?;
    let which = if pid > 0 { Some(pid as u32) } else { None };
    reap_or_wait(interp, which, options & 1 != 0)
}

/// `_exit(n)`: ends the process at once, without cleanup.
fn exit(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let code = int_arg(interp, &args, 0, "_exit")?;
    Ok(Flow::Block(Wait { on: WaitOn::Exit(code as i32), deadline: None }))
}

fn kill(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pid = int_arg(interp, &args, 0, "kill")?;
    let sig = int_arg(interp, &args, 1, "kill")?;
    if pid as u32 == interp.sys().pid() && sig != 0 {
        return Ok(Flow::Block(Wait { on: WaitOn::Exit(-(sig as i32)), deadline: None }));
    }
    if !interp.sys().kill(pid as u32, sig as i32) {
        return Err(interp.new_exception(ExcKind::ProcessLookupError, vec![Value::Int(3), Value::str("No such process")]));
    }
    ret(Value::None)
}

fn status_fn(interp: &mut Interp<'_>, args: &Args, f: fn(i64) -> Value) -> NativeResult {
    let s = int_arg(interp, args, 0, "status")?;
    ret(f(s))
}

fn wexitstatus(i: &mut Interp<'_>, a: Args) -> NativeResult {
    status_fn(i, &a, |s| Value::Int((s >> 8) & 0xff))
}
fn wifexited(i: &mut Interp<'_>, a: Args) -> NativeResult {
    status_fn(i, &a, |s| Value::Bool(s & 0x7f == 0))
}
fn wifsignaled(i: &mut Interp<'_>, a: Args) -> NativeResult {
    status_fn(i, &a, |s| Value::Bool(s & 0x7f != 0 && s & 0x7f != 0x7f))
}
fn wtermsig(i: &mut Interp<'_>, a: Args) -> NativeResult {
    status_fn(i, &a, |s| Value::Int(s & 0x7f))
}
fn waitstatus_to_exitcode(i: &mut Interp<'_>, a: Args) -> NativeResult {
    status_fn(i, &a, |s| Value::Int(if s & 0x7f == 0 { (s >> 8) & 0xff } else { -(s & 0x7f) }))
}

fn sleep_like(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = match args.pos.first() {
        Some(v) => seconds(interp, v, "a number")?,
        None => 0.0,
    };
    let deadline = interp.sys().now() + (s.max(0.0) * 1e9) as u64;
    Ok(Flow::Block(Wait { on: WaitOn::Sleep, deadline: Some(deadline) }))
}

/// The functions of `posix`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("getppid", getppid),
    ("getcwd", getcwd),
    ("cpu_count", cpu_count),
    ("fork", fork),
    ("wait", wait),
    ("waitpid", waitpid),
    ("_exit", exit),
    ("kill", kill),
    ("WEXITSTATUS", wexitstatus),
    ("WIFEXITED", wifexited),
    ("WIFSIGNALED", wifsignaled),
    ("WTERMSIG", wtermsig),
    ("waitstatus_to_exitcode", waitstatus_to_exitcode),
    ("_sleep", sleep_like),
];

/// The constants of `posix`.
pub fn init(m: &Value) {
    set(m, "name", Value::str("posix"));
    set(m, "sep", Value::str("/"));
    set(m, "linesep", Value::str("\n"));
    set(m, "environ", Value::dict(Dict::default()));
    set(m, "WNOHANG", Value::Int(1));
}
