//! Argument parsing for native functions and methods.
//!
//! CPython words an argument mistake according to how the C function parses
//! its arguments (`METH_NOARGS`, `METH_O`, Argument Clinic, the older
//! `PyArg_ParseTuple`), so a `Sig` says which of those a method uses and the
//! messages follow: "str.upper() takes no arguments (1 given)", "pop expected
//! at most 1 argument, got 2", "find() takes at least 1 argument (0 given)",
//! "'x' is an invalid keyword argument for split()".

use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Class, Flow, Name, NativeResult, Object, Payload, Value};
use crate::vm::Interp;
use std::rc::Rc;

/// A native function's successful return.
pub fn ret(v: Value) -> NativeResult {
    Ok(Flow::Return(v))
}

/// How CPython parses a function's arguments, which decides the wording of
/// its arity errors (`Python/getargs.c`, `Objects/methodobject.c`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// `METH_O`: "list.append() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic, positional only (`_PyArg_CheckPositional`):
    /// "pop expected at most 1 argument, got 2".
    Clinic,
    /// `PyArg_ParseTuple` with optional arguments: "find() takes at least 1
    /// argument (0 given)".
    Tuple,
    /// Argument Clinic with keywords (`_PyArg_UnpackKeywords`): "split() takes
    /// at most 2 arguments (3 given)", "'x' is an invalid keyword argument for
    /// split()", "pow() missing required argument 'exp' (pos 2)".
    Keywords,
}

/// A function's parameters, for `parse`.
#[derive(Clone, Copy, Debug)]
pub struct Sig {
    /// The bare name, as clinic messages show it: `split`.
    pub name: &'static str,
    /// The qualified name, as "takes no arguments" messages show it: `str.split`.
    pub qual: &'static str,
    /// Parameter names, in order (the maximum number of arguments).
    pub params: &'static [&'static str],
    /// How many leading parameters are required.
    pub required: usize,
    /// How many leading parameters are positional-only (with `Style::Keywords`).
    pub posonly: usize,
    /// How the arguments are parsed.
    pub style: Style,
}

impl Sig {
    /// A signature with every parameter positional-only.
    pub const fn pos(
        name: &'static str,
        qual: &'static str,
        params: &'static [&'static str],
        required: usize,
        style: Style,
    ) -> Sig {
        Sig {
            name,
            qual,
            params,
            required,
            posonly: params.len(),
            style,
        }
    }

    /// A signature whose parameters after the first `posonly` may be given by keyword.
    pub const fn kw(
        name: &'static str,
        qual: &'static str,
        params: &'static [&'static str],
        required: usize,
        posonly: usize,
    ) -> Sig {
        Sig {
            name,
            qual,
            params,
            required,
            posonly,
            style: Style::Keywords,
        }
    }

    /// Matches arguments (without `self`) to the parameters: one slot per
    /// parameter, `None` where it was not given.
    pub fn parse(&self, interp: &Interp<'_>, pos: &[Value], kw: &[(Name, Value)]) -> Result<Vec<Option<Value>>, Value> {
        let max = self.params.len();
        let n = pos.len();
        if self.style != Style::Keywords && !kw.is_empty() {
            return Err(no_keywords(interp, self.qual));
        }
        if n > max || (self.style != Style::Keywords && n < self.required) {
            return Err(interp.error(ExcKind::TypeError, self.arity_message(n + kw.len())));
        }
        let mut slots: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
        slots.resize(max, None);
        for (k, v) in kw {
            let at = self
                .params
                .iter()
                .position(|p| **p == **k)
                .filter(|i| *i >= self.posonly);
            match at {
                Some(i) if slots[i].is_some() => {
                    return Err(interp.error(
                        ExcKind::TypeError,
                        format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            self.name,
                            k,
                            i + 1
                        ),
                    ))
                }
                Some(i) => slots[i] = Some(v.clone()),
                None => return Err(invalid_keyword(interp, k, self.name)),
            }
        }
        if let Some(missing) = (0..self.required).find(|i| slots[*i].is_none()) {
            let msg = if missing < self.posonly {
                format!(
                    "{}() takes at least {} positional argument{} ({} given)",
                    self.name,
                    self.posonly.min(self.required),
                    plural(self.posonly.min(self.required)),
                    n
                )
            } else {
                format!(
                    "{}() missing required argument '{}' (pos {})",
                    self.name,
                    self.params[missing],
                    missing + 1
                )
            };
            return Err(interp.error(ExcKind::TypeError, msg));
        }
        Ok(slots)
    }

    fn arity_message(&self, n: usize) -> String {
        let (min, max) = (self.required, self.params.len());
        match self.style {
            Style::NoArgs => format!("{}() takes no arguments ({} given)", self.qual, n),
            Style::One => format!("{}() takes exactly one argument ({} given)", self.qual, n),
            Style::Clinic => clinic_arity(self.name, min, max, n),
            Style::Tuple | Style::Keywords => {
                let (how, count) = if min == max {
                    ("exactly", max)
                } else if n < min {
                    ("at least", min)
                } else {
                    ("at most", max)
                };
                format!(
                    "{}() takes {} {} argument{} ({} given)",
                    self.name,
                    how,
                    count,
                    plural(count),
                    n
                )
            }
        }
    }
}

