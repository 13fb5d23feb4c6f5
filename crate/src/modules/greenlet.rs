//! `_greenlet`: the `greenlet` package's native part, as greenlet 3.1's C
//! module behaves under CPython 3.11 (`PyGreenlet.cpp`, `PyModule.cpp`);
//! `greenlet.py` re-exports it as the package. The switching itself is
//! the VM's (`vm::greenlet`): these functions check their arguments and
//! ask for a switch with `Flow::Switch`.
//!
//! The class `greenlet(run=None, parent=None)`: `switch(*args, **kwargs)`,
//! `throw(typ=GreenletExit, val=None, tb=None)`, the properties `run`,
//! `parent` (settable, with greenlet's checks) and `dead`, truth while
//! started and not dead; `getcurrent()`, `GreenletExit`, `error`. Python
//! classes may subclass it (gevent's `Greenlet` does, with `run` as a
//! method): `__new__` gives every instance its state, as greenlet's
//! `tp_new`. Not here: `gr_frame`, `gr_context`, `settrace`, and killing
//! a suspended greenlet when it is garbage (nothing is collected here).
//!
//! Two additions of ours, for code written on top (gevent's hub), each
//! shown by the trace's `greenlet` events (`trace::EventKind::Greenlet`):
//!
//! - `switch_waiting(target, on, *args)`: `target.switch(*args)`, telling
//!   the trace what the greenlet switching away waits for (`on`, a str
//!   such as "sleep 1.0 s" or "recv on socket 3").
//! - `set_trace_name(g, name)`: the name the trace shows for `g` (by
//!   default its `run`'s name, or `ClassName-id` for a subclass).

use super::set;
use crate::lang::error::ExcKind;
use crate::lang::types::args::{ret, str_arg};
use crate::lang::value::{Args, Builtin, Descriptor, Flow, NativeFn, NativeResult, Object, Payload, Value};
use crate::vm::{greenlet_switch, install, native, new_class, Delivery, GreenletModule, Interp, Life, Switch};
use std::rc::Rc;

/// `greenlet.__new__(cls, *args, **kwargs)`: a pending greenlet whose
/// parent is the running one.
fn greenlet_new(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(interp.error(ExcKind::TypeError, "greenlet.__new__(X): X is not a type object"));
    };
    let st = interp.new_greenlet()?;
    ret(Value::Object(Rc::new(Object::new(cls.clone(), Payload::Greenlet(Box::new(st))))))
}

/// `greenlet.__init__(self, run=None, parent=None)`.
fn greenlet_init(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let g = &args.pos[0];
    let given = args.pos.len() - 1 + args.kw.len();
    if given > 2 {
        return Err(interp.error(ExcKind::TypeError, format!("green() takes at most 2 arguments ({given} given)")));
    }
    let (mut run, mut parent) = (args.pos.get(1).cloned(), args.pos.get(2).cloned());
    for (k, v) in &args.kw {
        let slot = match &**k {
            "run" => &mut run,
            "parent" => &mut parent,
            _ => return Err(interp.error(ExcKind::TypeError, format!("'{k}' is an invalid keyword argument for green()"))),
        };
        if slot.is_some() {
            return Err(interp.error(ExcKind::TypeError, format!("argument for green() given by name ('{k}') and position")));
        }
        *slot = Some(v.clone());
    }
    if let Some(run) = run {
        set_run(interp, g, run)?;
    }
    match parent {
        Some(Value::None) | None => ret(Value::None),
        Some(p) => {
            set_parent(interp, g, p)?;
            ret(Value::None)
        }
    }
}

fn set_run(interp: &mut Interp<'_>, g: &Value, run: Value) -> Result<(), Value> {
    let mut st = interp.greenlet_state(g)?;
    let msg = if st.main {
        "Main greenlets do not have a run attribute."
    } else if st.life != Life::Pending {
        "run cannot be set after the start of the greenlet"
    } else {
        st.run = Some(run);
        return Ok(());
    };
    drop(st);
    Err(interp.error(ExcKind::AttributeError, msg))
}

