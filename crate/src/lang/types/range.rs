//! `range`: its methods, constructor, attributes, indexing (a slice of a
//! range is a range) and `in` (arithmetic for ints, as CPython's
//! `range_contains_long`).
//!
//! Bounds are 64-bit (`RangeObj`); CPython's ranges over larger ints are
//! refused with OverflowError.

use super::args::{check_count, int_arg, receiver, ret, split_cls, Sig, Style};
use super::seq::{self, classify, normalize, resolve_slice, same, Index};
use super::str::slot_args;
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Flow, Iter, NativeFn, NativeResult, RangeObj, Value};
use crate::vm::Interp;
use std::cell::RefCell;
use std::rc::Rc;

/// The methods of `range`, installed in its class dict.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("index", index),
    ("count", count),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__reversed__", dunder_reversed),
    ("__eq__", seq::dunder_eq),
    ("__ne__", seq::dunder_ne),
];

/// The attributes `start`, `stop` and `step`; None for any other name.
pub fn range_attr(r: &RangeObj, name: &str) -> Option<Value> {
    match name {
        "start" => Some(Value::Int(r.start)),
        "stop" => Some(Value::Int(r.stop)),
        "step" => Some(Value::Int(r.step)),
        _ => None,
    }
}

fn this(interp: &Interp<'_>, args: &Args, method: &str) -> Result<Rc<RangeObj>, Value> {
    receiver(interp, args, "range", method, |v| match v {
        Value::Range(r) => Some(r.clone()),
        _ => None,
    })
}

/// The value at position `i` (not checked).
fn at(r: &RangeObj, i: i64) -> i64 {
    r.start.wrapping_add(i.wrapping_mul(r.step))
}

/// The position of int `x` in the range, if it is there.
pub fn position_of(r: &RangeObj, x: i64) -> Option<i64> {
    let inside = if r.step > 0 {
        r.start <= x && x < r.stop
    } else {
        r.stop < x && x <= r.start
    };
    let offset = (x as i128) - (r.start as i128);
    (inside && offset % (r.step as i128) == 0).then(|| (offset / (r.step as i128)) as i64)
}

/// The item as an int, when it is one (ints, bools).
fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `x in r`.
pub fn contains(interp: &mut Interp<'_>, r: &RangeObj, x: &Value) -> Result<bool, Value> {
    if let Some(i) = as_int(x) {
        return Ok(position_of(r, i).is_some());
    }
    if let Value::BigInt(_) = x {
        return Ok(false);
    }
    for i in 0..r.len() {
        if same(interp, &Value::Int(at(r, i)), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `r[index]`: an int, or a range for a slice.
pub fn getitem(interp: &mut Interp<'_>, r: &Rc<RangeObj>, index: &Value) -> Result<Value, Value> {
    if let Value::BigInt(_) = index {
        return Err(interp.error(ExcKind::IndexError, "range object index out of range"));
    }
    let len = r.len() as usize;
    match classify(interp, index, |t| {
        format!("range indices must be integers or slices, not {t}")
    })? {
        Index::At(i) => match normalize(i, len) {
            Some(i) => Ok(Value::Int(at(r, i as i64))),
            None => Err(interp.error(ExcKind::IndexError, "range object index out of range")),
        },
        Index::Slice(sl) => {
            let s = resolve_slice(interp, &sl, len)?;
            Ok(Value::Range(Rc::new(RangeObj {
                start: at(r, s.start),
                stop: at(r, s.stop),
                step: r.step.wrapping_mul(s.step),
            })))
        }
    }
}

/// `a == b` for ranges: the same values (CPython's `range_equals`).
pub fn equal(a: &RangeObj, b: &RangeObj) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n == 0 {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    n == 1 || a.step == b.step
}

fn index(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let r = this(interp, &args, "index")?;
    let mut slots = Sig::pos("index", "range.index", &["value"], 1, Style::One).parse(
        interp,
        args.pos.get(1..).unwrap_or(&[]),
        &args.kw,
    )?;
    let x = slots.remove(0).unwrap_or(Value::None);
    if let Some(i) = as_int(&x) {
        return match position_of(&r, i) {
            Some(p) => ret(Value::Int(p)),
            None => Err(interp.error(ExcKind::ValueError, format!("{i} is not in range"))),
        };
    }
    for i in 0..r.len() {
        if same(interp, &Value::Int(at(&r, i)), &x)? {
            return ret(Value::Int(i));
        }
    }
    Err(interp.error(ExcKind::ValueError, "sequence.index(x): x not in sequence"))
}

fn count(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let r = this(interp, &args, "count")?;
    let mut slots = Sig::pos("count", "range.count", &["value"], 1, Style::One).parse(
        interp,
        args.pos.get(1..).unwrap_or(&[]),
        &args.kw,
    )?;
    let x = slots.remove(0).unwrap_or(Value::None);
    if let Some(i) = as_int(&x) {
        return ret(Value::Int(position_of(&r, i).is_some() as i64));
    }
    let mut n = 0;
    for i in 0..r.len() {
        if same(interp, &Value::Int(at(&r, i)), &x)? {
            n += 1;
        }
    }
    ret(Value::Int(n))
}

fn dunder_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let r = this(interp, &args, "__len__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Int(r.len()))
}

fn dunder_getitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let r = this(interp, &args, "__getitem__")?;
    slot_args(interp, &args, 1)?;
    getitem(interp, &r, &args.pos[1]).map(Flow::Return)
}

fn dunder_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let r = this(interp, &args, "__contains__")?;
    slot_args(interp, &args, 1)?;
    ret(Value::Bool(contains(interp, &r, &args.pos[1])?))
}

/// An iterator over a range.
pub fn iter_range(r: &RangeObj) -> Value {
    Value::Iterator(Rc::new(RefCell::new(Iter::Range(r.start, r.stop, r.step))))
}

/// An iterator over a range, last value first.
pub fn iter_reversed(r: &RangeObj) -> Value {
    let n = r.len();
    let it = if n == 0 {
        Iter::Done
    } else {
        let last = at(r, n - 1);
        Iter::Range(last, r.start.wrapping_sub(r.step), r.step.wrapping_neg())
    };
    Value::Iterator(Rc::new(RefCell::new(it)))
}

fn dunder_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let r = this(interp, &args, "__iter__")?;
    slot_args(interp, &args, 0)?;
    ret(iter_range(&r))
}

