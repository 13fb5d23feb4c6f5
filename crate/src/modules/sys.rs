//! `sys`: the interpreter's own settings and the standard streams.

use super::{native_module, seconds, set};
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Builtin, Key, NativeFn, NativeResult, Object, Payload, Value};
use crate::trace::Stream;
use crate::vm::{install, new_class, Interp, RECURSION_LIMIT};
use std::rc::Rc;
use crate::lang::types::args::ret;

fn exit(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    Err(interp.new_exception(ExcKind::SystemExit, args.pos.into_iter().take(1).collect()))
}

fn getrecursionlimit(_: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(RECURSION_LIMIT as i64))
}

fn setrecursionlimit(_: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::None)
}

fn getswitchinterval(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Float(interp.sys().switch_interval()))
}

fn setswitchinterval(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(v) = args.pos.first() else {
        return Err(interp.error(ExcKind::TypeError, "setswitchinterval() takes exactly one argument (0 given)"));
    };
    let s = seconds(interp, v, "a float")?;
    if s <= 0.0 {
        return Err(interp.error(ExcKind::ValueError, "switch interval must be strictly positive"));
    }
    interp.sys().set_switch_interval(s);
    ret(Value::None)
}

fn exc_info(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    match interp.thread.handling.last().cloned() {
        Some(e) => {
            let cls = interp.class_of(&e);
            ret(Value::tuple(vec![Value::Class(cls), e, Value::None]))
        }
        None => ret(Value::tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn stream(interp: &Interp<'_>, v: &Value) -> Result<Stream, Value> {
    if let Value::Object(o) = v {
        if let Payload::Value(Value::Int(fd)) = *o.payload.borrow() {
            return Ok(if fd == 2 { Stream::Stderr } else { Stream::Stdout });
        }
    }
    Err(interp.error(ExcKind::TypeError, "expected a text stream"))
}

fn stream_write(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = stream(interp, &args.pos[0])?;
    let text = match args.pos.get(1) {
        Some(Value::Str(t)) => t.clone(),
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.error(ExcKind::TypeError, format!("write() argument must be str, not {t}")));
        }
        None => return Err(interp.error(ExcKind::TypeError, "write() takes exactly one argument (0 given)")),
    };
    interp.sys().write(s, &text);
    ret(Value::Int(text.chars().count() as i64))
}

fn stream_flush(_: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::None)
}

const STREAM_METHODS: &[(&str, NativeFn)] = &[("write", stream_write), ("flush", stream_flush)];

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("getswitchinterval", getswitchinterval),
    ("setswitchinterval", setswitchinterval),
    ("exc_info", exc_info),
];

/// The `sys` module of the running process.
pub fn module(interp: &mut Interp<'_>) -> Value {
    let m = native_module("sys", FUNCTIONS);
    let io = new_class("TextIOWrapper", "_io", Some(&interp.types().object), Some(Builtin::Native));
    install(&io, STREAM_METHODS);
    let stream = |fd: i64| {
        Value::Object(Rc::new(Object::new(io.clone(), Payload::Value(Value::Int(fd)))))
    };
    set(&m, "stdout", stream(1));
    set(&m, "stderr", stream(2));
    set(&m, "__stdout__", stream(1));
    set(&m, "__stderr__", stream(2));
    set(&m, "argv", Value::list(vec![Value::Str(interp.proc.main_file.clone())]));
    set(&m, "platform", Value::str("linux"));
    set(&m, "byteorder", Value::str("little"));
    set(&m, "maxsize", Value::Int(i64::MAX));
    set(&m, "version", Value::str("3.11.7 (pyconc)"));
    set(
        &m,
        "version_info",
        Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]),
    );
    set(&m, "executable", Value::str("/usr/bin/python3"));
    set(&m, "path", Value::list(vec![]));
    let mut mods = crate::lang::value::Dict::default();
    for (k, v) in interp.proc.modules.borrow().iter() {
        mods.insert(Key(Value::Str(k.clone())), v.clone());
    }
    set(&m, "modules", Value::dict(mods));
    m
}
