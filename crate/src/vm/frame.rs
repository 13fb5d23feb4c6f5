//! Frames and threads as data: a `Thread` is a stack of `Frame`s on the
//! heap, so the machine can stop it after any instruction, park it, copy it
//! (fork) or switch away from it, without touching the Rust stack.

use crate::lang::code::Code;
use crate::lang::value::{Dict, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A handler pushed by `SetupExcept` / `SetupFinally`, or the marker of an
/// exception being handled (`PushExcInfo`), as CPython's block stack up to 3.10.
#[derive(Clone, Debug)]
pub enum Block {
    /// On an exception, cut the value stack to `depth`, push the exception, go to `handler`.
    Handler {
        /// Where the handler code starts.
        handler: u32,
        /// Value-stack depth when the block was set up.
        depth: u32,
    },
    /// An except clause or finally handler is running: leaving it restores
    /// the thread's handled-exception stack to `handled`.
    Handling {
        /// The depth of `Thread::handling` before the exception was pushed.
        handled: u32,
    },
}

/// What happens to a frame's return value.
#[derive(Clone, Debug)]
pub enum ReturnMode {
    /// Pushed on the caller's stack.
    Normal,
    /// `__init__`: the value must be None; the caller gets `instance`.
    Init(Value),
    /// A class body: the caller gets the class built from the namespace
    /// (boxed, as every frame carries a `ReturnMode`).
    ClassBody(Box<ClassBody>),
    /// A generator's frame running on behalf of `gen`.
    Generator {
        /// The generator it belongs to.
        gen: Value,
        /// Resumed by `ForIter`: exhaustion jumps here instead of raising.
        for_iter: Option<u32>,
        /// Resumed by a built-in in a nested run (`next(g)` from Rust): yield and return end that run.
        sync: bool,
        /// Resumed by `YieldFrom` of the caller: a yield passes through the caller.
        delegate: bool,
    },
    /// A nested run started by a built-in calling back into Python: the
    /// nested loop stops when this frame returns.
    Sync,
    /// The first frame of a thread: its return ends the thread.
    ThreadRoot,
    /// The first frame of a greenlet (its `run`): its return or exception
    /// ends the greenlet and goes to its parent.
    GreenletRoot,
    /// The caller does not want the value (`__exit__` on a `with`'s normal way out).
    Discard,
    /// A collector frame drained an iterable into a list: call `f` with the
    /// list in place of argument `index`, and give the caller its result.
    ThenCall(Box<ThenCall>),
    /// The caller wants the value's truth (`__contains__` for `in`), negated for `not in`.
    Truth {
        /// Whether to negate it.
        negate: bool,
    },
    /// A user iterator's `__next__` called by `ForIter`: the value goes on
    /// the caller's stack; a StopIteration ends the loop (jumps to the target).
    ForIterNext(u32),
    /// A module body run by `import`: the caller gets the module.
    Module(Value),
    /// A `__str__`, `__repr__` or `__format__` run for `str()`, `repr()`,
    /// `format()`, an f-string or `print`: its value must be a str, which
    /// then goes where `then` says.
    Converted(Box<Converted>),
}

impl ReturnMode {
    /// The mode that decides where the frame's outcome goes, looking
    /// through a conversion's check.
    pub fn destination(&self) -> &ReturnMode {
        match self {
            ReturnMode::Converted(c) => c.then.destination(),
            other => other,
        }
    }

    /// `destination`, by value: where an exception leaving the frame goes.
    pub fn into_destination(self) -> ReturnMode {
        match self {
            ReturnMode::Converted(c) => c.then.into_destination(),
            other => other,
        }
    }
}

/// A conversion frame's check and continuation (`ReturnMode::Converted`).
#[derive(Clone, Debug)]
pub struct Converted {
    /// The method run, for the TypeError on a non-str value: `__str__`, `__repr__` or `__format__`.
    pub method: &'static str,
    /// A format spec the str is then formatted with (`f"{x!r:>10}"`).
    pub spec: Option<Rc<str>>,
    /// Where the str goes.
    pub then: ReturnMode,
}

/// What a class body's return builds the class from.
#[derive(Clone, Debug)]
pub struct ClassBody {
    /// The class name.
    pub name: Value,
    /// The bases.
    pub bases: Vec<Value>,
    /// The keyword arguments of the class statement (metaclass ignored).
    pub kwargs: Vec<(Rc<str>, Value)>,
}

/// The call a frame's return value continues into (`ReturnMode::ThenCall`).
#[derive(Clone, Debug)]
pub struct ThenCall {
    /// The built-in that consumes the iterable.
    pub f: Value,
    /// Its arguments, with the iterable's place to fill.
    pub args: Vec<Value>,
    /// Which argument the list replaces.
    pub index: usize,
    /// Its keyword arguments.
    pub kw: Vec<(Rc<str>, Value)>,
}

/// One activation of a code object.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The code running.
    pub code: Rc<Code>,
    /// The next instruction.
    pub pc: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Fast locals, by `code.varnames` index; `Value::Unbound` when unset.
    pub fast: Vec<Value>,
    /// Cells: the code's cellvars, then its freevars.
    pub cells: Vec<Rc<RefCell<Value>>>,
    /// Module globals.
    pub globals: Rc<RefCell<Dict>>,
    /// The namespace of a module or class body (module bodies: the globals).
    pub namespace: Option<Rc<RefCell<Dict>>>,
    /// Handler blocks.
    pub blocks: Vec<Block>,
    /// What to do with the return value.
    pub ret: ReturnMode,
    /// The instruction that started the current operation (for tracebacks).
    pub last_pc: usize,
}

