//! `_mp`: what `multiprocessing` is written on. Shared semaphores, message
//! channels and shared memory live in the kernel, named by integer ids that
//! survive fork; values cross between processes as `Portable` copies, made
//! here as CPython's pickle makes them, with its errors for what cannot be
//! pickled.

use super::seconds;
use crate::lang::error::ExcKind;
use crate::lang::portable::Portable;
use crate::lang::value::{Args, Flow, Key, NativeFn, NativeResult, Payload, Value};
use crate::vm::{Interp, Wait, WaitOn};
use num_bigint::BigInt;
use std::rc::Rc;
use crate::lang::types::args::ret;

fn id_arg(interp: &mut Interp<'_>, args: &Args, i: usize) -> Result<u32, Value> {
    match args.pos.get(i) {
        Some(v) => Ok(interp.index(v)? as u32),
        None => Err(interp.error(ExcKind::TypeError, "missing argument")),
    }
}

fn sem_new(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let value = id_arg(interp, &args, 0)? as i64;
    let max = match args.pos.get(1) {
        Some(Value::None) | None => i64::MAX,
        Some(v) => interp.index(v)?,
    };
    let kind = match args.pos.get(2) {
        Some(Value::Str(s)) => s.to_string(),
        _ => "Semaphore".into(),
    };
    ret(Value::Int(i64::from(interp.sys().sem_new(value, max, &kind))))
}

/// `sem_acquire(id, block=True, timeout=None)`.
fn sem_acquire(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    let block = match args.pos.get(1) {
        Some(v) => interp.truthy(&v.clone())?,
        None => true,
    };
    if interp.sys().sem_try_acquire(id) {
        return ret(Value::Bool(true));
    }
    if !block {
        return ret(Value::Bool(false));
    }
    let deadline = match args.pos.get(2) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = seconds(interp, &v.clone(), "a number")?.max(0.0);
            Some(interp.sys().now() + (s * 1e9).round() as u64)
        }
    };
    Ok(Flow::Block(Wait { on: WaitOn::Sem(id), deadline }))
}

fn sem_release(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    ret(Value::Bool(interp.sys().sem_release(id)))
}

fn sem_value(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    ret(Value::Int(interp.sys().sem_value(id)))
}

fn chan_new(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::Int(i64::from(interp.sys().channel_new())))
}

fn chan_push(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    let item = args.pos.get(1).cloned().unwrap_or(Value::None);
    let p = to_portable(interp, &item, 0)?;
    interp.sys().channel_push(id, p);
    ret(Value::None)
}

fn chan_pop(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    match interp.sys().channel_pop(id) {
        Some(p) => ret(from_portable(interp, &p)?),
        None => Err(interp.error(ExcKind::EOFError, "")),
    }
}

fn chan_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    ret(Value::Int(interp.sys().channel_len(id) as i64))
}

fn cells_new(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let tc = match args.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => return Err(interp.error(ExcKind::TypeError, "cells_new: a type code is required")),
    };
    let items = match args.pos.get(1) {
        Some(v) => interp.collect(&v.clone())?,
        None => vec![],
    };
    let mut ps = vec![];
    for it in &items {
        ps.push(to_portable(interp, it, 0)?);
    }
    ret(Value::Int(i64::from(interp.sys().cells_new(&tc, ps))))
}

fn cells_get(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    let i = id_arg(interp, &args, 1)? as usize;
    match interp.sys().cells_get(id, i) {
        Some(p) => ret(from_portable(interp, &p)?),
        None => Err(interp.error(ExcKind::IndexError, "array index out of range")),
    }
}

fn cells_set(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    let i = id_arg(interp, &args, 1)? as usize;
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    let p = to_portable(interp, &v, 0)?;
    interp.sys().cells_set(id, i, p);
    ret(Value::None)
}

