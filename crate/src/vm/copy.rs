//! Deep copies of a process's Python state, for `os.fork`: the child gets
//! its own copy of every object reachable from the modules and the forking
//! thread, with sharing and cycles preserved (a memo by identity, as
//! `copy.deepcopy`), so after the fork neither process sees the other's
//! writes.
//!
//! Two modes. `Copier::new` shares immutable objects (strings, code,
//! built-in classes) with the parent: both processes then live on one host
//! thread (the deterministic machine). `Copier::share_nothing` allocates
//! every `Rc` of the child afresh, the built-in types and code objects
//! included, so the child's image can move to another host thread (the
//! parallel machine): `Rc` counts are not atomic, and one count touched
//! from two threads is undefined behaviour. Code objects are copied with
//! empty inline caches: a cache holds classes of the parent's heap and an
//! epoch of the parent's host thread (`lang::code::class_epoch`).

use super::frame::{Block, ClassBody, Converted, Frame, ReturnMode, ThenCall, Thread};
use super::{Greenlet, GreenletModule, Process, Types};
use crate::lang::code::Code;
use crate::lang::value::{
    Class, Descriptor, Dict, ExceptionState, Function, Generator, Iter, Key, Module, Name, Native, Object,
    Payload, RangeObj, Set, TracebackEntry, Value,
};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Copies objects of one process into a new, independent heap.
pub struct Copier<'a> {
    memo: HashMap<usize, Value>,
    classes: HashMap<usize, Rc<Class>>,
    cells: HashMap<usize, Rc<RefCell<Value>>>,
    dicts: HashMap<usize, Rc<RefCell<Dict>>>,
    types: &'a Types,
    /// Maps a process-local kernel handle to the child's copy of it.
    handles: &'a mut dyn FnMut(u32) -> u32,
    /// Set in share-nothing mode: what replaces the shared immutables.
    fresh: Option<Fresh>,
}

/// The share-nothing mode's state: the child's own built-in types, and
/// memos for the immutable objects the other mode shares.
struct Fresh {
    types: Rc<Types>,
    strs: HashMap<usize, Rc<str>>,
    codes: HashMap<usize, Rc<Code>>,
    /// Every parent `Rc` the copy read, by address (for `sources_seen`).
    seen: Option<HashSet<usize>>,
}

