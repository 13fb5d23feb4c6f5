//! The sequence and container protocol the VM calls for subscripts, `in`,
//! the operators of built-in containers and their comparisons. Each function
//! answers `None` for values it does not handle (instances of classes, most
//! often), so the VM falls back to the special methods.

use super::args::{builtin_value, int_arg, ret};
use super::{bytes, dict, list, range, set, str as pystr, tuple};
use crate::lang::code::{BinOp, CmpOp};
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, DictView, Flow, NativeResult, Payload, Value};
use crate::vm::Interp;
use std::fmt;

/// A slice resolved against a sequence's length: CPython's
/// `PySlice_Unpack` followed by `PySlice_AdjustIndices`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    /// First position (may be -1 or `len` when nothing is selected).
    pub start: i64,
    /// Bound, exclusive.
    pub stop: i64,
    /// Step, never 0.
    pub step: i64,
    /// How many positions it selects.
    pub len: usize,
}

impl SliceIndices {
    /// The selected positions, in slice order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len as i64).map(move |k| (self.start + k * self.step) as usize)
    }
}

/// The one way resolving a slice can fail once its bounds are integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZeroStep;

impl fmt::Display for ZeroStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("slice step cannot be zero")
    }
}

/// Resolves `start:stop:step` (None where omitted) against `len`, exactly as
/// CPython does (`Objects/sliceobject.c`: `PySlice_Unpack`, then
/// `PySlice_AdjustIndices`).
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<SliceIndices, ZeroStep> {
    let step = match step {
        None => 1,
        Some(0) => return Err(ZeroStep),
        // -i64::MAX, so that reversing the step never overflows.
        Some(s) => s.max(-i64::MAX),
    };
    let start = start.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = stop.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    let n = len as i64;
    let adjust = |i: i64| {
        if i < 0 {
            let i = i + n;
            if i < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                i
            }
        } else if i >= n {
            if step < 0 {
                n - 1
            } else {
                n
            }
        } else {
            i
        }
    };
    let (start, stop) = (adjust(start), adjust(stop));
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        len: count as usize,
    })
}