fn dunder_reversed(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let r = this(interp, &args, "__reversed__")?;
    slot_args(interp, &args, 0)?;
    ret(iter_reversed(&r))
}

/// One bound of `range()`: an integer that fits in 64 bits.
fn bound(interp: &mut Interp<'_>, v: &Value) -> Result<i64, Value> {
    match v {
        Value::BigInt(_) => Err(interp.error(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")),
        _ => int_arg(interp, v),
    }
}

/// `range(stop)`, `range(start, stop[, step])`: the type's `__new__`
/// (the class first, see `args::split_cls`).
pub fn new_range(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().range.clone();
    let (_, sub) = split_cls(interp, args, &builtin);
    check_count(interp, &sub, "range", "range", 1, 3)?;
    let mut b = Vec::with_capacity(3);
    for v in &sub.pos {
        b.push(bound(interp, v)?);
    }
    let (start, stop, step) = match b[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] => (start, stop, step),
        _ => (0, 0, 1),
    };
    if step == 0 {
        return Err(interp.error(ExcKind::ValueError, "range() arg 3 must not be zero"));
    }
    // RangeObj counts its length in i64; CPython's ranges may be longer
    // (only their len() fails), ours may not.
    let span = (stop as i128 - start as i128).abs();
    if span / (step as i128).abs() >= i64::MAX as i128 {
        return Err(interp.error(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"));
    }
    ret(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn membership_is_arithmetic() {
        let r = RangeObj {
            start: 0,
            stop: 10,
            step: 3,
        };
        assert_eq!(position_of(&r, 9), Some(3));
        assert_eq!(position_of(&r, 10), None);
        assert_eq!(position_of(&r, 4), None);
        let down = RangeObj {
            start: 10,
            stop: 0,
            step: -3,
        };
        assert_eq!(position_of(&down, 4), Some(2));
        assert_eq!(position_of(&down, 0), None);
    }

    #[test]
    fn equality_is_by_values() {
        let r = |a, b, c| RangeObj {
            start: a,
            stop: b,
            step: c,
        };
        assert!(equal(&r(0, 3, 1), &r(0, 3, 1)));
        assert!(equal(&r(0, 0, 1), &r(5, 5, 2)));
        assert!(equal(&r(0, 1, 2), &r(0, 1, 3)));
        assert!(!equal(&r(0, 4, 2), &r(0, 4, 1)));
    }
}