/// The one argument after `self` of a `METH_O` method (with a fast path
/// for the usual, correct call).
pub fn method_arg(interp: &Interp<'_>, args: &Args, method: &'static str, qual: &'static str) -> Result<Value, Value> {
    if args.kw.is_empty() && args.pos.len() == 2 {
        return Ok(args.pos[1].clone());
    }
    let rest = args.pos.get(1..).unwrap_or(&[]);
    let mut slots = Sig::pos(method, qual, &["arg"], 1, Style::One).parse(interp, rest, &args.kw)?;
    Ok(slots.remove(0).unwrap_or(Value::None))
}

/// Checks that a `METH_NOARGS` method got nothing after `self`.
pub fn method_no_args(interp: &Interp<'_>, args: &Args, method: &'static str, qual: &'static str) -> Result<(), Value> {
    if args.kw.is_empty() && args.pos.len() <= 1 {
        return Ok(());
    }
    let rest = args.pos.get(1..).unwrap_or(&[]);
    Sig::pos(method, qual, &[], 0, Style::NoArgs).parse(interp, rest, &args.kw).map(|_| ())
}

/// Clinic's positional-count message: "insert expected 2 arguments, got 1".
pub fn clinic_arity(name: &str, min: usize, max: usize, n: usize) -> String {
    let (how, count) = if n < min {
        (if min == max { "" } else { "at least " }, min)
    } else {
        (if min == max { "" } else { "at most " }, max)
    };
    format!("{name} expected {how}{count} argument{}, got {n}", plural(count))
}

/// Checks a clinic-style positional count; keywords are refused.
pub fn check_count(
    interp: &Interp<'_>,
    args: &Args,
    name: &str,
    qual: &str,
    min: usize,
    max: usize,
) -> Result<(), Value> {
    if !args.kw.is_empty() {
        return Err(no_keywords(interp, qual));
    }
    let n = args.pos.len();
    if n < min || n > max {
        return Err(interp.error(ExcKind::TypeError, clinic_arity(name, min, max, n)));
    }
    Ok(())
}

/// "s" unless there is exactly one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// "len() takes no keyword arguments".
pub fn no_keywords(interp: &Interp<'_>, qual: &str) -> Value {
    interp.error(ExcKind::TypeError, format!("{qual}() takes no keyword arguments"))
}

/// "'foo' is an invalid keyword argument for print()".
pub fn invalid_keyword(interp: &Interp<'_>, key: &str, name: &str) -> Value {
    interp.error(
        ExcKind::TypeError,
        format!("'{key}' is an invalid keyword argument for {name}()"),
    )
}

