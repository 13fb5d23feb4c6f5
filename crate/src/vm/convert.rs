//! Conversions to str that run Python code (`__str__`, `__repr__`,
//! `__format__`) for `print`, `str()`, `repr()`, `format()` and f-strings:
//! the method runs as an ordinary frame of the thread, not in a nested
//! loop, so it may block, be switched or be forked like any frame; its
//! return checks the value is a str (`ReturnMode::Converted`).

use super::frame::{Converted, Frame, ReturnMode};
use super::interp::Interp;
use crate::lang::error::ExcKind;
use crate::lang::value::{Class, Dict, Function, Name, Payload, Value};
use std::cell::RefCell;
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

    /// The value a conversion frame returned, checked to be a str as CPython
    /// checks it, and formatted with the frame's spec.
    pub(super) fn converted(&mut self, v: Value, c: &Converted) -> Result<Value, Value> {
        if !matches!(v, Value::Str(_)) {
            let t = self.type_name(&v);
            let message = match c.method {
                "__format__" => format!("__format__ must return a str, not {t}"),
                method => format!("{method} returned non-string (type {t})"),
            };
            return Err(self.error(ExcKind::TypeError, message));
        }
        match &c.spec {
            Some(spec) if !spec.is_empty() => Ok(Value::str(&self.format(&v, spec)?)),
            _ => Ok(v),
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
                _ => self.conversion_frame(&v, Conversion::Format(spec.clone().unwrap_or_else(|| Rc::from(""))), None)?,
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

    /// A frame of `print_each` (`Types::print_each`): `print` of `args`
    /// some of which run Python code to become strs, converted and written
    /// one by one as CPython does.
    pub fn print_frame(&mut self, args: Vec<Value>, sep: &str, end: &str, file: Option<Value>, flush: Value) -> Box<Frame> {
        let code = self.types().print_each.clone();
        let globals = Rc::new(RefCell::new(Dict::default()));
        let mut frame = Box::new(Frame::new(code, globals, None));
        let given = [Value::tuple(args), Value::str(sep), Value::str(end), file.unwrap_or(Value::None), flush];
        frame.fast[..given.len()].clone_from_slice(&given);
        frame
    }
}
