//! The built-ins that need the VM's own machinery: `__build_class__`,
//! `super`, `type`, `globals`, the methods of `object`, exceptions,
//! generators and properties, and the constructors of built-in types.

use super::frame::{Frame, ReturnMode};
use super::interp::Interp;
use super::types::native;
use crate::lang::error::ExcKind;
use crate::lang::types;
use crate::lang::value::{
    Args, Builtin, Class, Descriptor, Dict, Flow, Key, NativeFn, NativeResult, Object, Payload, Value,
};
use std::cell::RefCell;
use std::rc::Rc;
use crate::lang::types::args::ret;

/// `__build_class__(func, name, *bases, **kw)`: runs the class body in a new
/// namespace; the frame's return builds the class (`ReturnMode::ClassBody`).
pub fn build_class(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let mut pos = args.pos.into_iter();
    let (Some(Value::Function(f)), Some(name)) = (pos.next(), pos.next()) else {
        return Err(interp.error(ExcKind::TypeError, "__build_class__: func must be a function"));
    };
    let ns = Rc::new(RefCell::new(Dict::default()));
    let mut frame = Frame::new(f.code.clone(), f.globals.clone(), Some(ns));
    frame.cells.extend(f.closure.iter().cloned());
    frame.ret = ReturnMode::ClassBody(Box::new(super::frame::ClassBody { name, bases: pos.collect(), kwargs: args.kw }));
    Ok(Flow::Frame(Box::new(frame)))
}

/// `super()` and `super(cls, obj)`.
fn super_new(interp: &mut Interp<'_>, args: &[Value]) -> Result<Value, Value> {
    let (cls, obj) = match args {
        [Value::Class(c), obj] => (c.clone(), obj.clone()),
        [] => {
            let f = interp.thread.frames.last().expect("caller frame");
            let code = f.code.clone();
            let class_cell = code
                .freevars
                .iter()
                .position(|n| &**n == "__class__")
                .map(|i| f.cells[code.cellvars.len() + i].borrow().clone());
            let first = if code.argcount == 0 {
                None
            } else {
                match code.cell_params.iter().find(|(_, vi)| *vi == 0) {
                    Some((ci, _)) => Some(f.cells[*ci as usize].borrow().clone()),
                    None => f.fast.first().cloned(),
                }
            };
            match (class_cell, first) {
                (Some(Value::Class(c)), Some(obj)) if !matches!(obj, Value::Unbound) => (c, obj),
                (None, _) => return Err(interp.error(ExcKind::RuntimeError, "super(): __class__ cell not found")),
                _ => return Err(interp.error(ExcKind::RuntimeError, "super(): no arguments")),
            }
        }
        _ => return Err(interp.error(ExcKind::TypeError, "super() argument 1 must be a type")),
    };
    Ok(Value::Object(Rc::new(Object::new(interp.types().super_.clone(), Payload::Super(cls, obj)))))
}

/// `type(x)` and `type(name, bases, dict)`.
fn type_new(interp: &mut Interp<'_>, args: &[Value]) -> Result<Value, Value> {
    match args {
        [x] => Ok(Value::Class(interp.class_of(x))),
        [name, Value::Tuple(bases), Value::Dict(d)] => {
            let ns = Rc::new(RefCell::new(d.borrow().clone()));
            // As type_new: the class belongs to the module of the code calling type().
            let module = Key(Value::str("__module__"));
            if !ns.borrow().contains_key(&module) {
                let caller = interp.thread.frames.last().map(|f| f.globals.clone());
                let name = caller.and_then(|g| g.borrow().get(&Key(Value::str("__name__"))).cloned());
                if let Some(n) = name {
                    ns.borrow_mut().insert(module, n);
                }
            }
            interp.make_class(name.clone(), bases.to_vec(), ns, vec![])
        }
        _ => Err(interp.error(ExcKind::TypeError, "type() takes 1 or 3 arguments")),
    }
}