/// The built-in value behind `v`: itself, or the value an instance of a
/// subclass of a built-in type carries (`class Stack(list)`).
pub fn builtin_value(v: &Value) -> Value {
    if let Value::Object(o) = v {
        if let Payload::Value(inner) = &*o.payload.borrow() {
            return inner.clone();
        }
    }
    v.clone()
}

/// The receiver of a method of a built-in type, checked by `accept` (which
/// returns what the method works on): CPython's "unbound method
/// list.sort() needs an argument" and "descriptor 'append' for 'list'
/// objects doesn't apply to a 'int' object".
pub fn receiver<T>(
    interp: &Interp<'_>,
    args: &Args,
    type_name: &str,
    method: &str,
    accept: impl Fn(&Value) -> Option<T>,
) -> Result<T, Value> {
    let Some(this) = args.pos.first() else {
        return Err(interp.error(
            ExcKind::TypeError,
            format!("unbound method {type_name}.{method}() needs an argument"),
        ));
    };
    if let Some(t) = accept(this).or_else(|| accept(&builtin_value(this))) {
        return Ok(t);
    }
    Err(interp.error(
        ExcKind::TypeError,
        format!(
            "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{}' object",
            interp.type_name(this)
        ),
    ))
}

/// What a built-in type's `__new__` returns for class `cls`: the plain
/// value when `cls` is the built-in type itself, otherwise an instance of
/// the subclass carrying the value (`Payload::Value`).
pub fn instance_of(cls: &Value, builtin: &Rc<Class>, value: Value) -> Value {
    match cls {
        Value::Class(c) if !Rc::ptr_eq(c, builtin) => Value::Object(Rc::new(Object::new(c.clone(), Payload::Value(value)))),
        _ => value,
    }
}

/// Whether `cls` (a `__new__`'s first argument) is a subclass rather than
/// the built-in type itself.
pub fn is_subclass_call(cls: &Value, builtin: &Rc<Class>) -> bool {
    matches!(cls, Value::Class(c) if !Rc::ptr_eq(c, builtin))
}

/// Splits a constructor's arguments into the class being instantiated and
/// the arguments proper. The class comes first, as for `__new__`; when the
/// first argument is not the built-in type or a subclass of it, the caller
/// passed no class and the built-in type is meant.
pub fn split_cls(interp: &Interp<'_>, args: Args, builtin: &Rc<Class>) -> (Value, Args) {
    let is_cls = matches!(args.pos.first(), Some(Value::Class(c)) if interp.is_subclass(c, builtin));
    if !is_cls {
        return (Value::Class(builtin.clone()), args);
    }
    let mut pos = args.pos;
    let cls = pos.remove(0);
    (cls, Args { pos, kw: args.kw })
}

/// An integer argument (`__index__`), with the fast path for ints.
pub fn int_arg(interp: &mut Interp<'_>, v: &Value) -> Result<i64, Value> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => interp.index(v),
    }
}

/// A str argument of a method, or CPython's "must be str, not int".
pub fn str_arg(interp: &Interp<'_>, v: &Value) -> Result<Rc<str>, Value> {
    match builtin_value(v) {
        Value::Str(s) => Ok(s),
        _ => Err(interp.error(ExcKind::TypeError, format!("must be str, not {}", interp.type_name(v)))),
    }
}

/// Whether instances of `v`'s class have `name` (looked up on the class and
/// its MRO, as CPython looks up special methods).
pub fn class_has(interp: &Interp<'_>, v: &Value, name: &str) -> bool {
    let cls = interp.class_of(v);
    let found = cls.dict.borrow().contains_key(name);
    found || cls.mro.iter().any(|c| c.dict.borrow().contains_key(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clinic_messages_match_cpython() {
        assert_eq!(clinic_arity("insert", 2, 2, 1), "insert expected 2 arguments, got 1");
        assert_eq!(clinic_arity("pop", 0, 1, 2), "pop expected at most 1 argument, got 2");
        assert_eq!(clinic_arity("get", 1, 2, 0), "get expected at least 1 argument, got 0");
        assert_eq!(
            clinic_arity("range", 1, 3, 4),
            "range expected at most 3 arguments, got 4"
        );
    }
}
