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
    let mut found = None;
    interp.sys().files(&mut |files| found = files.get(&p).cloned());
    ret(match found {
        Some(b) => Value::Bytes(b.as_slice().into()),
        None => Value::None,
    })
}

/// `write(path, data)`: replaces (or creates) the file.
fn write(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    let d = data(interp, &args, 1)?;
    interp.sys().files(&mut |files| {
        files.insert(p.clone(), d.clone());
    });
    ret(Value::None)
}

/// `append(path, data)`: adds to the end of the file (creating it).
fn append(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    let d = data(interp, &args, 1)?;
    interp.sys().files(&mut |files| files.entry(p.clone()).or_default().extend_from_slice(&d));
    ret(Value::None)
}

/// `exists(path)`.
fn exists(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    let mut found = false;
    interp.sys().files(&mut |files| found = files.contains_key(&p));
    ret(Value::Bool(found))
}

/// `remove(path)`: whether there was such a file.
fn remove(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let p = path(interp, &args, 0)?;
    let mut found = false;
    interp.sys().files(&mut |files| found = files.remove(&p).is_some());
    ret(Value::Bool(found))
}

/// `listdir()`: every path, sorted.
fn listdir(interp: &mut Interp<'_>, _args: Args) -> NativeResult {
    let mut paths = Vec::new();
    interp.sys().files(&mut |files| paths = files.keys().cloned().collect());
    let names = paths.iter().map(|k| Value::str(k)).collect();
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