impl<'a> Copier<'a> {
    /// A copier sharing immutable objects with the parent (one host thread);
    /// `handles` duplicates process-local kernel objects (locks).
    pub fn new(types: &'a Types, handles: &'a mut dyn FnMut(u32) -> u32) -> Copier<'a> {
        Copier {
            memo: HashMap::new(),
            classes: HashMap::new(),
            cells: HashMap::new(),
            dicts: HashMap::new(),
            types,
            handles,
            fresh: None,
        }
    }

    /// A copier whose copy shares no `Rc` with the parent: a fresh set of
    /// built-in types stands in for the parent's, and strings, code, natives
    /// and built-in classes are allocated again (see the module docs).
    pub fn share_nothing(types: &'a Types, handles: &'a mut dyn FnMut(u32) -> u32) -> Copier<'a> {
        let child = Rc::new(Types::new());
        let mut copier = Copier::new(types, handles);
        for (mine, theirs) in types.counterparts(&child) {
            copier.classes.insert(Rc::as_ptr(mine) as usize, theirs.clone());
        }
        for (mine, theirs) in [
            (&types.not_implemented, &child.not_implemented),
            (&types.ellipsis, &child.ellipsis),
            (&types.build_class, &child.build_class),
        ] {
            copier.memo.insert(mine.identity(), theirs.clone());
            if let (Value::Object(a), Value::Object(b)) = (mine, theirs) {
                copier.classes.insert(Rc::as_ptr(&a.class) as usize, b.class.clone());
            }
        }
        let mut fresh = Fresh { types: child, strs: HashMap::new(), codes: HashMap::new(), seen: None };
        fresh.codes.insert(Rc::as_ptr(&types.collector) as usize, fresh.types.collector.clone());
        fresh.codes.insert(Rc::as_ptr(&types.print_each) as usize, fresh.types.print_each.clone());
        fresh.codes.insert(Rc::as_ptr(&types.percent_each) as usize, fresh.types.percent_each.clone());
        fresh.codes.insert(Rc::as_ptr(&types.keyed) as usize, fresh.types.keyed.clone());
        copier.fresh = Some(fresh);
        copier
    }

    /// Records the address of every parent `Rc` the copy reads, so a test
    /// can check that two images share none (share-nothing mode only).
    pub fn record_sources(&mut self) {
        if let Some(f) = self.fresh.as_mut() {
            f.seen = Some(HashSet::new());
        }
    }

    /// The addresses recorded since `record_sources`.
    pub fn sources_seen(&self) -> HashSet<usize> {
        self.fresh.as_ref().and_then(|f| f.seen.clone()).unwrap_or_default()
    }

    fn saw(&mut self, ptr: usize) {
        if let Some(Fresh { seen: Some(seen), .. }) = self.fresh.as_mut() {
            seen.insert(ptr);
        }
    }

    /// The child's copy of a string: the same `Rc` when sharing, else a new one.
    fn string(&mut self, s: &Rc<str>) -> Rc<str> {
        let ptr = Rc::as_ptr(s) as *const u8 as usize;
        self.saw(ptr);
        let Some(fresh) = self.fresh.as_mut() else { return s.clone() };
        fresh.strs.entry(ptr).or_insert_with(|| Rc::from(&**s)).clone()
    }

    /// The child's copy of a code object: shared, or copied with empty caches.
    fn code(&mut self, c: &Rc<Code>) -> Rc<Code> {
        let ptr = Rc::as_ptr(c) as usize;
        self.saw(ptr);
        let Some(fresh) = self.fresh.as_ref() else { return c.clone() };
        if let Some(copy) = fresh.codes.get(&ptr) {
            return copy.clone();
        }
        let names = |me: &mut Self, v: &[Rc<str>]| v.iter().map(|n| me.string(n)).collect::<Vec<_>>();
        let copy = Rc::new(Code {
            name: self.string(&c.name),
            qualname: self.string(&c.qualname),
            filename: self.string(&c.filename),
            ops: c.ops.clone(),
            spans: c.spans.clone(),
            consts: c.consts.iter().map(|v| self.value(v)).collect(),
            names: names(self, &c.names),
            varnames: names(self, &c.varnames),
            cellvars: names(self, &c.cellvars),
            freevars: names(self, &c.freevars),
            cell_params: c.cell_params.clone(),
            argcount: c.argcount,
            posonlyargcount: c.posonlyargcount,
            kwonlyargcount: c.kwonlyargcount,
            varargs: c.varargs,
            varkwargs: c.varkwargs,
            generator: c.generator,
            uses_namespace: c.uses_namespace,
            stacksize: c.stacksize,
            firstline: c.firstline,
            doc: c.doc.as_ref().map(|d| self.string(d)),
            name_cache: vec![std::cell::Cell::new(0); c.names.len()],
            attr_cache: (0..c.names.len()).map(|_| RefCell::new(None)).collect(),
        });
        if let Some(fresh) = self.fresh.as_mut() {
            fresh.codes.insert(ptr, copy.clone());
        }
        copy
    }

    fn names(&mut self, items: &[(Name, Value)]) -> Vec<(Name, Value)> {
        items.iter().map(|(k, v)| (self.string(k), self.value(v))).collect()
    }

    /// The child's copy of a whole process and of the forking thread.
    pub fn process(&mut self, p: &Process, thread: &Thread) -> (Process, Thread) {
        let builtins = self.dict(&p.builtins);
        let modules = p.modules.borrow().iter().map(|(k, v)| (self.string(k), self.value(v))).collect();
        let sources = p.sources.borrow().iter().map(|(k, v)| (self.string(k), self.string(v))).collect();
        let proc = Process {
            types: self.fresh.as_ref().map_or_else(|| p.types.clone(), |f| f.types.clone()),
            builtins,
            modules: RefCell::new(modules),
            main_file: self.string(&p.main_file),
            sources: RefCell::new(sources),
            addresses: RefCell::new(HashMap::new()),
            loader: p.loader,
            greenlet: RefCell::new(p.greenlet.borrow().as_ref().map(|g| self.greenlet_module(g))),
        };
        let thread = Thread {
            frames: thread.frames.iter().map(|f| self.frame(f)).collect(),
            handling: thread.handling.iter().map(|v| self.value(v)).collect(),
            wake_value: None,
            sync_depth: 0,
            spare: Vec::new(),
            greenlet: thread.greenlet.as_ref().map(|g| self.value(g)),
            main_greenlet: thread.main_greenlet.as_ref().map(|g| self.value(g)),
        };
        // The child shows its copies at the addresses the parent showed for
        // the originals, as a forked process keeps its addresses.
        for (ptr, address) in p.addresses.borrow().iter() {
            if let Some(copy) = self.memo.get(ptr) {
                proc.addresses.borrow_mut().insert(copy.identity(), *address);
            }
        }
        (proc, thread)
    }

    /// The child's `greenlet` module state: its classes are the child's copies.
    fn greenlet_module(&mut self, g: &GreenletModule) -> GreenletModule {
        GreenletModule {
            class: self.class(&g.class),
            exit: self.class(&g.exit),
            error: self.class(&g.error),
            next_id: g.next_id,
        }
    }

    fn dict(&mut self, d: &Rc<RefCell<Dict>>) -> Rc<RefCell<Dict>> {
        let id = Rc::as_ptr(d) as usize;
        self.saw(id);
        if let Some(c) = self.dicts.get(&id) {
            return c.clone();
        }
        let copy = Rc::new(RefCell::new(Dict::default()));
        self.dicts.insert(id, copy.clone());
        let items: Vec<(Key, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            let k = Key(self.value(&k.0));
            let v = self.value(&v);
            copy.borrow_mut().insert(k, v);
        }
        copy
    }

    fn cell(&mut self, c: &Rc<RefCell<Value>>) -> Rc<RefCell<Value>> {
        let id = Rc::as_ptr(c) as usize;
        self.saw(id);
        if let Some(x) = self.cells.get(&id) {
            return x.clone();
        }
        let copy = Rc::new(RefCell::new(Value::Unbound));
        self.cells.insert(id, copy.clone());
        let v = self.value(&c.borrow().clone());
        *copy.borrow_mut() = v;
        copy
    }

    /// The child's class: user classes are copied; built-in ones are shared,
    /// or in share-nothing mode mapped to the child's types (those no
    /// `Types` holds, such as a native module's, are copied).
    fn class(&mut self, c: &Rc<Class>) -> Rc<Class> {
        let id = Rc::as_ptr(c) as usize;
        self.saw(id);
        if c.builtin.is_some() && self.fresh.is_none() {
            return c.clone();
        }
        if let Some(x) = self.classes.get(&id) {
            return x.clone();
        }
        let bases: Vec<Rc<Class>> = c.bases.iter().map(|b| self.class(b)).collect();
        let mro: Vec<Rc<Class>> = c.mro.iter().map(|b| self.class(b)).collect();
        let meta = c.meta.as_ref().map(|m| self.class(m));
        let copy = Rc::new(Class {
            name: self.string(&c.name),
            qualname: self.string(&c.qualname),
            module: self.string(&c.module),
            bases,
            mro,
            dict: RefCell::new(Default::default()),
            builtin: c.builtin,
            meta,
        });
        self.classes.insert(id, copy.clone());
        let items: Vec<(Rc<str>, Value)> = c.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            let k = self.string(&k);
            let v = self.value(&v);
            copy.dict.borrow_mut().insert(k, v);
        }
        copy
    }

    fn frame(&mut self, f: &Frame) -> Box<Frame> {
        Box::new(Frame {
            code: self.code(&f.code),
            pc: f.pc,
            stack: f.stack.iter().map(|v| self.value(v)).collect(),
            fast: f.fast.iter().map(|v| self.value(v)).collect(),
            cells: f.cells.iter().map(|c| self.cell(c)).collect(),
            globals: self.dict(&f.globals),
            namespace: f.namespace.as_ref().map(|n| self.dict(n)),
            blocks: f.blocks.iter().map(|b: &Block| b.clone()).collect(),
            ret: self.return_mode(&f.ret),
            last_pc: f.last_pc,
        })
    }

    fn return_mode(&mut self, r: &ReturnMode) -> ReturnMode {
        match r {
            ReturnMode::Init(v) => ReturnMode::Init(self.value(v)),
            ReturnMode::ClassBody(c) => ReturnMode::ClassBody(Box::new(ClassBody {
                name: self.value(&c.name),
                bases: c.bases.iter().map(|b| self.value(b)).collect(),
                kwargs: self.names(&c.kwargs),
            })),
            ReturnMode::ThenCall(t) if self.fresh.is_some() => ReturnMode::ThenCall(Box::new(ThenCall {
                f: self.value(&t.f),
                args: t.args.iter().map(|v| self.value(v)).collect(),
                index: t.index,
                kw: self.names(&t.kw),
            })),
            ReturnMode::Generator { gen, for_iter, sync, delegate } => ReturnMode::Generator {
                gen: self.value(gen),
                for_iter: *for_iter,
                sync: *sync,
                delegate: *delegate,
            },
            ReturnMode::Module(m) => ReturnMode::Module(self.value(m)),
            ReturnMode::Converted(c) => ReturnMode::Converted(Box::new(Converted {
                method: c.method,
                spec: c.spec.clone(),
                then: self.return_mode(&c.then),
            })),
            other => other.clone(),
        }
    }

    fn payload(&mut self, p: &Payload) -> Payload {
        match p {
            Payload::None => Payload::None,
            Payload::Exception(st) => Payload::Exception(ExceptionState {
                args: st.args.iter().map(|v| self.value(v)).collect(),
                traceback: st
                    .traceback
                    .iter()
                    .map(|e| TracebackEntry { code: self.code(&e.code), pc: e.pc })
                    .collect(),
                cause: st.cause.as_ref().map(|v| self.value(v)),
                context: st.context.as_ref().map(|v| self.value(v)),
                suppress_context: st.suppress_context,
                reraised: st.reraised,
                name: st.name.clone(),
                obj: st.obj.as_ref().map(|v| self.value(v)),
                suggestion: st.suggestion.as_ref().map(|s| self.string(s)),
            }),
            Payload::Handle(h) => Payload::Handle((self.handles)(*h)),
            Payload::Value(v) => Payload::Value(self.value(v)),
            Payload::Super(c, v) => Payload::Super(self.class(c), self.value(v)),
            Payload::State(s) => Payload::State(Rc::new(RefCell::new(s.borrow().clone_state()))),
            Payload::Greenlet(g) => Payload::Greenlet(Box::new(Greenlet {
                id: g.id,
                life: g.life,
                main: g.main,
                frames: g.frames.iter().map(|f| self.frame(f)).collect(),
                handling: g.handling.iter().map(|v| self.value(v)).collect(),
                run: g.run.as_ref().map(|v| self.value(v)),
                parent: g.parent.as_ref().map(|v| self.value(v)),
                owner: g.owner.as_ref().map(|v| self.value(v)),
                name: g.name.as_ref().map(|n| self.string(n)),
            })),
        }
    }

    fn iter(&mut self, it: &Iter) -> Iter {
        match it {
            Iter::Range(a, b, c) => Iter::Range(*a, *b, *c),
            Iter::List(l, i) => match self.value(&Value::List(l.clone())) {
                Value::List(l) => Iter::List(l, *i),
                _ => unreachable!(),
            },
            Iter::Seq(s, i) => Iter::Seq(s.iter().map(|v| self.value(v)).collect::<Vec<_>>().into(), *i),
            Iter::Str(s, i) => Iter::Str(self.string(s), *i),
            Iter::Bytes(b, i) if self.fresh.is_some() => Iter::Bytes(Rc::from(&**b), *i),
            Iter::Bytes(b, i) => Iter::Bytes(b.clone(), *i),
            Iter::Dict(d, i, view, n) => Iter::Dict(self.dict(d), *i, *view, *n),
            Iter::Enumerate(v, n) => Iter::Enumerate(self.value(v), *n),
            Iter::Zip(vs) => Iter::Zip(vs.iter().map(|v| self.value(v)).collect()),
            Iter::Map(f, vs) => Iter::Map(self.value(f), vs.iter().map(|v| self.value(v)).collect()),
            Iter::Filter(f, v) => Iter::Filter(self.value(f), self.value(v)),
            Iter::Reversed(s, i) => Iter::Reversed(s.iter().map(|v| self.value(v)).collect::<Vec<_>>().into(), *i),
            Iter::Done => Iter::Done,
            Iter::GetItem(v, i) => Iter::GetItem(self.value(v), *i),
            Iter::Callable(f, s) => Iter::Callable(self.value(f), self.value(s)),
        }
    }

    /// The child's copy of one value.
    pub fn value(&mut self, v: &Value) -> Value {
        let id = v.identity();
        if id != 0 {
            self.saw(id);
            if let Some(c) = self.memo.get(&id) {
                return c.clone();
            }
        }
        if v.is(&self.types.not_implemented) || v.is(&self.types.ellipsis) {
            return v.clone();
        }
        if self.fresh.is_some() {
            if let Some(copy) = self.immutable(v) {
                self.memo.insert(id, copy.clone());
                return copy;
            }
        }
        let copy = match v {
            Value::Unbound
            | Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Code(_) => return v.clone(),
            Value::Tuple(t) => Value::tuple(t.iter().map(|x| self.value(x)).collect()),
            Value::Slice(s) => Value::Slice(Rc::new([self.value(&s[0]), self.value(&s[1]), self.value(&s[2])])),
            Value::List(l) => {
                let copy = Rc::new(RefCell::new(Vec::new()));
                self.memo.insert(id, Value::List(copy.clone()));
                let items: Vec<Value> = l.borrow().clone();
                let items = items.iter().map(|x| self.value(x)).collect();
                *copy.borrow_mut() = items;
                return Value::List(copy);
            }
            Value::Dict(d) => return Value::Dict(self.dict(d)),
            Value::Set(s) => {
                let copy = Rc::new(RefCell::new(Set::default()));
                self.memo.insert(id, Value::Set(copy.clone()));
                let items: Vec<Value> = s.borrow().iter().map(|k| k.0.clone()).collect();
                for x in items {
                    let x = self.value(&x);
                    copy.borrow_mut().insert(Key(x));
                }
                return Value::Set(copy);
            }
            Value::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().map(|k| k.0.clone()).collect();
                Value::FrozenSet(Rc::new(items.iter().map(|x| Key(self.value(x))).collect()))
            }
            Value::Function(f) => {
                let globals = self.dict(&f.globals);
                let name = f.name.borrow().clone();
                let attrs: Vec<(Name, Value)> = f.dict.borrow().iter().map(|(k, x)| (k.clone(), x.clone())).collect();
                let copy = Function {
                    code: self.code(&f.code),
                    globals,
                    defaults: f.defaults.iter().map(|x| self.value(x)).collect(),
                    kwdefaults: self.names(&f.kwdefaults),
                    closure: f.closure.iter().map(|c| self.cell(c)).collect(),
                    name: RefCell::new(self.string(&name)),
                    qualname: RefCell::new(self.string(&f.qualname.borrow())),
                    module: self.string(&f.module),
                    dict: RefCell::new(self.names(&attrs).into_iter().collect()),
                    doc: RefCell::new(self.value(&f.doc.borrow())),
                };
                Value::Function(Rc::new(copy))
            }
            Value::Native(n) => match &n.bound {
                None if self.fresh.is_none() => return v.clone(),
                bound => Value::Native(Rc::new(Native {
                    name: self.string(&n.name),
                    f: n.f,
                    bound: bound.as_ref().map(|b| self.value(b)),
                    is_method: n.is_method,
                })),
            },
            Value::BoundMethod(m) => Value::BoundMethod(Rc::new((self.value(&m.0), self.value(&m.1)))),
            Value::Class(c) => Value::Class(self.class(c)),
            Value::Object(o) => {
                let class = self.class(&o.class);
                let copy = Rc::new(Object::new(class, Payload::None));
                copy.hash.set(o.hash.get());
                self.memo.insert(id, Value::Object(copy.clone()));
                let items: Vec<(Rc<str>, Value)> = o.dict.borrow().iter().map(|(k, x)| (k.clone(), x.clone())).collect();
                for (k, x) in items {
                    let k = self.string(&k);
                    let x = self.value(&x);
                    copy.dict.borrow_mut().insert(k, x);
                }
                let payload = self.payload(&o.payload.borrow());
                *copy.payload.borrow_mut() = payload;
                return Value::Object(copy);
            }
            Value::Module(m) => {
                let name = self.string(&m.name);
                Value::Module(Rc::new(Module { name, dict: self.dict(&m.dict) }))
            }
            Value::Generator(g) => {
                let g = g.borrow();
                let copy = Rc::new(RefCell::new(Generator {
                    frame: None,
                    running: g.running,
                    finished: g.finished,
                    code: self.code(&g.code),
                }));
                self.memo.insert(id, Value::Generator(copy.clone()));
                let frame = g.frame.as_ref().map(|f| self.frame(f));
                copy.borrow_mut().frame = frame;
                return Value::Generator(copy);
            }
            Value::Iterator(i) => {
                let it = self.iter(&i.borrow());
                Value::Iterator(Rc::new(RefCell::new(it)))
            }
            Value::Cell(c) => Value::Cell(self.cell(c)),
            Value::Descriptor(d) => Value::Descriptor(Rc::new(match &**d {
                Descriptor::Static(f) => Descriptor::Static(self.value(f)),
                Descriptor::ClassMethod(f) => Descriptor::ClassMethod(self.value(f)),
                Descriptor::Property { fget, fset, fdel, doc } => Descriptor::Property {
                    fget: self.value(fget),
                    fset: self.value(fset),
                    fdel: self.value(fdel),
                    doc: self.value(doc),
                },
            })),
        };
        if id != 0 {
            self.memo.insert(id, copy.clone());
        }
        copy
    }

    /// In share-nothing mode, a new allocation for a value the other mode
    /// shares; None for the others.
    fn immutable(&mut self, v: &Value) -> Option<Value> {
        Some(match v {
            Value::Str(s) => Value::Str(self.string(s)),
            Value::BigInt(b) => Value::BigInt(Rc::new((**b).clone())),
            Value::Bytes(b) => Value::Bytes(Rc::from(&**b)),
            Value::Range(r) => Value::Range(Rc::new(RangeObj { start: r.start, stop: r.stop, step: r.step })),
            Value::Code(c) => Value::Code(self.code(c)),
            _ => return None,
        })
    }
}