/// `cells_apply(id, method, args, kwds)`: calls a method on the value in
/// shared cell 0 and stores it back, in one step no other thread can
/// interleave with (a manager's referent: `d[k] = v` is atomic, as the
/// manager server makes it in CPython). Returns a copy of the result.
fn cells_apply(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    let Some(Value::Str(method)) = args.pos.get(1).cloned() else {
        return Err(interp.error(ExcKind::TypeError, "cells_apply: a method name is required"));
    };
    let call_args = match args.pos.get(2) {
        Some(v) => interp.collect(&v.clone())?,
        None => vec![],
    };
    let kw = match args.pos.get(3) {
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
    let Some(stored) = interp.sys().cells_get(id, 0) else {
        return Err(interp.error(ExcKind::ValueError, "shared object is gone"));
    };
    let referent = from_portable(interp, &stored)?;
    let f = interp.get_attr(&referent, &method)?;
    let result = interp.call_kw(&f, call_args, kw)?;
    let back = to_portable(interp, &referent, 0)?;
    interp.sys().cells_set(id, 0, back);
    // The caller gets its own copy, as a manager's reply is unpickled.
    let copy = to_portable(interp, &result, 0)?;
    ret(from_portable(interp, &copy)?)
}

fn cells_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let id = id_arg(interp, &args, 0)?;
    ret(Value::Int(interp.sys().cells_info(id).0 as i64))
}

fn set_process_name(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if let Some(Value::Str(s)) = args.pos.first() {
        interp.sys().set_process_name(s);
    }
    ret(Value::None)
}

/// `wait_child(pid, timeout)`: waits for a child to end, at most `timeout`
/// seconds; `(pid, status)` once reaped, None on timeout.
fn wait_child(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pid = id_arg(interp, &args, 0)?;
    if let Some((p, status)) = interp.sys().try_reap(Some(pid)) {
        return ret(Value::tuple(vec![Value::Int(i64::from(p)), Value::Int(status)]));
    }
    if !interp.sys().has_child(Some(pid)) {
        return ret(Value::None);
    }
    let deadline = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = seconds(interp, &v.clone(), "a number")?.max(0.0);
            Some(interp.sys().now() + (s * 1e9).round() as u64)
        }
    };
    Ok(Flow::Block(Wait { on: WaitOn::Child(Some(pid)), deadline }))
}

/// `dumps(obj)`: checks that obj can cross to another process, raising
/// what CPython's pickle raises if not (used where CPython pickles eagerly).
fn check_picklable(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    to_portable(interp, &v, 0)?;
    ret(Value::None)
}

/// `dumps(obj)`: obj as bytes, as `pickle.dumps` makes them, with pickle's
/// errors for what cannot cross between processes.
fn dumps(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let p = to_portable(interp, &v, 0)?;
    ret(Value::Bytes(Rc::from(p.encode())))
}

/// `loads(data)`: the object `dumps` made these bytes from.
fn loads(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let data = bytes_arg(interp, &args, 0)?;
    match Portable::decode(&data) {
        Ok(p) => ret(from_portable(interp, &p)?),
        Err(why) => Err(interp.error(ExcKind::ValueError, format!("could not load the data: {why}"))),
    }
}

/// `digest(key, message)`: the HMAC-SHA256 of message under key, the
/// answer to a `multiprocessing.connection` challenge (CPython's is an
/// HMAC too; its hash is not visible to programs).
fn digest(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    use hmac::{Hmac, Mac};
    let key = bytes_arg(interp, &args, 0)?;
    let message = bytes_arg(interp, &args, 1)?;
    let Ok(mut mac) = Hmac::<sha2::Sha256>::new_from_slice(&key) else {
        return Err(interp.error(ExcKind::ValueError, "invalid key"));
    };
    mac.update(&message);
    ret(Value::Bytes(Rc::from(mac.finalize().into_bytes().as_slice())))
}

fn bytes_arg(interp: &mut Interp<'_>, args: &Args, i: usize) -> Result<Rc<[u8]>, Value> {
    match args.pos.get(i) {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(v) => {
            let t = interp.type_name(v);
            Err(interp.error(ExcKind::TypeError, format!("a bytes-like object is required, not '{t}'")))
        }
        None => Err(interp.error(ExcKind::TypeError, "missing argument")),
    }
}