/// `g.parent = p`, with greenlet's checks (`UserGreenlet::parent`).
fn set_parent(interp: &mut Interp<'_>, g: &Value, p: Value) -> Result<(), Value> {
    let (main, started) = {
        let st = interp.greenlet_state(g)?;
        (st.main, st.life != Life::Pending)
    };
    if main {
        return Err(interp.error(ExcKind::AttributeError, "cannot set the parent of a main greenlet"));
    }
    let mut p_main = p.clone();
    loop {
        if p_main.is(g) {
            return Err(interp.error(ExcKind::ValueError, "cyclic parent chain"));
        }
        let next = interp.greenlet_state(&p_main)?.parent.clone();
        match next {
            Some(next) => p_main = next,
            None => break,
        }
    }
    if started && !interp.greenlet_lineage_main(g)?.is(&p_main) {
        return Err(interp.error(ExcKind::ValueError, "parent cannot be on a different thread"));
    }
    interp.greenlet_state(g)?.parent = Some(p);
    Ok(())
}

fn run_get(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let st = interp.greenlet_state(&args.pos[0])?;
    let msg = match (&st.run, st.main, st.life) {
        (_, true, _) => "Main greenlets do not have a run attribute.",
        (Some(run), _, Life::Pending) => return ret(run.clone()),
        _ => "run",
    };
    drop(st);
    Err(interp.error(ExcKind::AttributeError, msg))
}

fn run_set(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    set_run(interp, &args.pos[0], args.pos[1].clone())?;
    ret(Value::None)
}

fn parent_get(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let parent = interp.greenlet_state(&args.pos[0])?.parent.clone();
    ret(parent.unwrap_or(Value::None))
}

fn parent_set(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    set_parent(interp, &args.pos[0], args.pos[1].clone())?;
    ret(Value::None)
}

fn dead_get(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let life = interp.greenlet_state(&args.pos[0])?.life;
    ret(Value::Bool(life == Life::Dead))
}

/// `bool(g)`: started and not dead (greenlet's `active`).
fn greenlet_bool(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let life = interp.greenlet_state(&args.pos[0])?.life;
    ret(Value::Bool(life == Life::Started))
}

fn greenlet_repr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let text = interp.greenlet_repr(&args.pos[0])?;
    ret(Value::str(&text))
}

/// A switch to `target` delivering `delivery`.
fn switch_to(interp: &mut Interp<'_>, target: &Value, delivery: Delivery, on: Option<Rc<str>>) -> NativeResult {
    interp.greenlet_state(target)?;
    Ok(Flow::Switch(Box::new(Switch { target: target.clone(), delivery, on })))
}

/// `g.throw(typ=GreenletExit, val=None, tb=None)`.
fn greenlet_throw(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if !args.kw.is_empty() {
        return Err(interp.error(ExcKind::TypeError, "throw() takes no keyword arguments"));
    }
    if args.pos.len() > 4 {
        let n = args.pos.len() - 1;
        return Err(interp.error(ExcKind::TypeError, format!("throw expected at most 3 arguments, got {n}")));
    }
    let exit = interp.greenlet_module().expect("a greenlet's module is imported").exit;
    let typ = args.pos.get(1).cloned().unwrap_or(Value::Class(exit));
    let val = args.pos.get(2).cloned().unwrap_or(Value::None);
    if !matches!(args.pos.get(3), None | Some(Value::None)) {
        return Err(interp.error(ExcKind::TypeError, "throw() third argument must be a traceback object"));
    }
    let exc = exception_of(interp, typ, val)?;
    switch_to(interp, &args.pos[0], Delivery::Throw(exc), None)
}

/// The exception `throw(typ, val)` raises (greenlet's `PyErrPieces::normalize`).
fn exception_of(interp: &mut Interp<'_>, typ: Value, val: Value) -> Result<Value, Value> {
    let base = interp.types().exc(ExcKind::BaseException);
    match &typ {
        Value::Class(c) if interp.is_subclass(c, &base) => {
            if interp.is_instance(&val, c) {
                return Ok(val);
            }
            let args = match val {
                Value::None => vec![],
                Value::Tuple(t) => t.to_vec(),
                v => vec![v],
            };
            interp.call(&typ, args)
        }
        _ if interp.is_instance(&typ, &base) => {
            if !matches!(val, Value::None) {
                return Err(interp.error(ExcKind::TypeError, "instance exception may not have a separate value"));
            }
            Ok(typ)
        }
        other => {
            let t = interp.type_name(other);
            Err(interp.error(ExcKind::TypeError, format!("exceptions must be classes, or instances, not {t}")))
        }
    }
}