/// One bound of a slice as an integer: None stays None, big ints clamp
/// (CPython's `_PyEval_SliceIndex`).
fn slice_bound(interp: &mut Interp<'_>, v: &Value) -> Result<Option<i64>, Value> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        Value::Object(_) if super::args::class_has(interp, v, "__index__") => interp.index(v).map(Some),
        _ => Err(interp.error(
            ExcKind::TypeError,
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// Resolves a `slice` object against a length, raising as CPython does.
pub fn resolve_slice(interp: &mut Interp<'_>, slice: &[Value; 3], len: usize) -> Result<SliceIndices, Value> {
    let start = slice_bound(interp, &slice[0])?;
    let stop = slice_bound(interp, &slice[1])?;
    let step = slice_bound(interp, &slice[2])?;
    slice_indices(len, start, stop, step).map_err(|e| interp.error(ExcKind::ValueError, e.to_string()))
}

/// A subscript of a sequence: a position (not yet checked against the
/// length) or a slice.
pub enum Index {
    /// `seq[i]`
    At(i64),
    /// `seq[a:b:c]`
    Slice(std::rc::Rc<[Value; 3]>),
}

/// Sorts a subscript into position or slice; `wrong_type` words the error
/// for any other type ("list indices must be integers or slices, not str").
pub fn classify(
    interp: &mut Interp<'_>,
    index: &Value,
    wrong_type: impl FnOnce(&str) -> String,
) -> Result<Index, Value> {
    match index {
        Value::Int(i) => Ok(Index::At(*i)),
        Value::Bool(b) => Ok(Index::At(*b as i64)),
        Value::Slice(s) => Ok(Index::Slice(s.clone())),
        Value::BigInt(_) => Err(interp.error(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer")),
        Value::Object(_) if super::args::class_has(interp, index, "__index__") => interp.index(index).map(Index::At),
        _ => {
            let name = interp.type_name(index);
            Err(interp.error(ExcKind::TypeError, wrong_type(&name)))
        }
    }
}

/// A position counted from the end when negative, if it is inside `len`.
pub fn normalize(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// What an operand stands for in an operation whose special method is
/// `dunder`: an instance of a subclass of a built-in type (`class
/// Stack(list)`) stands for its built-in value, unless its class defines
/// `dunder` in Python (then None: the VM calls that method). Dict views
/// and other instances are None; anything else stands for itself.
fn stand_in(interp: &Interp<'_>, v: &Value, dunder: &str) -> Option<Value> {
    let Value::Object(o) = v else { return Some(v.clone()) };
    if dict::as_view(v).is_some() {
        return None;
    }
    let inner = match &*o.payload.borrow() {
        Payload::Value(inner) => inner.clone(),
        _ => return None,
    };
    match interp.lookup_class_attr(&o.class, dunder) {
        Some(Value::Function(_)) => None,
        Some(Value::Native(_)) if interp.native_method(o, dunder).is_some() => None,
        _ => Some(inner),
    }
}

/// Like `stand_in`, but instances without a built-in value stand for
/// themselves (operators may still use their `__index__`).
fn operand(interp: &Interp<'_>, v: &Value, dunder: &str) -> Option<Value> {
    match v {
        Value::Object(o) if matches!(&*o.payload.borrow(), Payload::Value(_)) => stand_in(interp, v, dunder),
        _ => Some(v.clone()),
    }
}

/// The special method names of a binary operator, plain and reflected.
fn binary_dunders(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Or => ("__or__", "__ror__"),
        BinOp::And => ("__and__", "__rand__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Xor => ("__xor__", "__rxor__"),
        _ => ("", ""),
    }
}

/// The special method names of a comparison, plain and reflected.
fn compare_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        _ => ("__eq__", "__eq__"),
    }
}

/// `container[index]` for str, bytes, list, tuple, range and dict (and
/// instances of their subclasses).
pub fn subscript(interp: &mut Interp<'_>, container: &Value, index: &Value) -> Option<Result<Value, Value>> {
    if let Value::Object(_) = container {
        let inner = stand_in(interp, container, "__getitem__")?;
        return match &inner {
            // A subclass may supply missing keys.
            Value::Dict(d) => Some(dict::getitem(interp, container, d, index)),
            Value::Object(_) => None,
            _ => subscript(interp, &inner, index),
        };
    }
    Some(match container {
        Value::Str(s) => pystr::getitem(interp, s, index),
        Value::Bytes(b) => bytes::getitem(interp, b, index),
        Value::List(l) => list::getitem(interp, l, index),
        Value::Tuple(t) => tuple::getitem(interp, t, index),
        Value::Range(r) => range::getitem(interp, r, index),
        Value::Dict(d) => dict::getitem(interp, container, d, index),
        _ => return None,
    })
}

/// `container[index] = value` for list and dict; the immutable built-in
/// sequences raise "'tuple' object does not support item assignment".
pub fn store_subscript(
    interp: &mut Interp<'_>,
    container: &Value,
    index: &Value,
    value: Value,
) -> Option<Result<(), Value>> {
    if let Value::Object(_) = container {
        let inner = stand_in(interp, container, "__setitem__")?;
        return store_subscript(interp, &inner, index, value);
    }
    Some(match container {
        Value::List(l) => list::setitem(interp, l, index, value),
        Value::Dict(d) => dict::setitem(interp, d, index, value),
        Value::Str(_) | Value::Bytes(_) | Value::Tuple(_) | Value::Range(_) => Err(interp.error(
            ExcKind::TypeError,
            format!("'{}' object does not support item assignment", container.kind_name()),
        )),
        _ => return None,
    })
}

/// `del container[index]` for list and dict; the immutable built-in
/// sequences raise "'tuple' object doesn't support item deletion".
pub fn delete_subscript(interp: &mut Interp<'_>, container: &Value, index: &Value) -> Option<Result<(), Value>> {
    if let Value::Object(_) = container {
        let inner = stand_in(interp, container, "__delitem__")?;
        return delete_subscript(interp, &inner, index);
    }
    Some(match container {
        Value::List(l) => list::delitem(interp, l, index),
        Value::Dict(d) => dict::delitem(interp, d, index),
        Value::Str(_) | Value::Bytes(_) | Value::Tuple(_) | Value::Range(_) => Err(interp.error(
            ExcKind::TypeError,
            format!("'{}' object doesn't support item deletion", container.kind_name()),
        )),
        _ => return None,
    })
}

/// `item in container` for the built-in containers.
pub fn contains(interp: &mut Interp<'_>, container: &Value, item: &Value) -> Option<Result<bool, Value>> {
    Some(match container {
        Value::Str(s) => pystr::contains(interp, s, item),
        Value::Bytes(b) => bytes::contains(interp, b, item),
        Value::List(l) => list::contains(interp, l, item),
        Value::Tuple(t) => items_contain(interp, t, item),
        Value::Range(r) => range::contains(interp, r, item),
        Value::Dict(d) => interp.key(item).map(|k| d.borrow().contains_key(&k)),
        Value::Set(s) => interp.key(item).map(|k| s.borrow().contains(&k)),
        Value::FrozenSet(s) => interp.key(item).map(|k| s.contains(&k)),
        Value::Object(_) => match dict::as_view(container) {
            Some((d, kind)) => dict::view_contains(interp, &d, kind, item),
            None => {
                let inner = stand_in(interp, container, "__contains__")?;
                return match inner {
                    Value::Object(_) => None,
                    _ => contains(interp, &inner, item),
                };
            }
        },
        _ => return None,
    })
}

/// Whether `item` is among `items`: identity first, then `==`, as
/// `PyObject_RichCompareBool` does.
pub fn items_contain(interp: &mut Interp<'_>, items: &[Value], item: &Value) -> Result<bool, Value> {
    for x in items {
        if x.is(item) || interp.eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether two items are equal: identity first, then `==`.
pub fn same(interp: &mut Interp<'_>, a: &Value, b: &Value) -> Result<bool, Value> {
    Ok(a.is(b) || interp.eq(a, b)?)
}

/// The binary operators of built-in containers: `+` and `*` on str, list,
/// tuple and bytes, `%` on str, and `|`, `&`, `-`, `^` on sets (and `|` on
/// dicts). None when the operands are not for us; the VM then tries the
/// special methods and raises "unsupported operand type(s)".
pub fn seq_binary(interp: &mut Interp<'_>, op: BinOp, a: &Value, b: &Value) -> Option<Result<Value, Value>> {
    if matches!(a, Value::Object(_)) || matches!(b, Value::Object(_)) {
        if is_set_view(a) || is_set_view(b) {
            return match op {
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => Some(view_operator(interp, op, a, b)),
                _ => None,
            };
        }
        let (name, reflected) = binary_dunders(op);
        let (x, y) = (operand(interp, a, name)?, operand(interp, b, reflected)?);
        if !(x.is(a) && y.is(b)) {
            return seq_binary(interp, op, &x, &y);
        }
    }
    match op {
        BinOp::Add => concat(interp, a, b),
        BinOp::Mul => match (a, b) {
            (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _) => repeat(interp, a, b),
            (_, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_))
                if !matches!(a, Value::Object(_)) =>
            {
                repeat(interp, b, a)
            }
            _ => None,
        },
        BinOp::Mod => match a {
            Value::Str(s) => Some(pystr::percent(interp, s, b)),
            _ => None,
        },
        BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => match (a, b) {
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                Some(set::operator(interp, op, a, b))
            }
            (Value::Dict(x), Value::Dict(y)) if op == BinOp::Or => Some(Ok(dict::union(x, y))),
            _ => None,
        },
        _ => None,
    }
}

/// The in-place operators of the mutable built-in containers, which
/// change the left operand and return it (so every alias sees the
/// change): `list += iterable`, `list *= n`, `set |= set` (and `&=`, `-=`,
/// `^=`), `dict |= mapping`. None for anything else: the VM then falls
/// back to the plain operator, as CPython does for immutable types.
pub fn seq_inplace(interp: &mut Interp<'_>, op: BinOp, a: &Value, b: &Value) -> Option<Result<Value, Value>> {
    let result = a;
    let a = &match a {
        Value::Object(_) => {
            let name = match op {
                BinOp::Add => "__iadd__",
                BinOp::Mul => "__imul__",
                BinOp::Or => "__ior__",
                BinOp::And => "__iand__",
                BinOp::Sub => "__isub__",
                BinOp::Xor => "__ixor__",
                _ => return None,
            };
            stand_in(interp, a, name)?
        }
        _ => a.clone(),
    };
    let done = |r: Result<(), Value>| Some(r.map(|_| result.clone()));
    match (a, op) {
        (Value::List(l), BinOp::Add) => done(list::items_of(interp, b).map(|items| l.borrow_mut().extend(items))),
        (Value::List(l), BinOp::Mul) => match repeat(interp, a, b)? {
            Ok(Value::List(r)) => {
                let items = std::mem::take(&mut *r.borrow_mut());
                let old = std::mem::replace(&mut *l.borrow_mut(), items);
                drop(old);
                Some(Ok(result.clone()))
            }
            other => Some(other),
        },
        (Value::Set(s), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            let theirs = set::members(b)?;
            let mine = s.borrow().clone();
            *s.borrow_mut() = set::combine(op, &mine, &theirs);
            Some(Ok(result.clone()))
        }
        (Value::Dict(d), BinOp::Or) => {
            let entries = match dict::entries_of(interp, b) {
                Ok(e) => e,
                Err(e) => return Some(Err(e)),
            };
            d.borrow_mut().extend(entries);
            Some(Ok(result.clone()))
        }
        _ => None,
    }
}

/// Whether `v` is a keys or items view, which take part in set operators.
fn is_set_view(v: &Value) -> bool {
    matches!(dict::as_view(v), Some((_, DictView::Keys | DictView::Items)))
}

/// A set operator with a keys or items view on either side: a new set
/// (the other operand may be any iterable, as in CPython's `dictviews_or`).
fn view_operator(interp: &mut Interp<'_>, op: BinOp, a: &Value, b: &Value) -> Result<Value, Value> {
    let x = dict::other_members(interp, a)?;
    let y = dict::other_members(interp, b)?;
    Ok(set::set_value(set::combine(op, &x, &y)))
}

fn concat(interp: &mut Interp<'_>, a: &Value, b: &Value) -> Option<Result<Value, Value>> {
    let kind = a.kind_name();
    Some(match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Value::str(&s))
        }
        (Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        (Value::Tuple(x), Value::Tuple(y)) => Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect())),
        (Value::Bytes(x), Value::Bytes(y)) => Ok(Value::Bytes(x.iter().chain(y.iter()).copied().collect())),
        (Value::Bytes(_), _) => {
            let name = interp.type_name(b);
            Err(interp.error(ExcKind::TypeError, format!("can't concat {name} to bytes")))
        }
        (Value::Str(_) | Value::List(_) | Value::Tuple(_), Value::Object(_)) => return None,
        (Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => {
            let name = interp.type_name(b);
            Err(interp.error(
                ExcKind::TypeError,
                format!("can only concatenate {kind} (not \"{name}\") to {kind}"),
            ))
        }
        _ => return None,
    })
}

/// Most bytes a repeated str or bytes may take: far above what the course
/// needs, low enough that a typo cannot exhaust the page's memory (a wasm
/// module has at most 1 GiB); beyond it, MemoryError as CPython raises when
/// memory runs out.
pub const MAX_REPEAT_BYTES: u64 = 1 << 28;

/// Most items a repeated list or tuple may hold (16 bytes each).
pub const MAX_REPEAT_ITEMS: u64 = 1 << 24;

fn repeat(interp: &mut Interp<'_>, seq: &Value, count: &Value) -> Option<Result<Value, Value>> {
    let n = match count {
        Value::Int(_) | Value::Bool(_) => int_arg(interp, count),
        Value::BigInt(_) => Err(interp.error(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")),
        Value::Object(_) if super::args::class_has(interp, count, "__index__") => interp.index(count),
        Value::Object(_) => return None,
        _ => {
            let name = interp.type_name(count);
            Err(interp.error(
                ExcKind::TypeError,
                format!("can't multiply sequence by non-int of type '{name}'"),
            ))
        }
    };
    let n = match n {
        Ok(n) => n.max(0) as u64,
        Err(e) => return Some(Err(e)),
    };
    let (len, limit) = match seq {
        Value::Str(s) => (s.len(), MAX_REPEAT_BYTES),
        Value::List(l) => (l.borrow().len(), MAX_REPEAT_ITEMS),
        Value::Tuple(t) => (t.len(), MAX_REPEAT_ITEMS),
        Value::Bytes(b) => (b.len(), MAX_REPEAT_BYTES),
        _ => return None,
    };
    // Counted in u64: on wasm32 a usize would wrap (2**40 copies of "a").
    if (len as u64).saturating_mul(n) > limit {
        return Some(Err(interp.new_exception(ExcKind::MemoryError, vec![])));
    }
    let n = n as usize;
    Some(Ok(match seq {
        Value::Str(s) => Value::str(&s.repeat(n)),
        Value::List(l) => Value::list(repeat_items(&l.borrow(), n)),
        Value::Tuple(t) => Value::tuple(repeat_items(&t, n)),
        Value::Bytes(b) => Value::Bytes(b.repeat(n).into()),
        _ => return None,
    }))
}

/// The comparison operators on built-in containers: lexicographic for str,
/// bytes, tuple and list, subset order for sets, equality for dicts and
/// ranges. None when the operands are not two of a kind we handle.
pub fn seq_compare(interp: &mut Interp<'_>, op: CmpOp, a: &Value, b: &Value) -> Option<Result<Value, Value>> {
    if (matches!(a, Value::Object(_)) || matches!(b, Value::Object(_))) && !is_set_view(a) && !is_set_view(b) {
        let (name, reflected) = compare_dunders(op);
        let (x, y) = (operand(interp, a, name)?, operand(interp, b, reflected)?);
        if !(x.is(a) && y.is(b)) {
            return seq_compare(interp, op, &x, &y);
        }
    }
    let ordering = |o: std::cmp::Ordering| Ok(Value::Bool(op_holds(op, o)));
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(ordering((**x).cmp(&**y))),
        (Value::Bytes(x), Value::Bytes(y)) => Some(ordering((**x).cmp(&**y))),
        (Value::Tuple(x), Value::Tuple(y)) => {
            let (x, y) = (x.clone(), y.clone());
            Some(lexicographic(
                interp,
                op,
                |i| x.get(i).cloned(),
                |i| y.get(i).cloned(),
                || (x.len(), y.len()),
            ))
        }
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.clone(), y.clone());
            let (x2, y2) = (x.clone(), y.clone());
            Some(lexicographic(
                interp,
                op,
                |i| x.borrow().get(i).cloned(),
                |i| y.borrow().get(i).cloned(),
                || (x2.borrow().len(), y2.borrow().len()),
            ))
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            Some(set::compare(interp, op, a, b))
        }
        (Value::Dict(x), Value::Dict(y)) => Some(match op {
            CmpOp::Eq => dict::equal(interp, x, y).map(Value::Bool),
            CmpOp::Ne => dict::equal(interp, x, y).map(|e| Value::Bool(!e)),
            _ => Err(not_supported(interp, op, a, b)),
        }),
        _ if is_set_view(a) || is_set_view(b) => {
            let other_is_set = |v: &Value| matches!(v, Value::Set(_) | Value::FrozenSet(_)) || is_set_view(v);
            if !(other_is_set(a) && other_is_set(b)) {
                return None;
            }
            Some((|| {
                let x = dict::other_members(interp, a)?;
                let y = dict::other_members(interp, b)?;
                Ok(Value::Bool(set::compare_members(op, &x, &y)))
            })())
        }
        (Value::Range(x), Value::Range(y)) => match op {
            CmpOp::Eq => Some(Ok(Value::Bool(range::equal(x, y)))),
            CmpOp::Ne => Some(Ok(Value::Bool(!range::equal(x, y)))),
            _ => Some(Err(not_supported(interp, op, a, b))),
        },
        _ => None,
    }
}

