//! `exec` and `eval` of source strings: the source compiles as a module
//! named `<string>` and runs in a frame of its own, on this thread, with
//! the globals and locals given (or the caller's).

use super::frame::{Frame, ReturnMode};
use super::interp::Interp;
use crate::lang::compile::{compile, compile_eval, CompileError};
use crate::lang::error::ExcKind;
use crate::lang::types::args::{Sig, Style};
use crate::lang::value::{Args, Dict, Flow, Key, NativeResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `exec(source, globals=None, locals=None)`: runs the statements; None.
pub fn exec(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let mut frame = source_frame(interp, args, "exec", compile)?;
    frame.ret = ReturnMode::Module(Value::None);
    Ok(Flow::Frame(Box::new(frame)))
}

/// `eval(source, globals=None, locals=None)`: the expression's value.
pub fn eval(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let frame = source_frame(interp, args, "eval", compile_eval)?;
    Ok(Flow::Frame(Box::new(frame)))
}

type Compiler = fn(&str, &str) -> Result<Rc<crate::lang::code::Code>, CompileError>;

/// The frame that runs `source` for `exec` or `eval` (`which`).
fn source_frame(interp: &mut Interp<'_>, args: Args, which: &'static str, compiler: Compiler) -> Result<Frame, Value> {
    let slots = Sig::pos(which, which, &["source", "globals", "locals"], 1, Style::Clinic).parse(interp, &args.pos, &args.kw)?;
    let source = match &slots[0] {
        Some(Value::Str(s)) => s.to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            let msg = format!("{which}() arg 1 must be a string, bytes or code object");
            return Err(interp.error(ExcKind::TypeError, msg));
        }
    };
    let (globals, locals) = namespaces(interp, which, &slots[1], &slots[2])?;
    let code = compiler(&source, "<string>").map_err(|e| syntax_error(interp, e))?;
    Ok(Frame::new(code, globals, Some(locals)))
}

/// The globals and locals the source runs in: those given, or the caller's.
/// Given globals get `__builtins__`, as CPython gives them.
fn namespaces(
    interp: &mut Interp<'_>,
    which: &str,
    globals: &Option<Value>,
    locals: &Option<Value>,
) -> Result<(Rc<RefCell<Dict>>, Rc<RefCell<Dict>>), Value> {
    let locals = match locals {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) => return Err(interp.error(ExcKind::TypeError, "locals must be a mapping")),
    };
    match globals {
        None | Some(Value::None) => {
            let caller = interp.thread.frames.last().expect("a caller");
            let g = caller.globals.clone();
            let l = locals.unwrap_or_else(|| caller_locals(caller));
            Ok((g, l))
        }
        Some(Value::Dict(g)) => {
            let builtins = Value::Dict(interp.proc.builtins.clone());
            let key = Key(Value::str("__builtins__"));
            if !g.borrow().contains_key(&key) {
                g.borrow_mut().insert(key, builtins);
            }
            Ok((g.clone(), locals.unwrap_or_else(|| g.clone())))
        }
        Some(other) => {
            let msg = if which == "exec" {
                format!("exec() globals must be a dict, not {}", interp.type_name(other))
            } else {
                "globals must be a dict".to_string()
            };
            Err(interp.error(ExcKind::TypeError, msg))
        }
    }
}

/// The caller's local namespace: a module's or class body's own dict, or
/// a snapshot of a function's bound locals (writes do not reach them).
pub fn caller_locals(f: &Frame) -> Rc<RefCell<Dict>> {
    if let Some(ns) = &f.namespace {
        return ns.clone();
    }
    let mut d = Dict::default();
    for (name, v) in f.code.varnames.iter().zip(&f.fast) {
        if !matches!(v, Value::Unbound) {
            d.insert(Key(Value::Str(name.clone())), v.clone());
        }
    }
    Rc::new(RefCell::new(d))
}

/// A compile error as the exception CPython raises: "invalid syntax
/// (<string>, line 1)"; a construct pyconc does not run yet is a
/// NotImplementedError naming it.
fn syntax_error(interp: &Interp<'_>, e: CompileError) -> Value {
    match e {
        CompileError::Syntax { msg, line, col, text } => {
            let exc = interp.error(ExcKind::SyntaxError, format!("{msg} (<string>, line {line})"));
            if let Value::Object(o) = &exc {
                let mut attrs = o.dict.borrow_mut();
                attrs.insert(Rc::from("msg"), Value::str(&msg));
                attrs.insert(Rc::from("filename"), Value::str("<string>"));
                attrs.insert(Rc::from("lineno"), Value::Int(i64::from(line)));
                attrs.insert(Rc::from("offset"), Value::Int(i64::from(col)));
                attrs.insert(Rc::from("text"), Value::str(&format!("{text}\n")));
            }
            exc
        }
        unsupported => interp.error(ExcKind::NotImplementedError, unsupported.to_string()),
    }
}