/// The functions of `_mp`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sem_new", sem_new),
    ("sem_acquire", sem_acquire),
    ("sem_release", sem_release),
    ("sem_value", sem_value),
    ("chan_new", chan_new),
    ("chan_push", chan_push),
    ("chan_pop", chan_pop),
    ("chan_len", chan_len),
    ("cells_new", cells_new),
    ("cells_get", cells_get),
    ("cells_set", cells_set),
    ("cells_len", cells_len),
    ("cells_apply", cells_apply),
    ("set_process_name", set_process_name),
    ("wait_child", wait_child),
    ("check_picklable", check_picklable),
    ("dumps", dumps),
    ("loads", loads),
    ("digest", digest),
];

fn cannot_pickle(interp: &mut Interp<'_>, v: &Value) -> Value {
    let t = interp.type_name(v);
    interp.error(ExcKind::TypeError, format!("cannot pickle '{t}' object"))
}

/// A process-independent copy of `v`, as pickle.dumps would make.
pub fn to_portable(interp: &mut Interp<'_>, v: &Value, depth: usize) -> Result<Portable, Value> {
    if depth > 500 {
        return Err(interp.error(ExcKind::RecursionError, "maximum recursion depth exceeded while pickling an object"));
    }
    let seq = |interp: &mut Interp<'_>, items: &[Value]| -> Result<Vec<Portable>, Value> {
        items.iter().map(|x| to_portable(interp, x, depth + 1)).collect()
    };
    Ok(match v {
        Value::None => Portable::None,
        Value::Bool(b) => Portable::Bool(*b),
        Value::Int(i) => Portable::Int(*i),
        Value::BigInt(b) => Portable::BigInt(b.to_string()),
        Value::Float(f) => Portable::Float(*f),
        Value::Str(s) => Portable::Str(s.to_string()),
        Value::Bytes(b) => Portable::Bytes(b.to_vec()),
        Value::Tuple(t) => Portable::Tuple(seq(interp, t)?),
        Value::List(l) => {
            let items = l.borrow().clone();
            Portable::List(seq(interp, &items)?)
        }
        Value::Dict(d) => {
            let items: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
            let mut out = vec![];
            for (k, x) in items {
                out.push((to_portable(interp, &k, depth + 1)?, to_portable(interp, &x, depth + 1)?));
            }
            Portable::Dict(out)
        }
        Value::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().map(|k| k.0.clone()).collect();
            Portable::Set(seq(interp, &items)?)
        }
        Value::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().map(|k| k.0.clone()).collect();
            Portable::FrozenSet(seq(interp, &items)?)
        }
        Value::Range(r) => Portable::Range(r.start, r.stop, r.step),
        Value::Slice(s) => Portable::Slice(Box::new([
            to_portable(interp, &s[0], depth + 1)?,
            to_portable(interp, &s[1], depth + 1)?,
            to_portable(interp, &s[2], depth + 1)?,
        ])),
        Value::Class(c) => Portable::Class(c.module.to_string(), c.qualname.to_string()),
        Value::Function(f) => {
            let qualname = f.qualname.borrow().clone();
            if qualname.contains("<locals>") {
                return Err(interp.error(
                    ExcKind::AttributeError,
                    format!("Can't pickle local object '{qualname}'"),
                ));
            }
            if qualname.contains("<lambda>") {
                let repr = interp.repr(v)?;
                return Err(interp.error(
                    ExcKind::AttributeError,
                    format!("Can't pickle {repr}: attribute lookup <lambda> on {} failed", f.module),
                ));
            }
            Portable::Function(f.module.to_string(), qualname.to_string())
        }
        Value::Native(n) => {
            // Module functions of built-in modules: pickled by name, as CPython does.
            match n.name.rsplit_once('.') {
                _ if n.bound.is_some() || n.is_method => return Err(cannot_pickle(interp, v)),
                Some((module, name)) => Portable::Function(module.to_string(), name.to_string()),
                None => Portable::Function("builtins".into(), n.name.to_string()),
            }
        }
        Value::Object(o) => {
            if let Some(Value::Str(kind)) = interp.lookup_class_attr(&o.class, "_inheritance_only") {
                return Err(interp.error(
                    ExcKind::RuntimeError,
                    format!("{kind} objects should only be shared between processes through inheritance"),
                ));
            }
            let args = match &*o.payload.borrow() {
                Payload::None => None,
                Payload::Exception(st) => Some(st.args.clone()),
                _ => return Err(cannot_pickle(interp, v)),
            };
            let args = match args {
                Some(a) => Some(seq(interp, &a)?),
                None => None,
            };
            let items: Vec<(Rc<str>, Value)> = o.dict.borrow().iter().map(|(k, x)| (k.clone(), x.clone())).collect();
            let mut dict = vec![];
            for (k, x) in items {
                dict.push((k.to_string(), to_portable(interp, &x, depth + 1)?));
            }
            Portable::Object { module: o.class.module.to_string(), qualname: o.class.qualname.to_string(), dict, args }
        }
        _ => return Err(cannot_pickle(interp, v)),
    })
}