/// Whether `op` holds between two values ordered as `o`.
pub fn op_holds(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
        _ => false,
    }
}

/// The operator as Python spells it, for messages.
pub fn op_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
    }
}

/// "'<' not supported between instances of 'dict' and 'dict'".
pub fn not_supported(interp: &Interp<'_>, op: CmpOp, a: &Value, b: &Value) -> Value {
    interp.error(
        ExcKind::TypeError,
        format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op_symbol(op),
            interp.type_name(a),
            interp.type_name(b)
        ),
    )
}

/// CPython's `list_richcompare`/`tuplerichcompare`: find the first position
/// where the items differ (lengths are re-read at each step: `__eq__` may
/// mutate a list), then compare the lengths or those two items with `op`.
fn lexicographic(
    interp: &mut Interp<'_>,
    op: CmpOp,
    x: impl Fn(usize) -> Option<Value>,
    y: impl Fn(usize) -> Option<Value>,
    lens: impl Fn() -> (usize, usize),
) -> Result<Value, Value> {
    let (xl, yl) = lens();
    if xl != yl && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (Some(p), Some(q)) = (x(i), y(i)) else { break };
        if !same(interp, &p, &q)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => compare_bool(interp, op, &p, &q).map(Value::Bool),
            };
        }
        i += 1;
    }
    let (xl, yl) = lens();
    Ok(Value::Bool(op_holds(op, xl.cmp(&yl))))
}

