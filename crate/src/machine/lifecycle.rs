//! A Python process's life as every machine runs it: its first thread
//! (the program compiled into `__main__`), what an uncaught exception prints
//! and the exit status it gives, and the end of a process, which waits for
//! its non-daemon threads and runs its exit hooks (`threading._shutdown`,
//! then `atexit`) on its main thread, as CPython's `Py_FinalizeEx` does.

use crate::lang::compile::{compile, CompileError};
use crate::lang::error::ExcKind;
use crate::lang::value::{Dict, Key, Value};
use crate::os::{Kernel, ThreadStatus};
use crate::vm::{self, Frame, Interp, Process, ReturnMode, Thread, Types};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

/// A fresh process's Python state.
pub fn new_process(filename: Rc<str>, source: &str) -> Process {
    let types = Rc::new(Types::new());
    let builtins = Rc::new(RefCell::new(vm::builtins_namespace(&types)));
    let mut sources = HashMap::new();
    sources.insert(filename.clone(), Rc::from(source));
    let mut modules = indexmap::IndexMap::new();
    let builtins_module =
        Value::Module(Rc::new(crate::lang::value::Module { name: Rc::from("builtins"), dict: builtins.clone() }));
    modules.insert(Rc::from("builtins"), builtins_module);
    Process {
        types,
        builtins,
        modules: RefCell::new(modules),
        main_file: filename,
        sources: RefCell::new(sources),
        addresses: RefCell::new(HashMap::new()),
        loader: crate::modules::load,
        greenlet: RefCell::new(None),
    }
}

/// Compiles `source` as `__main__` of `proc`: the main thread, or what
/// `python3` prints when the program does not compile (exit status 1).
pub fn main_thread(proc: &Process, source: &str) -> Result<Thread, String> {
    let filename = proc.main_file.clone();
    match compile(source, &filename) {
        Ok(code) => {
            let globals = Rc::new(RefCell::new(Dict::default()));
            {
                let mut g = globals.borrow_mut();
                g.insert(Key(Value::str("__name__")), Value::str("__main__"));
                g.insert(Key(Value::str("__file__")), Value::Str(filename));
                g.insert(Key(Value::str("__doc__")), Value::None);
            }
            let main = Value::Module(Rc::new(crate::lang::value::Module { name: Rc::from("__main__"), dict: globals.clone() }));
            proc.modules.borrow_mut().insert(Rc::from("__main__"), main);
            let mut frame = Frame::new(code, globals.clone(), Some(globals));
            frame.ret = ReturnMode::ThreadRoot;
            Ok(Thread { frames: vec![Box::new(frame)], ..Default::default() })
        }
        Err(e) => Err(match &e {
            CompileError::Syntax { msg, line, col, text } => {
                format!("{}SyntaxError: {msg}\n", crate::lang::compile::syntax_error_place(&filename, *line, *col, text))
            }
            CompileError::Unsupported { .. } => format!("pyconc: {e}\n"),
        }),
    }
}

/// What an uncaught exception prints and the exit status it gives:
/// `SystemExit` prints nothing (or its message) and exits with its code.
pub fn uncaught(interp: &mut Interp<'_>, exc: &Value) -> (String, i32) {
    if interp.is_kind(exc, ExcKind::SystemExit) {
        let code = interp.get_attr(exc, "code").unwrap_or(Value::None);
        return match code {
            Value::None => (String::new(), 0),
            Value::Int(c) => (String::new(), c as i32),
            Value::Bool(b) => (String::new(), b as i32),
            other => {
                let text = interp.to_str(&other).unwrap_or_default();
                (format!("{text}\n"), 1)
            }
        };
    }
    (interp.format_exception(exc), 1)
}

/// Processes on their way out: their main thread has finished and they
/// wait for their non-daemon threads and exit hooks.
#[derive(Default)]
pub struct Exits {
    /// The exit status of each process on its way out.
    pending: BTreeMap<u32, i32>,
    /// The exit hooks started, by process and module.
    hooks_started: BTreeSet<(u32, String)>,
}

impl Exits {
    /// Whether `pid` is on its way out.
    pub fn is_pending(&self, pid: u32) -> bool {
        self.pending.contains_key(&pid)
    }

    /// Forgets a process that ended.
    pub fn forget(&mut self, pid: u32) {
        self.pending.remove(&pid);
    }

    /// A thread's root frame finished with `code`. The main thread's end
    /// starts the process's exit. Returns the processes that may end now,
    /// with their exit status.
    pub fn thread_ended(&mut self, kernel: &mut Kernel, tid: u32, code: i32) -> Vec<(u32, i32)> {
        let pid = kernel.thread(tid).pid;
        let is_main = kernel.threads.iter().find(|t| t.pid == pid).map(|t| t.tid) == Some(tid);
        if is_main {
            let first = *self.pending.entry(pid).or_insert(code);
            if code != 0 && first == 0 {
                self.pending.insert(pid, code);
            }
            // threading._shutdown: first the hooks registered with
            // threading._register_atexit, then the wait for non-daemon threads.
            if self.start_hook(kernel, pid, "threading", "_threading_atexits", "_run_threading_atexits") {
                return Vec::new();
            }
            kernel.thread(tid).wait = None;
            kernel.set_status(tid, ThreadStatus::Blocked);
        } else {
            kernel.exit_thread(tid);
        }
        self.ready_to_end(kernel)
    }

    /// The processes on their way out with no non-daemon thread left and
    /// no exit hook left to run, forgotten here: the caller ends them.
    fn ready_to_end(&mut self, kernel: &mut Kernel) -> Vec<(u32, i32)> {
        let pending: Vec<(u32, i32)> = self.pending.iter().map(|(p, c)| (*p, *c)).collect();
        let mut ending = Vec::new();
        for (pid, code) in pending {
            let waiting = kernel
                .threads
                .iter()
                .skip_while(|t| t.pid != pid)
                .skip(1)
                .any(|t| t.pid == pid && !t.daemon && t.status != ThreadStatus::Exited);
            if !waiting && !self.start_hook(kernel, pid, "atexit", "_exithandlers", "_run_exitfuncs") {
                self.pending.remove(&pid);
                ending.push((pid, code));
            }
        }
        ending
    }

    /// Runs exit hooks on the process's main thread, once: `func` of
    /// `module` when its `list` is not empty (atexit's handlers after the
    /// non-daemon threads end; threading's before). False when there is
    /// nothing to run.
    fn start_hook(&mut self, kernel: &mut Kernel, pid: u32, module: &str, list: &str, func: &str) -> bool {
        if !self.hooks_started.insert((pid, module.to_string())) {
            return false;
        }
        let proc = kernel.process(pid).py.clone();
        let found = proc.modules.borrow().get(module).cloned();
        let Some(Value::Module(m)) = found else { return false };
        let handlers = m.dict.borrow().get(&Key(Value::str(list))).cloned();
        let run = m.dict.borrow().get(&Key(Value::str(func))).cloned();
        let (Some(Value::List(handlers)), Some(Value::Function(f))) = (handlers, run) else { return false };
        if handlers.borrow().is_empty() {
            return false;
        }
        let mut frame = Frame::new(f.code.clone(), f.globals.clone(), None);
        frame.cells.extend(f.closure.iter().cloned());
        frame.ret = ReturnMode::ThreadRoot;
        let tid = kernel.main_tid(pid);
        kernel.thread(tid).thread = Some(Thread { frames: vec![Box::new(frame)], ..Default::default() });
        kernel.set_status(tid, ThreadStatus::Ready);
        true
    }
}
