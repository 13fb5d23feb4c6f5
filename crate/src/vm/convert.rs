//! Conversions to str that run Python code (`__str__`, `__repr__`,
//! `__format__`) for `print`, `str()`, `repr()`, `format()` and f-strings:
//! the method runs as an ordinary frame of the thread, not in a nested
//! loop, so it may block, be switched or be forked like any frame; its
//! return checks the value is a str (`ReturnMode::Converted`).

use super::frame::{Converted, Frame, ReturnMode};
use super::interp::Interp;
use super::types::native;
use crate::lang::code::Code;
use crate::lang::error::ExcKind;
use crate::lang::format;
use crate::lang::repr::Host;
use crate::lang::types::args::builtin_value;
use crate::lang::value::{Args, Class, Flow, Function, Name, NativeResult, Payload, Value};
use std::rc::Rc;

/// A conversion of a value to str.
pub enum Conversion {
    /// `str(v)`.
    Str,
    /// `repr(v)`.
    Repr,
    /// `format(v, spec)`.
    Format(Rc<str>),
}

impl Interp<'_> {
    /// The Python method `conversion` of `v` runs, with its name for the
    /// TypeError on a non-str value; None when only Rust code runs.
    fn python_converter(&mut self, v: &Value, conversion: &Conversion) -> Option<(Rc<Function>, &'static str)> {
        let Value::Object(o) = v else { return None };
        let (f, method) = match conversion {
            Conversion::Repr => (self.user_method(v, "__repr__")?, "__repr__"),
            Conversion::Format(spec) => match self.user_method(v, "__format__") {
                Some(f) => (f, "__format__"),
                None if spec.is_empty() => return self.python_converter(v, &Conversion::Str),
                None => return None,
            },
            Conversion::Str => match self.user_method(v, "__str__") {
                Some(f) => (f, "__str__"),
                None => {
                    // `to_str` falls back on `__repr__` but for exceptions,
                    // str subclasses' values and natives' `__str__`.
                    let own_str = matches!(&*o.payload.borrow(), Payload::Exception(_) | Payload::Value(Value::Str(_)))
                        || matches!(self.lookup_class_attr(&o.class, "__str__"), Some(Value::Native(_)));
                    if own_str {
                        return None;
                    }
                    (self.user_method(v, "__repr__")?, "__repr__")
                }
            },
        };
        match f {
            Value::Function(func) if !func.code.generator => Some((func, method)),
            _ => None,
        }
    }

    /// Whether `str(v)` runs Python code.
    pub fn str_runs_python(&mut self, v: &Value) -> bool {
        self.python_converter(v, &Conversion::Str).is_some()
    }

    /// A frame computing `conversion` of `v` in Python, whose value is
    /// checked to be a str and then formatted with `spec` when given; None
    /// when the conversion runs only Rust code.
    pub fn conversion_frame(
        &mut self,
        v: &Value,
        conversion: Conversion,
        spec: Option<Rc<str>>,
    ) -> Result<Option<Box<Frame>>, Value> {
        let Some((func, method)) = self.python_converter(v, &conversion) else { return Ok(None) };
        let mut args = vec![v.clone()];
        if let (Conversion::Format(s), "__format__") = (conversion, method) {
            args.push(Value::Str(s));
        }
        let mut frame = self.bind_args(&func, args, vec![])?;
        frame.ret = ReturnMode::Converted(Box::new(Converted { method, spec, then: ReturnMode::Normal }));
        Ok(Some(frame))
    }

    /// The value a conversion frame returned, checked to be a str (a str
    /// subclass's instance too) as CPython checks it, and formatted with the
    /// frame's spec, if any, into a plain str.
    pub(super) fn converted(&mut self, v: Value, c: &Converted) -> Result<Value, Value> {
        if !matches!(builtin_value(&v), Value::Str(_)) {
            let t = self.type_name(&v);
            let message = match c.method {
                "__format__" => format!("__format__ must return a str, not {t}"),
                method => format!("{method} returned non-string (type {t})"),
            };
            return Err(self.error(ExcKind::TypeError, message));
        }
        match &c.spec {
            Some(spec) => Ok(Value::str(&self.format(&v, spec)?)),
            None => Ok(v),
        }
    }

    /// `FORMAT_VALUE`: `f"{v!c:spec}"` with conversion `c` 1 (`!s`), 2
    /// (`!r`), 3 (`!a`) or 0 (none). None when a frame computing it was
    /// pushed instead.
    pub(super) fn format_value(&mut self, v: Value, conversion: u32, spec: Option<Value>) -> Result<Option<Value>, Value> {
        let spec = match spec {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        };
        if let Value::Object(_) = v {
            let frame = match conversion {
                1 => self.conversion_frame(&v, Conversion::Str, spec.clone())?,
                2 => self.conversion_frame(&v, Conversion::Repr, spec.clone())?,
                3 => None,
                _ => {
                    let spec = spec.clone().unwrap_or_else(|| Rc::from(""));
                    self.conversion_frame(&v, Conversion::Format(spec), Some(Rc::from("")))?
                }
            };
            if let Some(frame) = frame {
                self.push_frame(frame)?;
                return Ok(None);
            }
        }
        let v = match conversion {
            1 => Value::str(&self.to_str(&v)?),
            2 => Value::str(&self.repr(&v)?),
            3 => Value::str(&self.ascii(&v)?),
            _ => v,
        };
        let s = self.format(&v, spec.as_deref().unwrap_or(""))?;
        Ok(Some(Value::str(&s)))
    }

    /// For `str(v)` (a call of the class `cls` with `args`) when it runs
    /// Python code: the frame computing it.
    pub(super) fn str_call_frame(
        &mut self,
        cls: &Rc<Class>,
        args: &[Value],
        kw: &[(Name, Value)],
    ) -> Result<Option<Box<Frame>>, Value> {
        match args {
            [v] if kw.is_empty() && Rc::ptr_eq(cls, &self.types().str) => {
                self.conversion_frame(v, Conversion::Str, None)
            }
            _ => Ok(None),
        }
    }

    /// A frame of `print_each` (`Types::print_each`): `print` going on
    /// from argument `i` of `args`, whose str runs Python code, with
    /// `given` = `[args, i, sep, end]`, `file` and `flush`, and the native
    /// `print_upto` that writes up to the next such argument.
    pub fn print_frame(&mut self, given: [Value; 4], file: Value, flush: Value, print_upto: Value) -> Box<Frame> {
        let code = self.types().print_each.clone();
        let [args, i, sep, end] = given;
        self.helper_frame(code, [args, i, sep, end, file, flush, print_upto])
    }

    /// `fmt % args` as a `BINARY_OP` computes it: the str, or None when a
    /// frame computing it was pushed because some `%s`/`%r`/`%a` runs
    /// Python code (`Types::percent_each`).
    pub(super) fn percent_op(&mut self, fmt: &Rc<str>, args: &Value) -> Result<Option<Value>, Value> {
        match self.percent_replaying(fmt, args, &[])? {
            Percent::Done(s) => Ok(Some(Value::str(&s))),
            Percent::Needs(v, repr) => {
                let code = self.types().percent_each.clone();
                let percent_try = native("percent_try", percent_try, false);
                let given = [Value::Str(fmt.clone()), args.clone(), Value::Int(1 + repr as i64), v, percent_try];
                let frame = self.helper_frame(code, given);
                self.push_frame(frame)?;
                Ok(None)
            }
        }
    }

    /// A frame running `code`, a built-in written in Python, with `args` in
    /// its first local slots.
    pub(super) fn helper_frame<const N: usize>(&mut self, code: Rc<Code>, args: [Value; N]) -> Box<Frame> {
        let mut frame = self.thread.new_frame(&code, &self.proc.types.helper_globals);
        for (slot, v) in frame.fast.iter_mut().zip(args) {
            *slot = v;
        }
        // Arguments a nested scope uses live in cells too.
        for &(cell, arg) in &code.cell_params {
            *frame.cells[cell as usize].borrow_mut() = frame.fast[arg as usize].clone();
        }
        frame
    }

    /// `fmt % args` with the strs of the conversions that run Python code
    /// taken from `memo`, in order; the first one past it stops the formatting.
    fn percent_replaying(&mut self, fmt: &str, args: &Value, memo: &[Value]) -> Result<Percent, Value> {
        let mut host = Replay { interp: self, memo, used: 0, need: None };
        let done = format::percent(&mut host, fmt, args);
        match host.need {
            Some((v, repr)) => Ok(Percent::Needs(v, repr)),
            None => done.map(Percent::Done),
        }
    }
}