/// `a op b` as a bool, with the answer computed here for ints and floats
/// (`max`'s `>`, sequence comparison).
pub fn compare_bool(interp: &mut Interp<'_>, op: CmpOp, a: &Value, b: &Value) -> Result<bool, Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(op_holds(op, x.cmp(y))),
        (Value::Float(x), Value::Float(y)) if !matches!(op, CmpOp::Ne) => {
            Ok(x.partial_cmp(y).is_some_and(|o| op_holds(op, o)))
        }
        _ => {
            let r = interp.rich_compare(op, a, b)?;
            interp.truthy(&r)
        }
    }
}

/// A binary special method of a built-in container (`list.__add__`):
/// `seq_binary` on the receiver's value and the argument's, or CPython's
/// "unsupported operand type(s)" when they do not combine.
pub fn binary_method(interp: &mut Interp<'_>, op: BinOp, this: Value, other: &Value) -> NativeResult {
    let b = builtin_value(other);
    match seq_binary(interp, op, &this, &b) {
        Some(r) => r.map(Flow::Return),
        None => Err(interp.error(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                bin_symbol(op),
                interp.type_name(&this),
                interp.type_name(other)
            ),
        )),
    }
}

/// The operator as Python spells it, for messages.
pub fn bin_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::MatMul => "@",
    }
}

