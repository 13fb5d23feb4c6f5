//! Greenlets as the VM runs them (greenlet 3's `TGreenlet.cpp` and
//! `TUserGreenlet.cpp`): a greenlet is a stack of frames that may stop
//! running without returning. The thread's running greenlet keeps its
//! frames in the `Thread`; a suspended one keeps them in its object. A
//! switch swaps the two stacks, a pointer swap where greenlet copies the C
//! stack, and never recurses on the Rust stack; then it delivers the
//! switch's value to the top frame now running: as the result of its
//! pending `switch()` call, or raised there. The Python face (the
//! `greenlet` class, `getcurrent`, `throw`) is `modules::greenlet`.

use super::frame::{Frame, ReturnMode};
use super::interp::{Interp, Started};
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Class, ExceptionState, Flow, Name, NativeResult, Object, Payload, Value};
use std::cell::RefMut;
use std::rc::Rc;

/// What a switch costs on the virtual clock, in instructions, beyond the
/// call that asks for it: saving one stack and restoring another. CPython
/// with greenlet spends about as long as on a few simple instructions.
const SWITCH_STEPS: u64 = 4;

/// Why a switch inside a nested run is refused: the nested run's Rust
/// loop is waiting for its frame to return, and another greenlet's stack
/// would run under it.
const NESTED: &str = "pyconc cannot switch greenlets inside a built-in's callback (such as __repr__ or a sort key)";

/// `g.switch(*args, **kwargs)`: asks the VM for the switch (`CallMethod`
/// of one argument or none takes a shortcut to `switch_method`).
pub fn greenlet_switch(interp: &mut Interp<'_>, mut args: Args) -> NativeResult {
    let target = args.pos.remove(0);
    interp.greenlet_state(&target)?;
    Ok(Flow::Switch(Box::new(Switch { target, delivery: Delivery::Args(args.pos, args.kw), on: None })))
}

/// The `greenlet` module of one process: its classes, which the VM raises
/// and recognizes, and the id the next greenlet gets.
#[derive(Clone, Debug)]
pub struct GreenletModule {
    /// `greenlet.greenlet`.
    pub class: Rc<Class>,
    /// `greenlet.GreenletExit`: ends a greenlet quietly, its instance the result.
    pub exit: Rc<Class>,
    /// `greenlet.error`: a switch that cannot be made.
    pub error: Rc<Class>,
    /// The trace id of the next greenlet (main greenlets are 0).
    pub next_id: u32,
}

/// Where a greenlet is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Life {
    /// Never switched to: `run` has not started.
    Pending,
    /// Running or suspended in a `switch`.
    Started,
    /// `run` returned or raised.
    Dead,
}

/// The state of a greenlet object (`Payload::Greenlet`).
#[derive(Debug)]
pub struct Greenlet {
    /// Small and per process, for the trace: 0 for a thread's main greenlet.
    pub id: u32,
    /// Where it is in its life.
    pub life: Life,
    /// Whether it stands for its thread's own stack.
    pub main: bool,
    /// Its frames while suspended (empty while it runs, before and after).
    pub frames: Vec<Box<Frame>>,
    /// Its exceptions being handled while suspended (`Thread::handling`).
    pub handling: Vec<Value>,
    /// The callable given as `run`, until it starts.
    pub run: Option<Value>,
    /// Where its result goes when it ends; None for a main greenlet.
    pub parent: Option<Value>,
    /// Once started, the main greenlet of its thread (which a started
    /// greenlet never leaves), so that a switch checks the thread without
    /// walking the parent chain; None for main greenlets, which are their own.
    pub owner: Option<Value>,
    /// Its name in the trace: fixed when it starts, unless set before.
    pub name: Option<Rc<str>>,
}

/// A switch a native asks for (`Flow::Switch`).
pub struct Switch {
    /// The greenlet to run.
    pub target: Value,
    /// What it gets.
    pub delivery: Delivery,
    /// What the greenlet switching away waits for, for the trace.
    pub on: Option<Rc<str>>,
}

/// What a greenlet switched to receives.
pub enum Delivery {
    /// `switch(*args, **kwargs)`'s arguments: `run`'s arguments when it
    /// starts; packed into one value when it resumes.
    Args(Vec<Value>, Vec<(Name, Value)>),
    /// One value (what `run` returned, passed to the parent).
    Value(Value),
    /// An exception to raise in it (`throw`, or one a child let out).
    Throw(Value),
}

/// The state of greenlet `g`, if it has one.
fn state_of(g: &Value) -> Option<RefMut<'_, Greenlet>> {
    let Value::Object(o) = g else { return None };
    RefMut::filter_map(o.payload.borrow_mut(), |p| match p {
        Payload::Greenlet(st) => Some(&mut **st),
        _ => None,
    })
    .ok()
}

