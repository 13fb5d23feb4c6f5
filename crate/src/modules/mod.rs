//! The modules Python programs import, built on the kernel (`os`) and the
//! VM: native ones in Rust, and `threading` in Python on top of `_thread`,
//! as CPython layers them.

mod files;
mod greenlet;
mod math;
mod mp;
mod posix;
mod random;
mod select;
mod socket;
mod sys;
mod thread;
mod time;
mod traceback;
mod warn;

use crate::lang::error::ExcKind;
use crate::lang::value::{Dict, Key, Module, NativeFn, Value};
use crate::vm::{native, Frame, Interp, Loaded};
use std::cell::RefCell;
use std::rc::Rc;

/// Modules written in Python, by name: (module name, file name, source).
const PYTHON_MODULES: &[(&str, &str, &str)] = &[
    ("threading", "threading.py", include_str!("threading.py")),
    ("queue", "queue.py", include_str!("queue.py")),
    ("_queue", "<builtins>", include_str!("_queue.py")),
    ("heapq", "heapq.py", include_str!("heapq.py")),
    ("time", "<builtins>", include_str!("time.py")),
    ("random", "random.py", include_str!("random.py")),
    ("os", "os.py", include_str!("os.py")),
    ("atexit", "atexit.py", include_str!("atexit.py")),
    ("warnings", "warnings.py", include_str!("warnings.py")),
    ("signal", "signal.py", include_str!("signal.py")),
    ("contextlib", "contextlib.py", include_str!("contextlib.py")),
    ("multiprocessing", "multiprocessing/__init__.py", include_str!("multiprocessing.py")),
    ("multiprocessing.pool", "multiprocessing/pool.py", include_str!("mp_pool.py")),
    ("multiprocessing.connection", "multiprocessing/connection.py", include_str!("mp_connection.py")),
    ("multiprocessing.managers", "multiprocessing/managers.py", include_str!("mp_managers.py")),
    ("socket", "socket.py", include_str!("socket.py")),
    ("select", "select.py", include_str!("select.py")),
    ("http", "http/__init__.py", ""),
    ("http.client", "http/client.py", include_str!("web/http_client.py")),
    ("urllib", "urllib/__init__.py", ""),
    ("urllib.parse", "urllib/parse.py", include_str!("web/urllib_parse.py")),
    ("urllib.error", "urllib/error.py", include_str!("web/urllib_error.py")),
    ("urllib.request", "urllib/request.py", include_str!("web/urllib_request.py")),
    ("requests", "requests/__init__.py", include_str!("web/requests.py")),
    ("requests.exceptions", "requests/exceptions.py", include_str!("web/requests_exceptions.py")),
    ("greenlet", "greenlet/__init__.py", include_str!("greenlet.py")),
    ("json", "<builtins>", include_str!("json.py")),
    ("io", "<builtins>", include_str!("io.py")),
    ("collections", "<builtins>", include_str!("collections.py")),
    ("functools", "<builtins>", include_str!("functools.py")),
    ("itertools", "<builtins>", include_str!("itertools.py")),
    ("operator", "<builtins>", include_str!("operator.py")),
    ("traceback", "traceback.py", include_str!("traceback.py")),
    ("datetime", "datetime.py", include_str!("datetime.py")),
    ("dataclasses", "dataclasses.py", include_str!("dataclasses.py")),
    ("typing", "typing.py", include_str!("typing.py")),
    ("abc", "<builtins>", include_str!("abc.py")),
    ("enum", "<builtins>", include_str!("enum.py")),
    ("copy", "copy.py", include_str!("copy.py")),
    ("logging", "logging/__init__.py", include_str!("logging.py")),
    ("string", "string.py", include_str!("string.py")),
    ("concurrent", "concurrent/__init__.py", ""),
    ("concurrent.futures", "concurrent/futures/__init__.py", include_str!("futures.py")),
    ("gevent", "gevent/__init__.py", include_str!("gevent/__init__.py")),
    ("gevent.exceptions", "gevent/exceptions.py", include_str!("gevent/exceptions.py")),
    ("gevent._hub_local", "gevent/_hub_local.py", include_str!("gevent/_hub_local.py")),
    ("gevent._loop", "gevent/_loop.py", include_str!("gevent/_loop.py")),
    ("gevent.hub", "gevent/hub.py", include_str!("gevent/hub.py")),
    ("gevent._hub_primitives", "gevent/_hub_primitives.py", include_str!("gevent/_hub_primitives.py")),
    ("gevent.timeout", "gevent/timeout.py", include_str!("gevent/timeout.py")),
    ("gevent.greenlet", "gevent/greenlet.py", include_str!("gevent/greenlet.py")),
    ("gevent._abstract_linkable", "gevent/_abstract_linkable.py", include_str!("gevent/_abstract_linkable.py")),
    ("gevent.event", "gevent/event.py", include_str!("gevent/event.py")),
    ("gevent.lock", "gevent/lock.py", include_str!("gevent/lock.py")),
    ("gevent.queue", "gevent/queue.py", include_str!("gevent/queue.py")),
    ("gevent.pool", "gevent/pool.py", include_str!("gevent/pool.py")),
    ("gevent.socket", "gevent/socket.py", include_str!("gevent/socket.py")),
    ("gevent.server", "gevent/server.py", include_str!("gevent/server.py")),
    ("gevent.select", "gevent/select.py", include_str!("gevent/select.py")),
    ("gevent.thread", "gevent/thread.py", include_str!("gevent/thread.py")),
    ("gevent.monkey", "gevent/monkey.py", include_str!("gevent/monkey.py")),
];