/// The rich comparison special methods of the built-in containers
/// (`list.__eq__`...), so instances of their subclasses compare as their
/// values do. Mismatched types are unequal and unordered.
fn dunder_compare(interp: &mut Interp<'_>, args: Args, op: CmpOp) -> NativeResult {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        let given = args.pos.len().saturating_sub(1);
        return Err(interp.error(ExcKind::TypeError, format!("expected 1 argument, got {given}")));
    }
    let (a, b) = (builtin_value(&args.pos[0]), builtin_value(&args.pos[1]));
    match seq_compare(interp, op, &a, &b) {
        Some(r) => r.map(Flow::Return),
        None => match op {
            CmpOp::Eq => ret(Value::Bool(a.is(&b))),
            CmpOp::Ne => ret(Value::Bool(!a.is(&b))),
            _ => Err(not_supported(interp, op, &args.pos[0], &args.pos[1])),
        },
    }
}

/// `__eq__` of the built-in containers.
pub fn dunder_eq(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    dunder_compare(interp, args, CmpOp::Eq)
}

/// `__ne__` of the built-in containers.
pub fn dunder_ne(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    dunder_compare(interp, args, CmpOp::Ne)
}

/// `__lt__` of the built-in containers.
pub fn dunder_lt(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    dunder_compare(interp, args, CmpOp::Lt)
}

