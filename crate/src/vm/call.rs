//! Calls: binding arguments to parameters with CPython's error messages,
//! making functions and classes, instantiating classes, and the nested
//! calls built-ins make back into Python.

use super::frame::{Frame, ReturnMode};
use super::interp::{Interp, Started};
use crate::lang::error::ExcKind;
use crate::lang::value::{
    Args, Class, Dict, ExceptionState, Function, Key, Name, Object, Payload, Value,
};
use std::cell::RefCell;
use std::rc::Rc;

impl Interp<'_> {
    /// Calls any callable to completion and returns its result (built-ins
    /// calling back into Python). A blocking call inside is a RuntimeError.
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Value, Value> {
        self.call_kw(f, args, vec![])
    }

    /// `call` with keyword arguments.
    pub fn call_kw(&mut self, f: &Value, args: Vec<Value>, kw: Vec<(Name, Value)>) -> Result<Value, Value> {
        match self.start_call(f.clone(), args, kw, ReturnMode::Sync)? {
            Started::Done(v) => Ok(v),
            Started::Frame => self.run_nested(),
            Started::Block(_) => Err(self.error(ExcKind::RuntimeError, super::interp::CALLBACK_CANNOT_BLOCK)),
        }
    }

    /// Starts a call: pushes a frame (returning `Started::Frame`), or runs a
    /// native now. `mode` says what the pushed frame's return does.
    pub(super) fn start_call(
        &mut self,
        f: Value,
        mut args: Vec<Value>,
        kw: Vec<(Name, Value)>,
        mode: ReturnMode,
    ) -> Result<Started, Value> {
        if matches!(mode, ReturnMode::Normal) {
            if let Some(index) = self.consumed_argument(&f, &args) {
                return self.collect_then_call(f, args, index, kw);
            }
        }
        match f {
            Value::Function(func) => {
                let mut frame = self.bind_args(&func, args, kw)?;
                if func.code.generator {
                    return Ok(Started::Done(self.new_generator(frame)));
                }
                frame.ret = mode;
                self.push_frame(frame)?;
                Ok(Started::Frame)
            }
            Value::Native(n) => {
                if let Some(b) = &n.bound {
                    args.insert(0, b.clone());
                }
                self.sys.sync_clock(self.steps);
                let flow = (n.f)(self, Args { pos: args, kw })?;
                self.flow_result(flow, mode)
            }
            Value::BoundMethod(m) => {
                args.insert(0, m.0.clone());
                self.start_call(m.1.clone(), args, kw, mode)
            }
            Value::Class(c) => self.instantiate(c, args, kw, mode),
            other => match self.lookup_method(&other, "__call__")? {
                Some(call) if !matches!(other, Value::Class(_)) => {
                    args.insert(0, other);
                    self.start_call(call, args, kw, mode)
                }
                _ => {
                    let t = self.type_name(&other);
                    Err(self.error(ExcKind::TypeError, format!("'{t}' object is not callable")))
                }
            },
        }
    }

    /// For a built-in that consumes an iterable argument (list(), tuple(),
    /// set(), sorted(), sum(), min(), max(), str.join, list.extend) given a
    /// generator or a Python iterator: which argument that is.
    fn consumed_argument(&self, f: &Value, args: &[Value]) -> Option<usize> {
        let index = match f {
            Value::Class(c) => {
                let t = self.types();
                let consumer = [&t.list, &t.tuple, &t.set, &t.frozenset].iter().any(|k| Rc::ptr_eq(c, k));
                (consumer && args.len() == 1).then_some(0)?
            }
            Value::Native(n) if n.bound.is_none() => match &*n.name {
                "sorted" | "sum" | "min" | "max" => 0,
                "str.join" | "list.extend" => 1,
                _ => return None,
            },
            Value::BoundMethod(m) => match &m.1 {
                Value::Native(n) if matches!(&*n.name, "str.join" | "list.extend") => {
                    // `sep.join(gen)`: the bound self comes first once unbound.
                    return self.needs_frames(args.first()?).then_some(usize::MAX);
                }
                _ => return None,
            },
            _ => return None,
        };
        self.needs_frames(args.get(index)?).then_some(index)
    }

    /// Whether draining `v` may run Python code that blocks: a generator,
    /// or an instance whose `__iter__` or `__next__` is written in Python.
    fn needs_frames(&self, v: &Value) -> bool {
        match v {
            Value::Generator(g) => !g.borrow().finished,
            Value::Object(o) => {
                matches!(self.lookup_class_attr(&o.class, "__iter__"), Some(Value::Function(_)))
                    || matches!(self.lookup_class_attr(&o.class, "__next__"), Some(Value::Function(_)))
            }
            _ => false,
        }
    }

    /// Drains argument `index` into a list in a collector frame, then calls `f` with it.
    fn collect_then_call(
        &mut self,
        f: Value,
        mut args: Vec<Value>,
        index: usize,
        kw: Vec<(Name, Value)>,
    ) -> Result<Started, Value> {
        let (f, index) = match (f, index) {
            (Value::BoundMethod(m), usize::MAX) => {
                args.insert(0, m.0.clone());
                (m.1.clone(), 1)
            }
            (f, i) => (f, i),
        };
        let code = self.types().collector.clone();
        let globals = Rc::new(RefCell::new(Dict::default()));
        let mut frame = Frame::new(code, globals, None);
        frame.fast[0] = args[index].clone();
        frame.ret = ReturnMode::ThenCall(Box::new(super::frame::ThenCall { f, args, index, kw }));
        self.push_frame(frame)?;
        Ok(Started::Frame)
    }

    /// Binds arguments to a function's parameters and builds its frame.
    pub fn bind_args(
        &mut self,
        func: &Function,
        args: Vec<Value>,
        kw: Vec<(Name, Value)>,
    ) -> Result<Box<Frame>, Value> {
        let code = func.code.clone();
        let mut frame = self.thread.new_frame(&code, &func.globals);
        let npos = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let qn = func.qualname.borrow().clone();
        let given = args.len();
        let mut args = args.into_iter();
        for slot in frame.fast.iter_mut().take(npos.min(given)) {
            *slot = args.next().unwrap();
        }
        let mut next_slot = npos + nkwonly;
        if code.varargs {
            frame.fast[next_slot] = Value::tuple(args.collect());
            next_slot += 1;
        } else if given > npos {
            let min = npos - func.defaults.len();
            let takes = if min == npos {
                format!("{npos} positional argument{}", if npos == 1 { "" } else { "s" })
            } else {
                format!("from {min} to {npos} positional arguments")
            };
            let kwgiven = kw.iter().filter(|(k, _)| code.varnames[npos..npos + nkwonly].iter().any(|v| v == k)).count();
            let were = if kwgiven > 0 {
                format!(
                    "{given} positional argument{} (and {kwgiven} keyword-only argument{}) were given",
                    if given == 1 { "" } else { "s" },
                    if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                format!("{given} {}", if given == 1 { "was given" } else { "were given" })
            };
            return Err(self.error(ExcKind::TypeError, format!("{qn}() takes {takes} but {were}")));
        }
        let kwdict = if code.varkwargs {
            let d = Rc::new(RefCell::new(Dict::default()));
            frame.fast[next_slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        if !code.varkwargs {
            let misused: Vec<&str> =
                kw.iter().filter(|(k, _)| code.varnames[..posonly].iter().any(|p| p == k)).map(|(k, _)| &**k).collect();
            if !misused.is_empty() {
                return Err(self.error(
                    ExcKind::TypeError,
                    format!(
                        "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
                        misused.join(", ")
                    ),
                ));
            }
        }
        for (k, v) in kw {
            let idx = code.varnames[..npos + nkwonly].iter().position(|n| *n == k);
            match idx {
                Some(i) if i >= posonly => {
                    if !matches!(frame.fast[i], Value::Unbound) {
                        return Err(self.error(
                            ExcKind::TypeError,
                            format!("{qn}() got multiple values for argument '{k}'"),
                        ));
                    }
                    frame.fast[i] = v;
                }
                _ => match &kwdict {
                    Some(d) => {
                        d.borrow_mut().insert(Key(Value::Str(k)), v);
                    }
                    None => {
                        return Err(self.error(
                            ExcKind::TypeError,
                            format!("{qn}() got an unexpected keyword argument '{k}'"),
                        ))
                    }
                },
            }
        }
        let first_default = npos - func.defaults.len();
        let mut missing = vec![];
        for i in 0..npos {
            if matches!(frame.fast[i], Value::Unbound) {
                if i >= first_default {
                    frame.fast[i] = func.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qn, "positional", &missing));
        }
        for i in npos..npos + nkwonly {
            if matches!(frame.fast[i], Value::Unbound) {
                match func.kwdefaults.iter().find(|(n, _)| *n == code.varnames[i]) {
                    Some((_, d)) => frame.fast[i] = d.clone(),
                    None => missing.push(code.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qn, "keyword-only", &missing));
        }
        for &(ci, vi) in &code.cell_params {
            *frame.cells[ci as usize].borrow_mut() = frame.fast[vi as usize].clone();
        }
        frame.cells.extend(func.closure.iter().cloned());
        Ok(frame)
    }

    fn missing_args(&self, qn: &str, kind: &str, missing: &[Name]) -> Value {
        let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let n = missing.len();
        self.error(
            ExcKind::TypeError,
            format!("{qn}() missing {n} required {kind} argument{}: {list}", if n == 1 { "" } else { "s" }),
        )
    }

    /// `MakeFunction`: a function object from a code constant and what the stack held.
    pub(super) fn make_function(
        &mut self,
        code: Value,
        qualname: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let Value::Code(code) = code else { unreachable!("MakeFunction takes a code constant") };
        let qualname = match qualname {
            Value::Str(s) => s,
            _ => code.qualname.clone(),
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => vec![],
        };
        let kwdefaults = match kwdefaults {
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
        let closure = match closure {
            Some(Value::Tuple(t)) => t
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => vec![],
        };
        let globals = self.thread.frames.last().expect("caller frame").globals.clone();
        let module = match globals.borrow().get(&Key(Value::str("__name__"))) {
            Some(Value::Str(s)) => s.clone(),
            _ => Rc::from("__main__"),
        };
        let doc = code.doc.clone().map(Value::Str).unwrap_or(Value::None);
        Value::Function(Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            qualname: RefCell::new(qualname),
            module,
            dict: RefCell::new(Default::default()),
            doc: RefCell::new(doc),
        }))
    }

    /// A bound method of `f` to `obj`, as attribute lookup makes them.
    pub fn bind(&self, f: Value, obj: Value) -> Value {
        match &f {
            Value::Function(_) => Value::BoundMethod(Rc::new((obj, f))),
            Value::Native(n) if n.is_method => Value::BoundMethod(Rc::new((obj, f))),
            _ => f,
        }
    }

    /// Builds a class from a finished class body (`__build_class__`).
    pub(super) fn make_class(
        &mut self,
        name: Value,
        bases: Vec<Value>,
        ns: Rc<RefCell<Dict>>,
        kwargs: Vec<(Name, Value)>,
    ) -> Result<Value, Value> {
        let (meta, kwargs) = self.metaclass(&bases, kwargs)?;
        match meta {
            Some(m) => self.call_kw(&m, vec![name, Value::tuple(bases), Value::Dict(ns)], kwargs),
            None => self.new_class_of(None, name, bases, ns, kwargs),
        }
    }

    /// `type.__new__(meta, name, bases, ns, **kwargs)`: the class itself,
    /// of metaclass `meta` (None for `type`).
    pub(super) fn new_class_of(
        &mut self,
        meta: Option<Rc<Class>>,
        name: Value,
        bases: Vec<Value>,
        ns: Rc<RefCell<Dict>>,
        kwargs: Vec<(Name, Value)>,
    ) -> Result<Value, Value> {
        let Value::Str(name) = name else {
            return Err(self.error(ExcKind::TypeError, "type.__new__() argument 1 must be str"));
        };
        let mut base_classes = vec![];
        for b in bases {
            match b {
                Value::Class(c) => base_classes.push(c),
                other => {
                    let t = self.type_name(&other);
                    return Err(self.error(
                        ExcKind::TypeError,
                        format!("bases must be types, not {t}"),
                    ));
                }
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types().object.clone());
        }
        let mro = match c3_merge(&base_classes) {
            Ok(m) => m,
            Err(heads) => {
                let names: Vec<_> = heads.iter().map(|b| b.name.to_string()).collect();
                return Err(self.error(
                    ExcKind::TypeError,
                    format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                ));
            }
        };
        let mut dict = crate::lang::value::Attrs::default();
        let mut classcell = None;
        for (k, v) in ns.borrow().iter() {
            if let Value::Str(s) = &k.0 {
                if &**s == "__classcell__" {
                    classcell = Some(v.clone());
                    continue;
                }
                dict.insert(s.clone(), v.clone());
            }
        }
        let module = match dict.get("__module__") {
            Some(Value::Str(s)) => s.clone(),
            _ => Rc::from("__main__"),
        };
        let qualname = match dict.get("__qualname__") {
            Some(Value::Str(s)) => s.clone(),
            _ => name.clone(),
        };
        dict.shift_remove("__qualname__");
        // A class that defines `__eq__` but not `__hash__` is unhashable,
        // and so are its subclasses that do not define one (typeobject.c's
        // `inherit_slots`).
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::from("__hash__"), Value::None);
        }
        let cls = Rc::new(Class {
            name,
            qualname,
            module,
            bases: base_classes,
            mro,
            dict: RefCell::new(dict),
            builtin: None,
            meta,
        });
        if let Some(Value::Cell(c)) = classcell {
            *c.borrow_mut() = Value::Class(cls.clone());
        }
        self.init_new_class(&cls, kwargs)?;
        Ok(Value::Class(cls))
    }

    /// `cls(*args, **kw)`.
    fn instantiate(
        &mut self,
        cls: Rc<Class>,
        args: Vec<Value>,
        kw: Vec<(Name, Value)>,
        mode: ReturnMode,
    ) -> Result<Started, Value> {
        // A metaclass's `__call__` decides what calling the class does.
        if let Some(meta) = &cls.meta {
            if let Some(call @ Value::Function(_)) = self.lookup_class_attr(meta, "__call__") {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend(args);
                return self.start_call(call, a, kw, mode);
            }
        }
        self.instantiate_plain(cls, args, kw, mode)
    }

    /// `type.__call__(cls, *args, **kw)`: `__new__`, then `__init__`.
    pub(super) fn instantiate_plain(
        &mut self,
        cls: Rc<Class>,
        args: Vec<Value>,
        kw: Vec<(Name, Value)>,
        mode: ReturnMode,
    ) -> Result<Started, Value> {
        if let Some(b) = cls.builtin {
            if let Some(frame) = self.str_call_frame(&cls, &args, &kw)? {
                return self.flow_result(crate::lang::value::Flow::Frame(frame), mode);
            }
            if let Some(v) = self.construct_builtin(&cls, b, &args, &kw)? {
                return Ok(Started::Done(v));
            }
        }
        // A user-defined __new__.
        let new = self.lookup_class_attr(&cls, "__new__");
        let value_base = match new {
            Some(Value::Function(_) | Value::Descriptor(_)) => None,
            _ => value_base(&cls),
        };
        let instance = match new {
            // `class Celsius(float)`: the built-in type's `__new__` makes the
            // instance, carrying its value (`int.__new__(cls, x)`).
            _ if value_base.is_some() => {
                let (base, b) = value_base.clone().expect("checked");
                let mut a = vec![Value::Class(cls.clone())];
                a.extend(args.iter().cloned());
                match self.construct_builtin(&base, b, &a, &kw)? {
                    Some(v) => v,
                    None => self.new_instance(&cls, &args),
                }
            }
            Some(Value::Function(_)) | Some(Value::Descriptor(_)) => {
                let f = match new.unwrap() {
                    Value::Descriptor(d) => match &*d {
                        crate::lang::value::Descriptor::Static(f) => f.clone(),
                        _ => return Err(self.error(ExcKind::TypeError, "bad __new__")),
                    },
                    f => f,
                };
                let mut a = vec![Value::Class(cls.clone())];
                a.extend(args.iter().cloned());
                let obj = self.call_kw(&f, a, kw.clone())?;
                if !self.is_instance(&obj, &cls) {
                    return Ok(Started::Done(obj));
                }
                obj
            }
            _ => self.new_instance(&cls, &args),
        };
        let init = self.lookup_class_attr(&cls, "__init__");
        match init {
            Some(init @ Value::Function(_)) => {
                let mut a = vec![instance.clone()];
                a.extend(args);
                if matches!(mode, ReturnMode::Normal) {
                    match self.start_call(init, a, kw, ReturnMode::Init(instance.clone()))? {
                        Started::Frame => Ok(Started::Frame),
                        _ => Ok(Started::Done(instance)),
                    }
                } else {
                    let r = self.call_kw(&init, a, kw)?;
                    if !matches!(r, Value::None) {
                        let t = self.type_name(&r);
                        return Err(self.error(ExcKind::TypeError, format!("__init__() should return None, not '{t}'")));
                    }
                    Ok(Started::Done(instance))
                }
            }
            // The value's `__new__` took the arguments; `object.__init__` ignores them.
            Some(init @ Value::Native(_))
                if value_base.is_some()
                    && self.types().object.dict.borrow().get("__init__").is_some_and(|o| o.is(&init)) =>
            {
                Ok(Started::Done(instance))
            }
            Some(init @ Value::Native(_)) => {
                let mut a = vec![instance.clone()];
                a.extend(args);
                match self.start_call(init, a, kw, ReturnMode::Init(instance.clone()))? {
                    Started::Block(w) => Ok(Started::Block(w)),
                    Started::Frame => Ok(Started::Frame),
                    Started::Done(_) => Ok(Started::Done(instance)),
                }
            }
            _ => {
                if !args.is_empty() || !kw.is_empty() {
                    if self.lookup_class_attr(&cls, "__new__").is_none() {
                        return Err(self.error(
                            ExcKind::TypeError,
                            format!("{}() takes no arguments", cls.name),
                        ));
                    }
                }
                Ok(Started::Done(instance))
            }
        }
    }

    /// `object.__new__(cls, *args)`, or a built-in value type's
    /// (`int.__new__(cls, 5)`): an instance of `cls`, without `__init__`.
    pub(super) fn bare_instance(&mut self, cls: &Rc<Class>, args: &[Value], kw: &[(Name, Value)]) -> Result<Value, Value> {
        let base = match cls.builtin {
            Some(b) if value_base(cls).is_none() => Some((cls.clone(), b)),
            _ => value_base(cls),
        };
        if let Some((base, b)) = base {
            let mut a = vec![Value::Class(cls.clone())];
            a.extend(args.iter().cloned());
            if let Some(v) = self.construct_builtin(&base, b, &a, kw)? {
                return Ok(v);
            }
        }
        Ok(self.new_instance(cls, args))
    }

    /// A fresh instance of `cls` with the payload its built-in base needs.
    pub fn new_instance(&mut self, cls: &Rc<Class>, args: &[Value]) -> Value {
        let exc = self.types().exc(ExcKind::BaseException);
        let payload = if Rc::ptr_eq(cls, &exc) || cls.mro.iter().any(|c| Rc::ptr_eq(c, &exc)) {
            Payload::Exception(ExceptionState { args: args.to_vec(), ..Default::default() })
        } else {
            Payload::None
        };
        Value::Object(Rc::new(Object::new(cls.clone(), payload)))
    }
}

/// The built-in value type a user class derives from (`int` for `class
/// Celsius(int)`), whose constructor makes its instances.
fn value_base(cls: &Rc<Class>) -> Option<(Rc<Class>, crate::lang::value::Builtin)> {
    use crate::lang::value::Builtin as B;
    cls.mro.iter().find_map(|c| match c.builtin {
        Some(b @ (B::Int | B::Float | B::Str | B::Bytes | B::Tuple | B::List | B::Dict | B::Set | B::FrozenSet)) => {
            Some((c.clone(), b))
        }
        _ => None,
    })
}

/// C3 linearization of the bases (Python's MRO), excluding the class itself.
/// When there is none: the heads of the lists left to merge, as CPython's
/// `set_mro_error` names them.
fn c3_merge(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(b.mro.iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = vec![];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().find_map(|s| {
            let h = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, h)));
            (!in_tail).then(|| h.clone())
        });
        let Some(head) = head else {
            let mut heads: Vec<Rc<Class>> = vec![];
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}
