//! `_thread`: threads and the kernel lock, the layer `threading` is written
//! on (CPython's `Modules/_threadmodule.c`). Two additions of ours, used by
//! our `threading`: `start_new_thread` takes the thread's name and daemon
//! flag (for the trace and for process exit), and `join_thread` parks the
//! caller until a thread ends (CPython waits on a per-thread lock instead).

use super::{seconds, set};
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Builtin, Flow, NativeFn, NativeResult, Object, Payload, Value};
use crate::vm::{install, new_class, Interp, Wait, WaitOn};
use std::rc::Rc;
use crate::lang::types::args::ret;

fn kwarg<'a>(args: &'a Args, name: &str) -> Option<&'a Value> {
    args.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

fn start_new_thread(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (Some(f), Some(a)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.error(ExcKind::TypeError, "start_new_thread expected at least 2 arguments"));
    };
    let Value::Tuple(a) = a else {
        return Err(interp.error(ExcKind::TypeError, "2nd arg must be a tuple"));
    };
    let mut pos = a.to_vec();
    let kw = match args.pos.get(2).or_else(|| kwarg(&args, "kwargs")) {
        Some(Value::Dict(d)) => d
            .borrow()
            .iter()
            .filter_map(|(k, v)| match &k.0 {
                Value::Str(s) => Some((s.clone(), v.clone())),
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    let func = match f {
        Value::BoundMethod(m) => {
            pos.insert(0, m.0.clone());
            m.1.clone()
        }
        other => other.clone(),
    };
    let Value::Function(func) = func else {
        return Err(interp.error(ExcKind::TypeError, "first arg must be a Python function"));
    };
    let frame = interp.bind_args(&func, pos, kw)?;
    let name = match kwarg(&args, "name") {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let daemon = matches!(kwarg(&args, "daemon"), Some(Value::Bool(true)));
    let tid = interp.sys().spawn_thread(*frame, name, daemon);
    ret(Value::Int(tid as i64))
}

fn get_ident(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(interp.sys().tid() as i64))
}

fn join_thread(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let tid = match args.pos.first() {
        Some(Value::Int(t)) => *t as u32,
        _ => return Err(interp.error(ExcKind::TypeError, "join_thread expects a thread id")),
    };
    if !interp.sys().thread_alive(tid) {
        return ret(Value::None);
    }
    let deadline = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = seconds(interp, v, "a number")?.max(0.0);
            Some(interp.sys().now() + (s * 1e9).round() as u64)
        }
    };
    Ok(Flow::Block(Wait { on: WaitOn::Join(tid), deadline }))
}

fn is_alive(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let alive = matches!(args.pos.first(), Some(Value::Int(t)) if interp.sys().thread_alive(*t as u32));
    ret(Value::Bool(alive))
}

fn set_name(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if let (Some(Value::Int(t)), Some(Value::Str(n))) = (args.pos.first(), args.pos.get(1)) {
        interp.sys().rename_thread(*t as u32, n.to_string());
    }
    ret(Value::None)
}

fn allocate_lock(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(Value::Class(cls)) = args.pos.first() else { unreachable!("bound to the lock class") };
    let id = interp.sys().lock_new();
    ret(Value::Object(Rc::new(Object::new(cls.clone(), Payload::Handle(id)))))
}

fn handle(interp: &Interp<'_>, v: &Value) -> Result<u32, Value> {
    if let Value::Object(o) = v {
        if let Payload::Handle(h) = *o.payload.borrow() {
            return Ok(h);
        }
    }
    Err(interp.error(ExcKind::TypeError, "descriptor requires a 'lock' object"))
}

/// `lock.acquire(blocking=True, timeout=-1)`.
fn lock_acquire(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = handle(interp, &args.pos[0])?;
    let blocking = match args.pos.get(1).or_else(|| kwarg(&args, "blocking")) {
        Some(v) => interp.truthy(&v.clone())?,
        None => true,
    };
    let timeout = match args.pos.get(2).or_else(|| kwarg(&args, "timeout")) {
        Some(v) => seconds(interp, &v.clone(), "a number")?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(interp.error(ExcKind::ValueError, "can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(interp.error(ExcKind::ValueError, "timeout value must be a non-negative number"));
    }
    if interp.sys().lock_try_acquire(id) {
        return ret(Value::Bool(true));
    }
    if !blocking {
        return ret(Value::Bool(false));
    }
    let deadline = (timeout >= 0.0).then(|| interp.sys().now() + (timeout * 1e9).round() as u64);
    Ok(Flow::Block(Wait { on: WaitOn::Lock(id), deadline }))
}

fn lock_release(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = handle(interp, &args.pos[0])?;
    if !interp.sys().lock_release(id) {
        return Err(interp.error(ExcKind::RuntimeError, "release unlocked lock"));
    }
    ret(Value::None)
}

fn lock_exit(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    lock_release(interp, Args { pos: vec![args.pos[0].clone()], kw: vec![] })
}

fn lock_locked(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = handle(interp, &args.pos[0])?;
    ret(Value::Bool(interp.sys().lock_locked(id)))
}

fn lock_repr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = handle(interp, &args.pos[0])?;
    let state = if interp.sys().lock_locked(id) { "locked" } else { "unlocked" };
    let address = interp.address(&args.pos[0]);
    ret(Value::str(&format!("<{state} _thread.lock object at {address:#x}>")))
}

const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", lock_acquire),
    ("acquire_lock", lock_acquire),
    ("__enter__", lock_acquire),
    ("release", lock_release),
    ("release_lock", lock_release),
    ("__exit__", lock_exit),
    ("locked", lock_locked),
    ("locked_lock", lock_locked),
    ("__repr__", lock_repr),
];

fn format_exception(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(exc) = args.pos.first() else { return ret(Value::str("")) };
    let text = interp.format_exception(exc);
    ret(Value::str(&text))
}

/// `set_lock_name(lock, name)`: ours, so that a Condition's waiter lock
/// shows as what the thread waits for ("Queue.get: empty").
fn set_lock_name(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = handle(interp, &args.pos[0])?;
    if let Some(Value::Str(name)) = args.pos.get(1) {
        interp.sys().lock_name(id, name);
    }
    ret(Value::None)
}

fn stack_size(_: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(0))
}

/// The functions of `_thread` (`allocate_lock` is added by `init`).
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("start_new_thread", start_new_thread),
    ("get_ident", get_ident),
    ("get_native_id", get_ident),
    ("join_thread", join_thread),
    ("is_alive", is_alive),
    ("set_name", set_name),
    ("stack_size", stack_size),
    ("set_lock_name", set_lock_name),
    ("format_exception", format_exception),
];

/// Adds the lock type and its constructor, and the main thread's ident.
pub fn init(interp: &mut Interp<'_>, m: &Value) -> Result<(), Value> {
    let lock = new_class("lock", "_thread", Some(&interp.types().object), Some(Builtin::Native));
    install(&lock, LOCK_METHODS);
    set(m, "LockType", Value::Class(lock.clone()));
    let alloc = Value::Native(Rc::new(crate::lang::value::Native {
        name: Rc::from("allocate_lock"),
        f: allocate_lock,
        bound: Some(Value::Class(lock)),
        is_method: false,
    }));
    set(m, "allocate_lock", alloc.clone());
    set(m, "allocate", alloc);
    set(m, "TIMEOUT_MAX", Value::Float(4_294_967.0));
    let err = interp.types().exc(ExcKind::RuntimeError);
    set(m, "error", Value::Class(err));
    Ok(())
}
