//! `os`: what programs ask of the kernel about themselves. Processes and
//! `fork` arrive with the process model.

use super::set;
use crate::lang::value::{Args, Dict, Flow, NativeFn, NativeResult, Value};
use crate::vm::Interp;

fn getpid(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    Ok(Flow::Return(Value::Int(interp.sys().pid() as i64)))
}

fn getppid(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    Ok(Flow::Return(Value::Int(interp.sys().ppid() as i64)))
}

fn getcwd(_: &mut Interp<'_>, _: Args) -> NativeResult {
    Ok(Flow::Return(Value::str("/home/pyconc")))
}

/// The functions of `os`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("getpid", getpid), ("getppid", getppid), ("getcwd", getcwd)];

/// The constants of `os`.
pub fn init(m: &Value) {
    set(m, "name", Value::str("posix"));
    set(m, "sep", Value::str("/"));
    set(m, "linesep", Value::str("\n"));
    set(m, "environ", Value::dict(Dict::new()));
}