impl Interp<'_> {
    /// The process's greenlet module, once imported.
    pub fn greenlet_module(&self) -> Option<GreenletModule> {
        self.proc.greenlet.borrow().clone()
    }

    /// A `greenlet.error` (a RuntimeError before the module is imported).
    fn greenlet_error(&self, msg: &str) -> Value {
        let Some(m) = self.greenlet_module() else { return self.error(ExcKind::RuntimeError, msg) };
        let st = ExceptionState { args: vec![Value::str(msg)], ..Default::default() };
        Value::Object(Rc::new(Object::new(m.error, Payload::Exception(st))))
    }

    /// The running greenlet of this thread; the first call makes the
    /// thread's main greenlet, which stands for the stack it runs on.
    pub fn current_greenlet(&mut self) -> Result<Value, Value> {
        if let Some(g) = &self.thread.greenlet {
            return Ok(g.clone());
        }
        let module = self.greenlet_module().ok_or_else(|| self.greenlet_error("greenlet is not imported"))?;
        let state = Greenlet {
            id: 0,
            life: Life::Started,
            main: true,
            frames: Vec::new(),
            handling: Vec::new(),
            run: None,
            parent: None,
            owner: None,
            name: Some(Rc::from("main")),
        };
        let main = Value::Object(Rc::new(Object::new(module.class, Payload::Greenlet(Box::new(state)))));
        self.thread.greenlet = Some(main.clone());
        self.thread.main_greenlet = Some(main.clone());
        Ok(main)
    }

    /// A new pending greenlet whose parent is the running one, as
    /// greenlet's `tp_new` makes it.
    pub fn new_greenlet(&mut self) -> Result<Greenlet, Value> {
        let parent = self.current_greenlet()?;
        let mut module = self.proc.greenlet.borrow_mut();
        let module = module.as_mut().expect("the running greenlet's module");
        module.next_id += 1;
        Ok(Greenlet {
            id: module.next_id,
            life: Life::Pending,
            main: false,
            frames: Vec::new(),
            handling: Vec::new(),
            run: None,
            parent: Some(parent),
            owner: None,
            name: None,
        })
    }

    /// The state of greenlet `g`, to read or change (briefly: Python code
    /// must not run while it is held); a TypeError when `g` is no greenlet.
    pub fn greenlet_state<'v>(&self, g: &'v Value) -> Result<RefMut<'v, Greenlet>, Value> {
        state_of(g).ok_or_else(|| {
            let t = self.type_name(g);
            self.error(ExcKind::TypeError, format!("GreenletChecker: Expected any type of greenlet, not {t}"))
        })
    }

    /// The main greenlet at the end of `g`'s parent chain: the thread it belongs to.
    pub fn greenlet_lineage_main(&self, g: &Value) -> Result<Value, Value> {
        let mut g = g.clone();
        loop {
            let parent = self.greenlet_state(&g)?.parent.clone();
            match parent {
                Some(p) => g = p,
                None => return Ok(g),
            }
        }
    }

    /// greenlet's repr: `<greenlet.greenlet object at 0x... (otid=0x...) current active started main>`.
    pub fn greenlet_repr(&mut self, g: &Value) -> Result<String, Value> {
        let main = self.greenlet_lineage_main(g)?;
        let current = self.thread.greenlet.as_ref().is_some_and(|c| c.is(g));
        let (life, is_main) = {
            let st = self.greenlet_state(g)?;
            (st.life, st.main)
        };
        let cls = self.class_of(g);
        let plain = self.greenlet_module().is_some_and(|m| Rc::ptr_eq(&m.class, &cls));
        let tp_name = if plain { "greenlet.greenlet".to_string() } else { cls.name.to_string() };
        let (address, otid) = (self.address(g), self.address(&main) + 0x10);
        Ok(match life {
            Life::Dead => format!("<{tp_name} object at {address:#x} (otid={otid:#x}) dead>"),
            _ => {
                let state = if current { " current" } else if life == Life::Started { " suspended" } else { "" };
                let active = if life == Life::Started { " active" } else { "" };
                let started = if life == Life::Pending { " pending" } else { " started" };
                let main = if is_main { " main" } else { "" };
                format!("<{tp_name} object at {address:#x} (otid={otid:#x}){state}{active}{started}{main}>")
            }
        })
    }

    /// Carries out `Flow::Switch` for a call made with return mode `mode`.
    /// Done: the value the call returns here (a switch to the running
    /// greenlet); Frame: another greenlet runs now, its value delivered.
    pub(super) fn switch_flow(&mut self, s: Switch, mode: &ReturnMode) -> Result<Started, Value> {
        if !matches!(mode, ReturnMode::Normal) || self.thread.sync_depth > 0 {
            return Err(self.greenlet_error(NESTED));
        }
        self.current_greenlet()?;
        self.check_same_thread(&s.target)?;
        self.steps += SWITCH_STEPS;
        match self.transfer(s.target, s.delivery, s.on)? {
            Some(v) => Ok(Started::Done(v)),
            None => Ok(Started::Frame),
        }
    }

    /// `g.switch()` or `g.switch(x)` called by `CallMethod`, without
    /// packing the arguments: what `greenlet_switch` and `switch_flow` do.
    pub(super) fn switch_method(&mut self, target: Value, arg: Option<Value>) -> Result<Option<Value>, Value> {
        self.greenlet_state(&target)?;
        let delivery = match arg {
            Some(v) => Delivery::Value(v),
            None => Delivery::Args(Vec::new(), Vec::new()),
        };
        if self.thread.sync_depth > 0 {
            return Err(self.greenlet_error(NESTED));
        }
        self.current_greenlet()?;
        self.check_same_thread(&target)?;
        self.steps += SWITCH_STEPS;
        self.transfer(target, delivery, None)
    }

    /// greenlet's `check_switch_allowed`: `target` must belong to this thread.
    fn check_same_thread(&mut self, target: &Value) -> Result<(), Value> {
        let mine = self.thread.main_greenlet.as_ref().expect("the running greenlet's thread has a main greenlet");
        let same = {
            let st = self.greenlet_state(target)?;
            match (&st.owner, st.main) {
                (_, true) => Some(target.is(mine)),
                (Some(owner), _) => Some(owner.is(mine)),
                (None, _) => None,
            }
        };
        if same == Some(true) {
            return Ok(());
        }
        let main = self.greenlet_lineage_main(target)?;
        if main.is(mine) {
            return Ok(());
        }
        let mine = mine.clone();
        let (current, expected) = (self.greenlet_repr(&mine)?, self.greenlet_repr(&main)?);
        Err(self.greenlet_error(&format!(
            "Cannot switch to a different thread\n\tCurrent:  {current}\n\tExpected: {expected}"
        )))
    }

    /// Runs `target` with `delivery` (greenlet's `g_switch`): a dead target
    /// passes it on to its parent, a pending one starts. Some(v): the
    /// target is the running greenlet and `v` is what its switch returns.
    fn transfer(&mut self, mut target: Value, mut delivery: Delivery, on: Option<Rc<str>>) -> Result<Option<Value>, Value> {
        loop {
            if self.thread.greenlet.as_ref().is_some_and(|c| c.is(&target)) {
                return match delivery {
                    Delivery::Args(args, kw) => Ok(Some(self.switch_result(args, kw))),
                    Delivery::Value(v) => Ok(Some(v)),
                    Delivery::Throw(e) => Err(e),
                };
            }
            let (life, parent) = {
                let st = self.greenlet_state(&target)?;
                (st.life, st.parent.clone())
            };
            match life {
                Life::Started => {
                    self.swap_to(target, on);
                    let v = match delivery {
                        Delivery::Args(args, kw) => self.switch_result(args, kw),
                        Delivery::Value(v) => v,
                        Delivery::Throw(e) => return Err(e),
                    };
                    self.thread.frames.last_mut().expect("a suspended greenlet waits in a frame").stack.push(v);
                    return Ok(None);
                }
                Life::Pending => return self.start_greenlet(target, delivery, on),
                Life::Dead => {
                    if let Delivery::Throw(e) = &delivery {
                        if self.is_greenlet_exit(e) {
                            delivery = Delivery::Value(e.clone());
                        }
                    }
                    target = parent.expect("a dead greenlet is no main greenlet");
                }
            }
        }
    }

    /// What a resumed `switch()` returns (greenlet's `single_result`): no
    /// arguments give (), one its value, several their tuple; keywords
    /// alone their dict, with arguments `(args, kwargs)`.
    fn switch_result(&mut self, mut args: Vec<Value>, kw: Vec<(Name, Value)>) -> Value {
        if kw.is_empty() {
            return match args.len() {
                0 => self.types().empty_tuple.clone(),
                1 => args.pop().expect("one argument"),
                _ => Value::tuple(args),
            };
        }
        let d = kw.into_iter().map(|(k, v)| (crate::lang::value::Key(Value::Str(k)), v)).collect();
        if args.is_empty() {
            Value::dict(d)
        } else {
            Value::tuple(vec![Value::tuple(args), Value::dict(d)])
        }
    }

    fn is_greenlet_exit(&self, e: &Value) -> bool {
        self.greenlet_module().is_some_and(|m| self.is_instance(e, &m.exit))
    }

    /// Starts a pending greenlet: `run` is looked up first, in the caller
    /// (an AttributeError leaves it pending); then `run(*args, **kwargs)`
    /// is called as the root frame of its empty stack. A throw into it
    /// ends it before `run` runs.
    fn start_greenlet(&mut self, target: Value, delivery: Delivery, on: Option<Rc<str>>) -> Result<Option<Value>, Value> {
        let run = self.get_attr(&target, "run")?;
        let name = self.greenlet_trace_name(&target, &run)?;
        {
            let mut st = self.greenlet_state(&target)?;
            st.life = Life::Started;
            st.run = None;
            st.owner = self.thread.main_greenlet.clone();
            st.name.get_or_insert(name);
        }
        self.swap_to(target, on);
        let (args, kw) = match delivery {
            Delivery::Throw(e) => return self.greenlet_done(Err(e)),
            Delivery::Args(args, kw) => (args, kw),
            Delivery::Value(v) => (vec![v], vec![]),
        };
        match self.start_call(run, args, kw, ReturnMode::GreenletRoot) {
            Ok(Started::Frame) => Ok(None),
            Ok(Started::Done(v)) => self.greenlet_done(Ok(v)),
            Ok(Started::Block(_)) => {
                let e = self.greenlet_error("pyconc cannot start a greenlet whose run blocks before any Python frame");
                self.greenlet_done(Err(e))
            }
            Err(e) => self.greenlet_done(Err(e)),
        }
    }

    /// The running greenlet's `run` returned (Ok) or raised (Err): it dies,
    /// and its parent gets the value, or the exception raised where it
    /// waits (greenlet's `g_handle_exit`: a GreenletExit is a value).
    pub(super) fn greenlet_done(&mut self, result: Result<Value, Value>) -> Result<Option<Value>, Value> {
        let current = self.thread.greenlet.clone().expect("a greenlet's root frame runs in a greenlet");
        let parent = {
            let mut st = state_of(&current).expect("the running greenlet has its state");
            st.life = Life::Dead;
            st.parent.clone().expect("a greenlet with a root frame has a parent")
        };
        self.thread.handling.clear();
        let delivery = match result {
            Ok(v) => Delivery::Value(v),
            Err(e) if self.is_greenlet_exit(&e) => Delivery::Value(e),
            Err(e) => Delivery::Throw(e),
        };
        self.transfer(parent, delivery, None)
    }

    /// Makes `target` the running greenlet: the running one's frames and
    /// handled exceptions go into its object, the target's into the thread.
    fn swap_to(&mut self, target: Value, on: Option<Rc<str>>) {
        let thread = &mut *self.thread;
        let current = thread.greenlet.replace(target).expect("a switch starts from a greenlet");
        let (from, from_dead) = {
            let mut st = state_of(&current).expect("the running greenlet has its state");
            std::mem::swap(&mut st.frames, &mut thread.frames);
            std::mem::swap(&mut st.handling, &mut thread.handling);
            (st.id, st.life == Life::Dead)
        };
        let target = thread.greenlet.as_ref().expect("just set");
        let mut st = state_of(target).expect("the target has its state");
        std::mem::swap(&mut st.frames, &mut thread.frames);
        std::mem::swap(&mut st.handling, &mut thread.handling);
        self.sys.sync_clock(self.steps);
        let name = st.name.as_deref().unwrap_or("greenlet");
        self.sys.greenlet_switch(from, from_dead, st.id, name, on.as_deref());
    }

    /// The name the trace shows for a greenlet: its `run`'s name for a
    /// plain greenlet (`eat`), the class and id for a subclass's instance
    /// (`Greenlet-3`), whose `run` is a method.
    fn greenlet_trace_name(&mut self, g: &Value, run: &Value) -> Result<Rc<str>, Value> {
        let id = self.greenlet_state(g)?.id;
        let cls = self.class_of(g);
        if !self.greenlet_module().is_some_and(|m| Rc::ptr_eq(&m.class, &cls)) {
            return Ok(Rc::from(format!("{}-{id}", cls.name)));
        }
        let named = match run {
            Value::BoundMethod(m) => &m.1,
            other => other,
        };
        Ok(match named {
            Value::Function(f) => f.name.borrow().clone(),
            Value::Native(n) => n.name.clone(),
            Value::Class(c) => c.name.clone(),
            _ => Rc::from(format!("greenlet-{id}")),
        })
    }
}