fn getcurrent(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(interp.current_greenlet()?)
}

/// `switch_waiting(target, on, *args)`: `target.switch(*args)`, and the
/// trace says the running greenlet waits for `on`.
fn switch_waiting(interp: &mut Interp<'_>, mut args: Args) -> NativeResult {
    if args.pos.len() < 2 || !args.kw.is_empty() {
        return Err(interp.error(ExcKind::TypeError, "switch_waiting(target, on, *args) takes no keyword arguments"));
    }
    let rest = args.pos.split_off(2);
    let on = str_arg(interp, &args.pos[1])?;
    switch_to(interp, &args.pos[0], Delivery::Args(rest, vec![]), Some(on))
}

/// `set_trace_name(g, name)`: the name the trace shows for `g`.
fn set_trace_name(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (Some(g), Some(name)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.error(ExcKind::TypeError, "set_trace_name(g, name) takes 2 arguments"));
    };
    let name = str_arg(interp, name)?;
    interp.greenlet_state(g)?.name = Some(name);
    ret(Value::None)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", greenlet_init),
    ("switch", greenlet_switch),
    ("throw", greenlet_throw),
    ("__bool__", greenlet_bool),
    ("__repr__", greenlet_repr),
];

/// The functions of `_greenlet` (the classes are added by `init`).
pub const FUNCTIONS: &[(&str, NativeFn)] =
    &[("getcurrent", getcurrent), ("switch_waiting", switch_waiting), ("set_trace_name", set_trace_name)];

/// A property of natives.
fn property(get: NativeFn, set: Option<NativeFn>, name: &str) -> Value {
    Value::Descriptor(Rc::new(Descriptor::Property {
        fget: native(&format!("greenlet.{name}"), get, false),
        fset: set.map_or(Value::None, |f| native(&format!("greenlet.{name}"), f, false)),
        fdel: Value::None,
        doc: Value::None,
    }))
}

/// Adds the classes `greenlet`, `GreenletExit` and `error`, and records
/// them for the VM, which raises and recognizes them.
pub fn init(interp: &mut Interp<'_>, m: &Value) {
    let types = interp.types();
    let class = new_class("greenlet", "greenlet", Some(&types.object), Some(Builtin::Native));
    let exit = new_class("GreenletExit", "greenlet", Some(&types.exc(ExcKind::BaseException)), Some(Builtin::BaseException));
    let error = new_class("error", "greenlet", Some(&types.exc(ExcKind::Exception)), Some(Builtin::BaseException));
    install(&class, METHODS);
    {
        let mut d = class.dict.borrow_mut();
        let new = native("greenlet.__new__", greenlet_new, false);
        d.insert(Rc::from("__new__"), Value::Descriptor(Rc::new(Descriptor::Static(new))));
        d.insert(Rc::from("run"), property(run_get, Some(run_set), "run"));
        d.insert(Rc::from("parent"), property(parent_get, Some(parent_set), "parent"));
        d.insert(Rc::from("dead"), property(dead_get, None, "dead"));
    }
    // greenlet copies these onto the class too (`copy_on_greentype`).
    let published = [("GreenletExit", Value::Class(exit.clone())), ("error", Value::Class(error.clone()))];
    for (name, v) in published {
        set(m, name, v.clone());
        class.dict.borrow_mut().insert(Rc::from(name), v);
    }
    class.dict.borrow_mut().insert(Rc::from("getcurrent"), native("getcurrent", getcurrent, false));
    set(m, "greenlet", Value::Class(class.clone()));
    *interp.proc.greenlet.borrow_mut() = Some(GreenletModule { class, exit, error, next_id: 0 });
}