impl Interp<'_> {
    /// Calls the constructor of a built-in class; None when instances are
    /// made generically (object, exceptions, native classes).
    pub(super) fn construct_builtin(
        &mut self,
        cls: &Rc<Class>,
        b: Builtin,
        args: &[Value],
        kw: &[(Rc<str>, Value)],
    ) -> Result<Option<Value>, Value> {
        let a = Args { pos: args.to_vec(), kw: kw.to_vec() };
        let flow = match b {
            Builtin::Int => types::int::new_int(self, a)?,
            Builtin::Bool => types::int::new_bool(self, a)?,
            Builtin::Float => types::float::new_float(self, a)?,
            Builtin::Str => types::str::new_str(self, a)?,
            Builtin::Bytes => types::bytes::new_bytes(self, a)?,
            Builtin::Tuple => types::tuple::new_tuple(self, a)?,
            Builtin::List => types::list::new_list(self, a)?,
            Builtin::Dict => types::dict::new_dict(self, a)?,
            Builtin::Set => types::set::new_set(self, a)?,
            Builtin::FrozenSet => types::set::new_frozenset(self, a)?,
            Builtin::Range => types::range::new_range(self, a)?,
            Builtin::Type => return type_new(self, args).map(Some),
            Builtin::Slice => {
                let mut v = args.to_vec();
                if v.len() == 1 {
                    v.insert(0, Value::None);
                }
                v.resize(3, Value::None);
                return Ok(Some(Value::Slice(Rc::new([v[0].clone(), v[1].clone(), v[2].clone()]))));
            }
            Builtin::StaticMethod => {
                return Ok(Some(Value::Descriptor(Rc::new(Descriptor::Static(args[0].clone())))))
            }
            Builtin::ClassMethod => {
                return Ok(Some(Value::Descriptor(Rc::new(Descriptor::ClassMethod(args[0].clone())))))
            }
            Builtin::Property => {
                let get = |i: usize, name: &str| {
                    args.get(i)
                        .cloned()
                        .or_else(|| kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v.clone()))
                        .unwrap_or(Value::None)
                };
                return Ok(Some(Value::Descriptor(Rc::new(Descriptor::Property {
                    fget: get(0, "fget"),
                    fset: get(1, "fset"),
                    fdel: get(2, "fdel"),
                    doc: get(3, "doc"),
                }))));
            }
            Builtin::Object if Rc::ptr_eq(cls, &self.types().object) => {
                if !args.is_empty() {
                    return Err(self.error(ExcKind::TypeError, "object() takes no arguments"));
                }
                return Ok(None);
            }
            _ if Rc::ptr_eq(cls, &self.types().super_) => return super_new(self, args).map(Some),
            _ => return Ok(None),
        };
        match flow {
            Flow::Return(v) => Ok(Some(v)),
            _ => Err(self.error(ExcKind::RuntimeError, "constructor did not return")),
        }
    }
}

fn object_init(_: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::None)
}

fn object_repr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = &args.pos[0];
    // Built-in values inherit __repr__ from object here; give their own repr.
    if !matches!(v, Value::Object(_)) {
        return ret(Value::str(&interp.repr(v)?));
    }
    let cls = interp.class_of(v);
    let name = if &*cls.module == "builtins" { cls.qualname.to_string() } else { format!("{}.{}", cls.module, cls.qualname) };
    ret(Value::str(&format!("<{name} object at {:#x}>", interp.address(v))))
}

fn object_str(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = interp.repr(&args.pos[0])?;
    ret(Value::str(&s))
}

fn object_eq(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (a, b) = (&args.pos[0], &args.pos[1]);
    ret(if a.is(b) { Value::Bool(true) } else { interp.types().not_implemented.clone() })
}

fn object_hash(_: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(Value::Int(args.pos[0].identity() as i64 >> 4))
}

fn object_setattr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (Some(obj), Some(Value::Str(name)), Some(v)) = (args.pos.first(), args.pos.get(1), args.pos.get(2)) else {
        return Err(interp.error(ExcKind::TypeError, "__setattr__ expected 3 arguments"));
    };
    if let Value::Object(o) = obj {
        o.dict.borrow_mut().insert(name.clone(), v.clone());
    }
    ret(Value::None)
}

fn object_init_subclass(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if let Some(Value::Class(cls)) = args.pos.first() {
        super::subclass::no_keywords(interp, cls, &args.kw)?;
    }
    ret(Value::None)
}

/// The methods of `object`.
pub const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", object_init),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__hash__", object_hash),
    ("__setattr__", object_setattr),
    ("__init_subclass__", object_init_subclass),
];

fn type_mro(_: &mut Interp<'_>, args: Args) -> NativeResult {
    let Value::Class(c) = &args.pos[0] else { return ret(Value::None) };
    let mut v = vec![Value::Class(c.clone())];
    v.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
    ret(Value::list(v))
}

/// The methods of `type`.
pub const TYPE_METHODS: &[(&str, NativeFn)] = &[("mro", type_mro), ("__init__", type_init), ("__call__", type_call)];

