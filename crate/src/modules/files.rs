//! `_files`: the run's in-memory disk (`Sys::files`), under `io.open`.
//! Paths are kept as given, less a leading `./`; contents are bytes (text
//! files are UTF-8, as CPython's default encoding here).

use crate::lang::error::ExcKind;
use crate::lang::value::{Args, NativeFn, NativeResult, Value};
use crate::vm::Interp;
use crate::lang::types::args::ret;

/// The path argument at `i`, normalized.
fn path(interp: &Interp<'_>, args: &Args, i: usize) -> Result<String, Value> {
    match args.pos.get(i) {
        Some(Value::Str(s)) => {
            let mut p: &str = s;
            while let Some(rest) = p.strip_prefix("./") {
                p = rest;
            }
            Ok(p.to_string())
        }
        _ => Err(interp.error(ExcKind::TypeError, "expected a path (str)")),
    }
}

fn data(interp: &Interp<'_>, args: &Args, i: usize) -> Result<Vec<u8>, Value> {
    match args.pos.get(i) {
        Some(Value::Bytes(b)) => Ok(b.to_vec()),
        Some(Value::Str(s)) => Ok(s.as_bytes().to_vec()),
        _ => Err(interp.error(ExcKind::TypeError, "expected bytes")),
    }
}

/// `read(path)`: the file's bytes, or None when there is no such file.
fn read(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    ret(match interp.sys().files().get(&p) {
        Some(b) => Value::Bytes(b.as_slice().into()),
        None => Value::None,
    })
}

/// `write(path, data)`: replaces (or creates) the file.
fn write(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    let d = data(interp, &args, 1)?;
    interp.sys().files().insert(p, d);
    ret(Value::None)
}

/// `append(path, data)`: adds to the end of the file (creating it).
fn append(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    let d = data(interp, &args, 1)?;
    interp.sys().files().entry(p).or_default().extend_from_slice(&d);
    ret(Value::None)
}

/// `exists(path)`.
fn exists(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    ret(Value::Bool(interp.sys().files().contains_key(&p)))
}

/// `remove(path)`: whether there was such a file.
fn remove(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    ret(Value::Bool(interp.sys().files().remove(&p).is_some()))
}

/// `listdir()`: every path, sorted.
fn listdir(interp: &mut Interp<'_>, _args: Args) -> NativeResult {
    let names = interp.sys().files().keys().map(|k| Value::str(k)).collect();
    ret(Value::list(names))
}

/// The functions of `_files`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("read", read),
    ("write", write),
    ("append", append),
    ("exists", exists),
    ("remove", remove),
    ("listdir", listdir),
];