/// `__le__` of the built-in containers.
pub fn dunder_le(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    dunder_compare(interp, args, CmpOp::Le)
}

/// `__gt__` of the built-in containers.
pub fn dunder_gt(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    dunder_compare(interp, args, CmpOp::Gt)
}

/// `__ge__` of the built-in containers.
pub fn dunder_ge(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    dunder_compare(interp, args, CmpOp::Ge)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sl(len: usize, a: Option<i64>, b: Option<i64>, c: Option<i64>) -> (i64, i64, i64, usize) {
        let s = slice_indices(len, a, b, c).unwrap();
        (s.start, s.stop, s.step, s.len)
    }

    #[test]
    fn slices_resolve_as_in_cpython() {
        // slice(a, b, c).indices(len) and len(range(len)[a:b:c]) in CPython 3.11.
        assert_eq!(sl(5, None, None, None), (0, 5, 1, 5));
        assert_eq!(sl(5, None, None, Some(-1)), (4, -1, -1, 5));
        assert_eq!(sl(5, Some(-2), None, None), (3, 5, 1, 2));
        assert_eq!(sl(5, Some(-10), Some(10), Some(2)), (0, 5, 2, 3));
        assert_eq!(sl(5, Some(10), Some(-10), Some(-2)), (4, -1, -2, 3));
        assert_eq!(sl(5, Some(3), Some(1), None), (3, 1, 1, 0));
        assert_eq!(sl(0, None, None, Some(-1)), (-1, -1, -1, 0));
        assert_eq!(
            sl(5, Some(i64::MIN), Some(i64::MAX), Some(i64::MIN)),
            (-1, 4, -i64::MAX, 0)
        );
        assert_eq!(sl(5, Some(1), Some(8), Some(3)), (1, 5, 3, 2));
        assert_eq!(slice_indices(3, None, None, Some(0)), Err(ZeroStep));
    }

    #[test]
    fn positions_follow_the_step() {
        let s = slice_indices(10, Some(8), Some(1), Some(-3)).unwrap();
        assert_eq!(s.positions().collect::<Vec<_>>(), vec![8, 5, 2]);
    }

    #[test]
    fn negative_positions_count_from_the_end() {
        assert_eq!(normalize(-1, 3), Some(2));
        assert_eq!(normalize(-4, 3), None);
        assert_eq!(normalize(3, 3), None);
        assert_eq!(normalize(0, 0), None);
    }
}

/// `items * n` for values that are not `Copy`.
fn repeat_items(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}