/// `type.__new__(meta, name, bases, ns, **kw)`: a class of metaclass
/// `meta`, as a metaclass's `__new__` makes it through `super()`.
pub fn type_dunder_new(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let mut pos = args.pos.into_iter();
    let (Some(Value::Class(meta)), Some(name), Some(Value::Tuple(bases)), Some(Value::Dict(ns)), None) =
        (pos.next(), pos.next(), pos.next(), pos.next(), pos.next())
    else {
        return Err(interp.error(ExcKind::TypeError, "type.__new__() takes exactly 3 arguments"));
    };
    let meta = (!Rc::ptr_eq(&meta, &interp.types().type_)).then_some(meta);
    let ns = Rc::new(RefCell::new(ns.borrow().clone()));
    interp.new_class_of(meta, name, bases.to_vec(), ns, args.kw).map(Flow::Return)
}

/// `object.__new__(cls, *args)` (and `int.__new__(cls, 5)` and the like):
/// an instance of `cls`, not yet initialised.
pub fn object_new(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(Value::Class(cls)) = args.pos.first() else {
        let t = args.pos.first().map(|v| interp.type_name(v)).unwrap_or_else(|| "nothing".into());
        return Err(interp.error(ExcKind::TypeError, format!("object.__new__(X): X is not a type object ({t})")));
    };
    interp.bare_instance(cls, &args.pos[1..], &args.kw).map(Flow::Return)
}

