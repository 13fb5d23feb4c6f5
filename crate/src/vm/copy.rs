//! Deep copies of a process's Python state, for `os.fork`: the child gets
//! its own copy of every object reachable from the modules and the forking
//! thread, with sharing and cycles preserved (a memo by identity, as
//! `copy.deepcopy`), so after the fork neither process sees the other's
//! writes. Immutable objects (strings, code, built-in classes) are shared.

use super::frame::{Block, Frame, ReturnMode, Thread};
use super::{Greenlet, Process, Types};
use crate::lang::value::{
    Class, Descriptor, Dict, ExceptionState, Function, Generator, Iter, Key, Module, Native, Object, Payload,
    Set, Value,
};
use std::cell::RefCell;
use std::collections::HashMap;
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
}

impl<'a> Copier<'a> {
    /// A copier; `handles` duplicates process-local kernel objects (locks).
    pub fn new(types: &'a Types, handles: &'a mut dyn FnMut(u32) -> u32) -> Copier<'a> {
        Copier {
            memo: HashMap::new(),
            classes: HashMap::new(),
            cells: HashMap::new(),
            dicts: HashMap::new(),
            types,
            handles,
        }
    }

    /// The child's copy of a whole process and of the forking thread.
    pub fn process(&mut self, p: &Process, thread: &Thread) -> (Process, Thread) {
        let builtins = self.dict(&p.builtins);
        let modules = p.modules.borrow().iter().map(|(k, v)| (k.clone(), self.value(v))).collect();
        let proc = Process {
            types: p.types.clone(),
            builtins,
            modules: RefCell::new(modules),
            main_file: p.main_file.clone(),
            sources: RefCell::new(p.sources.borrow().clone()),
            addresses: RefCell::new(HashMap::new()),
            loader: p.loader,
            greenlet: RefCell::new(p.greenlet.borrow().clone()),
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

    fn dict(&mut self, d: &Rc<RefCell<Dict>>) -> Rc<RefCell<Dict>> {
        let id = Rc::as_ptr(d) as usize;
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
        if let Some(x) = self.cells.get(&id) {
            return x.clone();
        }
        let copy = Rc::new(RefCell::new(Value::Unbound));
        self.cells.insert(id, copy.clone());
        let v = self.value(&c.borrow().clone());
        *copy.borrow_mut() = v;
        copy
    }

    fn class(&mut self, c: &Rc<Class>) -> Rc<Class> {
        if c.builtin.is_some() {
            return c.clone();
        }
        let id = Rc::as_ptr(c) as usize;
        if let Some(x) = self.classes.get(&id) {
            return x.clone();
        }
        let bases: Vec<Rc<Class>> = c.bases.iter().map(|b| self.class(b)).collect();
        let mro: Vec<Rc<Class>> = c.mro.iter().map(|b| self.class(b)).collect();
        let copy = Rc::new(Class {
            name: c.name.clone(),
            qualname: c.qualname.clone(),
            module: c.module.clone(),
            bases,
            mro,
            dict: RefCell::new(Default::default()),
            builtin: None,
        });
        self.classes.insert(id, copy.clone());
        let items: Vec<(Rc<str>, Value)> = c.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            let v = self.value(&v);
            copy.dict.borrow_mut().insert(k, v);
        }
        copy
    }

    fn frame(&mut self, f: &Frame) -> Frame {
        Frame {
            code: f.code.clone(),
            pc: f.pc,
            stack: f.stack.iter().map(|v| self.value(v)).collect(),
            fast: f.fast.iter().map(|v| self.value(v)).collect(),
            cells: f.cells.iter().map(|c| self.cell(c)).collect(),
            globals: self.dict(&f.globals),
            namespace: f.namespace.as_ref().map(|n| self.dict(n)),
            blocks: f.blocks.iter().map(|b: &Block| b.clone()).collect(),
            ret: self.return_mode(&f.ret),
            last_pc: f.last_pc,
        }
    }

    fn return_mode(&mut self, r: &ReturnMode) -> ReturnMode {
        match r {
            ReturnMode::Init(v) => ReturnMode::Init(self.value(v)),
            ReturnMode::ClassBody(c) => ReturnMode::ClassBody(Box::new(super::frame::ClassBody {
                name: c.name.clone(),
                bases: c.bases.iter().map(|b| self.value(b)).collect(),
                kwargs: c.kwargs.iter().map(|(k, v)| (k.clone(), self.value(v))).collect(),
            })),
            ReturnMode::Generator { gen, for_iter, sync, delegate } => ReturnMode::Generator {
                gen: self.value(gen),
                for_iter: *for_iter,
                sync: *sync,
                delegate: *delegate,
            },
            ReturnMode::Module(m) => ReturnMode::Module(self.value(m)),
            other => other.clone(),
        }
    }

    fn payload(&mut self, p: &Payload) -> Payload {
        match p {
            Payload::None => Payload::None,
            Payload::Exception(st) => Payload::Exception(ExceptionState {
                args: st.args.iter().map(|v| self.value(v)).collect(),
                traceback: st.traceback.clone(),
                cause: st.cause.as_ref().map(|v| self.value(v)),
                context: st.context.as_ref().map(|v| self.value(v)),
                suppress_context: st.suppress_context,
                reraised: st.reraised,
                name: st.name.clone(),
                obj: st.obj.as_ref().map(|v| self.value(v)),
                suggestion: st.suggestion.clone(),
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
                name: g.name.clone(),
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
            Iter::Str(s, i) => Iter::Str(s.clone(), *i),
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
            if let Some(c) = self.memo.get(&id) {
                return c.clone();
            }
        }
        if v.is(&self.types.not_implemented) || v.is(&self.types.ellipsis) {
            return v.clone();
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
                let copy = Function {
                    code: f.code.clone(),
                    globals,
                    defaults: f.defaults.iter().map(|x| self.value(x)).collect(),
                    kwdefaults: f.kwdefaults.iter().map(|(k, x)| (k.clone(), self.value(x))).collect(),
                    closure: f.closure.iter().map(|c| self.cell(c)).collect(),
                    name: RefCell::new(f.name.borrow().clone()),
                    qualname: f.qualname.clone(),
                    module: f.module.clone(),
                    dict: RefCell::new(f.dict.borrow().iter().map(|(k, x)| (k.clone(), self.value(x))).collect()),
                    doc: self.value(&f.doc),
                };
                Value::Function(Rc::new(copy))
            }
            Value::Native(n) => match &n.bound {
                None => return v.clone(),
                Some(b) => Value::Native(Rc::new(Native {
                    name: n.name.clone(),
                    f: n.f,
                    bound: Some(self.value(b)),
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
                    let x = self.value(&x);
                    copy.dict.borrow_mut().insert(k, x);
                }
                let payload = self.payload(&o.payload.borrow());
                *copy.payload.borrow_mut() = payload;
                return Value::Object(copy);
            }
            Value::Module(m) => {
                let copy = Value::Module(Rc::new(Module { name: m.name.clone(), dict: self.dict(&m.dict) }));
                copy
            }
            Value::Generator(g) => {
                let g = g.borrow();
                let copy = Rc::new(RefCell::new(Generator {
                    frame: None,
                    running: g.running,
                    finished: g.finished,
                    code: g.code.clone(),
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
}