impl Frame {
    /// A frame about to run `code` from the start, with locals and cells allocated.
    pub fn new(code: Rc<Code>, globals: Rc<RefCell<Dict>>, namespace: Option<Rc<RefCell<Dict>>>) -> Frame {
        let fast = vec![Value::Unbound; code.varnames.len()];
        let cells = (0..code.cellvars.len()).map(|_| Rc::new(RefCell::new(Value::Unbound))).collect();
        let stack = Vec::with_capacity(code.stacksize as usize);
        Frame {
            code,
            pc: 0,
            stack,
            fast,
            cells,
            globals,
            namespace,
            blocks: Vec::new(),
            ret: ReturnMode::Normal,
            last_pc: 0,
        }
    }

    /// The source line the frame is on.
    pub fn line(&self) -> u32 {
        self.code.spans.get(self.last_pc).map(|s| s.line).unwrap_or(self.code.firstline)
    }
}

/// A Python thread: its frames and the exceptions being handled.
#[derive(Clone, Debug, Default)]
pub struct Thread {
    /// The frame stack, innermost last. Boxed, so that a generator's
    /// frame moves on and off it as a pointer, and a returned frame is
    /// kept for the next call (`spare`) rather than rebuilt and copied.
    pub frames: Vec<Box<Frame>>,
    /// Exceptions being handled (`sys.exc_info()`, implicit chaining), innermost last.
    pub handling: Vec<Value>,
    /// The value a woken blocking call returns (set by the kernel).
    pub wake_value: Option<Value>,
    /// Nested-call depth of built-ins calling back into Python.
    pub sync_depth: u32,
    /// Returned frames, emptied, reused by the next calls instead of
    /// allocating (CPython's per-thread frame stack). Each still holds the
    /// code and globals it last ran with until it is reused.
    pub spare: Vec<Box<Frame>>,
    /// The greenlet whose frames `frames` are (None until the thread first
    /// uses greenlets; then its main greenlet stands for the thread's own stack).
    pub greenlet: Option<Value>,
    /// The thread's main greenlet, once there is one: every greenlet the
    /// thread may switch to has it at the end of its parent chain.
    pub main_greenlet: Option<Value>,
}

/// How many returned frames' buffers a thread keeps for reuse.
const SPARE_FRAMES: usize = 32;

impl Thread {
    /// Gives back what a parked thread does not need while it waits (a
    /// course may park thousands of threads): its spare frames,
    /// and the frame stack's capacity when it is mostly unused.
    /// Cheap when nothing is to be freed, since threads that hand the CPU
    /// back and forth park at every switch.
    pub fn park(&mut self) {
        self.spare = Vec::new();
        if self.frames.capacity() > 2 * self.frames.len() + 4 {
            self.frames.shrink_to_fit();
        }
    }

    /// Keeps a finished frame, emptied, for the next call.
    pub fn recycle(&mut self, mut frame: Box<Frame>) {
        if self.spare.len() < SPARE_FRAMES {
            frame.stack.clear();
            frame.fast.clear();
            frame.cells.clear();
            frame.blocks.clear();
            frame.namespace = None;
            frame.ret = ReturnMode::Normal;
            self.spare.push(frame);
        }
    }

    /// A frame about to run `code` with no locals yet (the caller fills
    /// `fast` up to `code.varnames`) and no cells: a returned frame reused
    /// when there is one, so a call neither allocates nor copies a frame.
    pub fn bare_frame(&mut self, code: &Rc<Code>, globals: &Rc<RefCell<Dict>>) -> Box<Frame> {
        let Some(mut f) = self.spare.pop() else {
            let mut f = Box::new(Frame::new(code.clone(), globals.clone(), None));
            f.fast.clear();
            f.cells.clear();
            return f;
        };
        if !Rc::ptr_eq(&f.code, code) {
            f.code = code.clone();
        }
        if !Rc::ptr_eq(&f.globals, globals) {
            f.globals = globals.clone();
        }
        f.stack.reserve_exact(code.stacksize as usize);
        f.pc = 0;
        f.last_pc = 0;
        f
    }

    /// A frame about to run `code` from the start, with locals unset and cells allocated.
    pub fn new_frame(&mut self, code: &Rc<Code>, globals: &Rc<RefCell<Dict>>) -> Box<Frame> {
        let mut f = self.bare_frame(code, globals);
        f.fast.resize(code.varnames.len(), Value::Unbound);
        f.cells.extend((0..code.cellvars.len()).map(|_| Rc::new(RefCell::new(Value::Unbound))));
        f
    }
}
