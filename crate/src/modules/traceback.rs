//! `_traceback`: what Python code cannot see in our interpreter, lent to
//! the `traceback` and `logging` modules: the report CPython prints for an
//! exception (built from the traceback the exception carries, as the
//! uncaught-exception report is), and where the running code was called
//! from (CPython's `sys._getframe` walk in `logging.Logger.findCaller`).

use crate::lang::types::args::ret;
use crate::lang::value::{Args, NativeFn, NativeResult, Value};
use crate::vm::Interp;

/// `format_exception(exc)`: the whole report, chained exceptions first,
/// then "Traceback (most recent call last):", the frames and "Type: message".
fn format_exception(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let text = interp.format_exception(&args.pos[0]);
    ret(Value::str(&text))
}

/// `format_exception_only(exc)`: the "Type: message" line.
fn format_exception_only(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let text = interp.exception_line(&args.pos[0]);
    ret(Value::str(&text))
}

/// `caller(skip)`: `(filename, lineno, function name)` of the innermost
/// running frame whose file is not in the tuple `skip` (the module's own
/// files), or `None` when every frame is.
fn caller(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let skip: Vec<String> = match args.pos.first() {
        Some(Value::Tuple(t)) => t.iter().filter_map(|v| if let Value::Str(s) = v { Some(s.to_string()) } else { None }).collect(),
        _ => vec![],
    };
    let found = interp
        .thread
        .frames
        .iter()
        .rev()
        .find(|f| &*f.code.filename != "<builtins>" && !skip.iter().any(|s| **s == *f.code.filename));
    ret(match found {
        Some(f) => Value::tuple(vec![
            Value::Str(f.code.filename.clone()),
            Value::Int(i64::from(f.line())),
            Value::Str(f.code.name.clone()),
        ]),
        None => Value::None,
    })
}

/// The functions of `_traceback`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("format_exception", format_exception),
    ("format_exception_only", format_exception_only),
    ("caller", caller),
];
