//! `_warnings`: shows a warning as CPython 3.11 does —
//! `file:line: Category: message` and the source line — once per location
//! under the default filters, and DeprecationWarning only when the code
//! that triggered it is `__main__`'s.

use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Flow, Key, NativeFn, NativeResult, Value};
use crate::trace::Stream;
use crate::vm::Interp;

/// `warn(text, category, stacklevel, registry, always)`.
fn warn(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let text = match args.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let Some(Value::Class(category)) = args.pos.get(1).cloned() else {
        return Err(interp.error(ExcKind::TypeError, "category must be a Warning subclass"));
    };
    let level = match args.pos.get(2) {
        Some(v) => interp.index(&v.clone())?.max(1) as usize,
        None => 1,
    };
    let always = matches!(args.pos.get(4), Some(Value::Bool(true)));
    let frames = &interp.thread.frames;
    let frame = &frames[frames.len().saturating_sub(level)];
    let (filename, line, code) = (frame.code.filename.clone(), frame.line(), frame.code.clone());
    let module = match frame.globals.borrow().get(&Key(Value::str("__name__"))) {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let deprecation = interp.types().exc(ExcKind::DeprecationWarning);
    if !always && interp.is_subclass(&category, &deprecation) && module != "__main__" {
        return Ok(Flow::Return(Value::None));
    }
    if let Some(Value::Dict(registry)) = args.pos.get(3) {
        let key = Key(Value::tuple(vec![
            Value::str(&text),
            Value::Str(category.name.clone()),
            Value::Str(filename.clone()),
            Value::Int(i64::from(line)),
        ]));
        if !always && registry.borrow().contains_key(&key) {
            return Ok(Flow::Return(Value::None));
        }
        registry.borrow_mut().insert(key, Value::Bool(true));
    }
    let source = interp.proc.sources.borrow().get(&code.filename).cloned();
    let mut out = format!("{filename}:{line}: {}: {text}\n", category.name);
    if let Some(src) = source.and_then(|s| s.lines().nth(line as usize - 1).map(|l| l.trim().to_string())) {
        out.push_str(&format!("  {src}\n"));
    }
    interp.sys().write(Stream::Stderr, &out);
    Ok(Flow::Return(Value::None))
}

/// The functions of `_warnings`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("warn", warn)];