/// How far `%` formatting with a memo got.
enum Percent {
    /// It finished with this str.
    Done(String),
    /// It needs `str()` (false) or `repr()` (true) of this value, which runs Python code.
    Needs(Value, bool),
}

/// `percent_try(fmt, args, memo)`: `fmt % args` with the strs of the
/// conversions that run Python code taken from the list `memo`, in order:
/// `(0, result)`, or `(1, v)` / `(2, v)` when `str(v)` / `repr(v)` is
/// needed next. Only `percent_each` calls it.
fn percent_try(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let [Value::Str(fmt), values, Value::List(memo)] = &args.pos[..] else {
        return Err(interp.error(ExcKind::TypeError, "percent_try(fmt, args, memo) takes a str, a value and a list"));
    };
    let memo = memo.borrow().clone();
    let outcome = match interp.percent_replaying(fmt, values, &memo)? {
        Percent::Done(s) => [Value::Int(0), Value::str(&s)],
        Percent::Needs(v, repr) => [Value::Int(1 + repr as i64), v],
    };
    Ok(Flow::Return(Value::tuple(outcome.to_vec())))
}

/// The interpreter as `%` formatting's host, replaying the conversions that
/// run Python code from a memo and noting the first it lacks.
struct Replay<'i, 'a> {
    /// The interpreter.
    interp: &'i mut Interp<'a>,
    /// The strs of the conversions running Python code, in the order met.
    memo: &'i [Value],
    /// How many of them were used.
    used: usize,
    /// The value whose conversion (`repr()` when true) is needed next.
    need: Option<(Value, bool)>,
}