/// Finds a module-level name by module and qualified name (pickle's `find_class`).
fn find(interp: &mut Interp<'_>, module: &str, qualname: &str) -> Result<Value, Value> {
    let m = interp.proc.modules.borrow().get(module).cloned();
    let mut v = match m {
        Some(m) => m,
        None => interp.import_module(module)?,
    };
    for part in qualname.split('.') {
        v = interp.get_attr(&v, part).map_err(|_| {
            interp.error(ExcKind::AttributeError, format!("Can't get attribute '{qualname}' on <module '{module}'>"))
        })?;
    }
    Ok(v)
}

/// A live value in this process from a portable copy (pickle.loads).
pub fn from_portable(interp: &mut Interp<'_>, p: &Portable) -> Result<Value, Value> {
    let seq = |interp: &mut Interp<'_>, items: &[Portable]| -> Result<Vec<Value>, Value> {
        items.iter().map(|x| from_portable(interp, x)).collect()
    };
    Ok(match p {
        Portable::None => Value::None,
        Portable::Bool(b) => Value::Bool(*b),
        Portable::Int(i) => Value::Int(*i),
        Portable::BigInt(s) => Value::from_bigint(s.parse::<BigInt>().unwrap_or_default()),
        Portable::Float(f) => Value::Float(*f),
        Portable::Str(s) => Value::str(s),
        Portable::Bytes(b) => Value::Bytes(Rc::from(b.as_slice())),
        Portable::Tuple(t) => Value::tuple(seq(interp, t)?),
        Portable::List(l) => Value::list(seq(interp, l)?),
        Portable::Dict(items) => {
            let mut d = crate::lang::value::Dict::default();
            for (k, x) in items {
                let k = from_portable(interp, k)?;
                let x = from_portable(interp, x)?;
                d.insert(Key(k), x);
            }
            Value::dict(d)
        }
        Portable::Set(items) => {
            let vals = seq(interp, items)?;
            Value::Set(Rc::new(std::cell::RefCell::new(vals.into_iter().map(Key).collect())))
        }
        Portable::FrozenSet(items) => {
            let vals = seq(interp, items)?;
            Value::FrozenSet(Rc::new(vals.into_iter().map(Key).collect()))
        }
        Portable::Range(a, b, c) => Value::Range(Rc::new(crate::lang::value::RangeObj { start: *a, stop: *b, step: *c })),
        Portable::Slice(s) => Value::Slice(Rc::new([
            from_portable(interp, &s[0])?,
            from_portable(interp, &s[1])?,
            from_portable(interp, &s[2])?,
        ])),
        Portable::Class(m, q) | Portable::Function(m, q) => find(interp, m, q)?,
        Portable::Object { module, qualname, dict, args } => {
            let Value::Class(cls) = find(interp, module, qualname)? else {
                return Err(interp.error(ExcKind::TypeError, format!("{qualname} is not a class")));
            };
            let args = match args {
                Some(a) => seq(interp, a)?,
                None => vec![],
            };
            let obj = interp.new_instance(&cls, &args);
            if let Value::Object(o) = &obj {
                for (k, x) in dict {
                    let x = from_portable(interp, x)?;
                    o.dict.borrow_mut().insert(Rc::from(k.as_str()), x);
                }
            }
            obj
        }
    })
}