/// Finds a module: the process's loader (`vm::Process::loader`).
pub fn load(interp: &mut Interp<'_>, name: &str) -> Result<Option<Loaded>, Value> {
    let native_fns: Option<&[(&str, NativeFn)]> = match name {
        "_time" => Some(time::FUNCTIONS),
        "_thread" => Some(thread::FUNCTIONS),
        "posix" => Some(posix::FUNCTIONS),
        "math" => Some(math::FUNCTIONS),
        "_files" => Some(files::FUNCTIONS),
        "_mp" => Some(mp::FUNCTIONS),
        "_warnings" => Some(warn::FUNCTIONS),
        "_socket" => Some(socket::FUNCTIONS),
        "_select" => Some(select::FUNCTIONS),
        "_greenlet" => Some(greenlet::FUNCTIONS),
        "_traceback" => Some(traceback::FUNCTIONS),
        "sys" => return Ok(Some(Loaded::Ready(sys::module(interp)))),
        "_random" => return Ok(Some(Loaded::Ready(random::module(interp)))),
        _ => None,
    };
    if let Some(fns) = native_fns {
        let m = native_module(name, fns);
        if name == "_thread" {
            thread::init(interp, &m)?;
        }
        if name == "_greenlet" {
            greenlet::init(interp, &m);
        }
        if name == "posix" {
            posix::init(&m);
        }
        if name == "math" {
            math::init(&m);
        }
        if name == "_socket" {
            socket::init(&m);
        }
        if name == "_select" {
            select::init(&m);
        }
        return Ok(Some(Loaded::Ready(m)));
    }
    if let Some((_, file, source)) = PYTHON_MODULES.iter().find(|(n, _, _)| *n == name) {
        let code = crate::lang::compile::compile(source, file).map_err(|e| {
            interp.error(ExcKind::ImportError, format!("cannot compile built-in module {name}: {e}"))
        })?;
        interp.proc.sources.borrow_mut().insert(Rc::from(*file), Rc::from(*source));
        let dict = Rc::new(RefCell::new(Dict::default()));
        dict.borrow_mut().insert(Key(Value::str("__name__")), Value::str(name));
        let module = Value::Module(Rc::new(Module { name: Rc::from(name), dict: dict.clone() }));
        let frame = Frame::new(code, dict.clone(), Some(dict));
        // A submodule is an attribute of its package.
        if let Some((parent, leaf)) = name.rsplit_once('.') {
            if let Some(p) = interp.proc.modules.borrow().get(parent) {
                set(p, leaf, module.clone());
            }
        }
        return Ok(Some(Loaded::Run(module, frame)));
    }
    Ok(None)
}

/// A module of native functions.
pub fn native_module(name: &str, fns: &[(&str, NativeFn)]) -> Value {
    let mut d = Dict::default();
    d.insert(Key(Value::str("__name__")), Value::str(name));
    for (fname, f) in fns {
        d.insert(Key(Value::str(fname)), native(&format!("{name}.{fname}"), *f, false));
    }
    Value::Module(Rc::new(Module { name: Rc::from(name), dict: Rc::new(RefCell::new(d)) }))
}

/// Sets `name` in a module.
pub fn set(module: &Value, name: &str, v: Value) {
    if let Value::Module(m) = module {
        m.dict.borrow_mut().insert(Key(Value::str(name)), v);
    }
}

/// Reads a float argument (int or float), for `sleep` and timeouts.
pub fn seconds(interp: &mut Interp<'_>, v: &Value, what: &str) -> Result<f64, Value> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        other => {
            let t = interp.type_name(other);
            Err(interp.error(ExcKind::TypeError, format!("'{t}' object cannot be interpreted as {what}")))
        }
    }
}