impl Replay<'_, '_> {
    /// `str(v)` or, with `repr`, `repr(v)`.
    fn convert(&mut self, v: &Value, repr: bool) -> Result<String, Value> {
        let conversion = if repr { Conversion::Repr } else { Conversion::Str };
        if self.interp.python_converter(v, &conversion).is_none() {
            return if repr { self.interp.repr(v) } else { self.interp.to_str(v) };
        }
        match self.memo.get(self.used) {
            Some(s) => {
                self.used += 1;
                self.interp.to_str(s)
            }
            None => {
                self.need = Some((v.clone(), repr));
                Err(Value::None)
            }
        }
    }
}

impl Host for Replay<'_, '_> {
    fn error(&self, kind: ExcKind, msg: String) -> Value {
        self.interp.error(kind, msg)
    }
    fn repr(&mut self, v: &Value) -> Result<String, Value> {
        self.convert(v, true)
    }
    fn to_str(&mut self, v: &Value) -> Result<String, Value> {
        self.convert(v, false)
    }
    fn type_name(&self, v: &Value) -> Rc<str> {
        self.interp.type_name(v)
    }
    fn get_attr(&mut self, v: &Value, name: &str) -> Result<Value, Value> {
        self.interp.get_attr(v, name)
    }
    fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Value, Value> {
        self.interp.call(f, args)
    }
    fn index(&mut self, v: &Value) -> Result<i64, Value> {
        self.interp.index(v)
    }
    fn key_error(&mut self, key: &Value) -> Value {
        Host::key_error(&mut *self.interp, key)
    }
    fn format(&mut self, v: &Value, spec: &str) -> Result<String, Value> {
        self.interp.format(v, spec)
    }
}