/// `type.__init__(cls, name, bases, ns)`: the class is complete already.
fn type_init(_: &mut Interp<'_>, _: Args) -> NativeResult {
    ret(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: makes an instance, as a metaclass's
/// `__call__` asks through `super()`.
fn type_call(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let mut pos = args.pos;
    let Some(Value::Class(cls)) = (!pos.is_empty()).then(|| pos.remove(0)) else {
        return Err(interp.error(ExcKind::TypeError, "descriptor '__call__' requires a 'type' object"));
    };
    match interp.instantiate_plain(cls, pos, args.kw, ReturnMode::Sync)? {
        super::interp::Started::Done(v) => ret(v),
        super::interp::Started::Frame => interp.run_nested().map(Flow::Return),
        super::interp::Started::Block(_) => {
            Err(interp.error(ExcKind::RuntimeError, "pyconc cannot block inside a metaclass's __call__"))
        }
    }
}

fn exception_init(_: &mut Interp<'_>, args: Args) -> NativeResult {
    if let Value::Object(o) = &args.pos[0] {
        if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
            st.args = args.pos[1..].to_vec();
        }
    }
    ret(Value::None)
}

fn exception_with_traceback(_: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(args.pos[0].clone())
}

/// The methods of `BaseException`.
pub const EXCEPTION_METHODS: &[(&str, NativeFn)] =
    &[("__init__", exception_init), ("with_traceback", exception_with_traceback)];

/// `generator.send(x)` (CallMethod resumes generators itself when it sees this function).
pub(super) fn gen_send(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let sent = args.pos.get(1).cloned().unwrap_or(Value::None);
    resume_flow(interp, &args.pos[0], sent)
}

/// `generator.__next__()`.
pub(super) fn gen_next(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    resume_flow(interp, &args.pos[0], Value::None)
}

/// Resumes a generator from a method call: its frame goes on the stack and
/// the method's result is what it yields.
fn resume_flow(interp: &mut Interp<'_>, gen: &Value, sent: Value) -> NativeResult {
    match interp.resume(gen, sent, None, false)? {
        super::interp::Started::Frame => {
            let frame = interp.thread.frames.pop().expect("resumed frame");
            Ok(Flow::Frame(frame))
        }
        _ => Err(interp.new_exception(ExcKind::StopIteration, vec![])),
    }
}

fn gen_throw(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let gen = args.pos[0].clone();
    let exc = match args.pos.get(1) {
        Some(Value::Class(c)) => interp.call(&Value::Class(c.clone()), args.pos[2..].to_vec())?,
        Some(v) => v.clone(),
        None => return Err(interp.error(ExcKind::TypeError, "throw expected at least 1 argument, got 0")),
    };
    throw_into(interp, &gen, exc)
}

/// Raises `exc` inside a suspended generator, at its `yield`.
fn throw_into(interp: &mut Interp<'_>, gen: &Value, exc: Value) -> NativeResult {
    let Value::Generator(g) = gen else { unreachable!() };
    let frame = {
        let mut g = g.borrow_mut();
        if g.finished || g.frame.as_ref().is_some_and(|f| f.pc == 0) {
            g.finished = true;
            g.frame = None;
            None
        } else {
            g.running = true;
            g.frame.take()
        }
    };
    let Some(mut frame) = frame else { return Err(exc) };
    frame.ret = ReturnMode::Generator { gen: gen.clone(), for_iter: None, sync: true, delegate: false };
    interp.push_frame(frame)?;
    match interp.raise_into_top(exc) {
        Ok(v) => ret(v),
        Err(e) => Err(e),
    }
}

fn gen_close(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let exit = interp.new_exception(ExcKind::GeneratorExit, vec![]);
    match throw_into(interp, &args.pos[0], exit) {
        Ok(_) => Err(interp.error(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
        Err(e) if interp.is_kind(&e, ExcKind::GeneratorExit) || interp.is_kind(&e, ExcKind::StopIteration) => {
            ret(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn iter_self(_: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(args.pos[0].clone())
}

fn iter_next(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    match interp.next(&args.pos[0])? {
        Some(v) => ret(v),
        None => Err(interp.new_exception(ExcKind::StopIteration, vec![])),
    }
}

/// The methods of generators.
pub const GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("__next__", gen_next),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__iter__", iter_self),
];

/// The methods of built-in iterators.
pub const ITERATOR_METHODS: &[(&str, NativeFn)] = &[("__next__", iter_next), ("__iter__", iter_self)];

fn property_with(interp: &mut Interp<'_>, args: Args, which: usize) -> NativeResult {
    let Value::Descriptor(d) = &args.pos[0] else {
        return Err(interp.error(ExcKind::TypeError, "descriptor requires a property"));
    };
    let Descriptor::Property { fget, fset, fdel, doc } = &**d else { unreachable!() };
    let f = args.pos[1].clone();
    let (mut g, mut s, mut dl) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => dl = f,
    }
    ret(Value::Descriptor(Rc::new(Descriptor::Property { fget: g, fset: s, fdel: dl, doc: doc.clone() })))
}

fn property_getter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    property_with(interp, args, 0)
}

fn property_setter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    property_with(interp, args, 1)
}

fn property_deleter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    property_with(interp, args, 2)
}

/// `slice.indices(length)`: (start, stop, step) for a sequence of that length.
fn slice_indices(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (Some(Value::Slice(s)), Some(len)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.error(ExcKind::TypeError, "indices() takes exactly one argument"));
    };
    let len = interp.index(&len.clone())?;
    if len < 0 {
        return Err(interp.error(ExcKind::ValueError, "length should not be negative"));
    }
    let r = types::seq::resolve_slice(interp, s, len as usize)?;
    ret(Value::tuple(vec![Value::Int(r.start), Value::Int(r.stop), Value::Int(r.step)]))
}

/// The methods of `slice`.
pub const SLICE_METHODS: &[(&str, NativeFn)] = &[("indices", slice_indices)];

/// The methods of `property`.
pub const PROPERTY_METHODS: &[(&str, NativeFn)] =
    &[("getter", property_getter), ("setter", property_setter), ("deleter", property_deleter)];

fn globals(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    let g = interp.thread.frames.last().expect("caller").globals.clone();
    ret(Value::Dict(g))
}

fn locals(interp: &mut Interp<'_>, _: Args) -> NativeResult {
    let f = interp.thread.frames.last().expect("caller");
    ret(Value::Dict(super::exec::caller_locals(f)))
}

/// `open(file, mode='r', ...)`: `io.open`, on the run's in-memory disk.
fn open(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let io = interp.import_module("io")?;
    let f = interp.get_attr(&io, "open")?;
    Ok(Flow::TailCall(f, args.pos, args.kw))
}

/// The `builtins` namespace: functions, classes, exceptions, constants.
pub fn namespace(t: &super::Types) -> Dict {
    let mut d = Dict::default();
    let mut put = |name: &str, v: Value| {
        d.insert(Key(Value::str(name)), v);
    };
    for (name, f) in crate::lang::builtins::FUNCTIONS {
        put(name, native(name, *f, false));
    }
    put("globals", native("globals", globals, false));
    put("locals", native("locals", locals, false));
    put("open", native("open", open, false));
    put("exec", native("exec", super::exec::exec, false));
    put("eval", native("eval", super::exec::eval, false));
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("bool", &t.bool),
        ("int", &t.int),
        ("float", &t.float),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("property", &t.property),
        ("super", &t.super_),
    ] {
        put(name, Value::Class(cls.clone()));
    }
    for (name, cls) in t.exception_classes() {
        put(name, Value::Class(cls));
    }
    put("NotImplemented", t.not_implemented.clone());
    put("Ellipsis", t.ellipsis.clone());
    put("__name__", Value::str("builtins"));
    d
}
