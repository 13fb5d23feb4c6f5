//! `set` and `frozenset`: their methods, constructors, operators and
//! comparisons (subset order).
//!
//! Members are kept in insertion order (`value::Set`), so results list
//! members in an order of their own: a union lists the left operand's
//! members then the new ones of the right, an intersection or difference
//! keeps the left operand's order. Iterating a set iterates a snapshot of
//! its members (CPython raises "Set changed size during iteration"
//! instead when the set changes meanwhile).

use super::args::{builtin_value, check_count, instance_of, is_subclass_call, method_arg, receiver, ret, split_cls, Sig, Style};
use super::seq::{self, not_supported};
use super::str::slot_args;
use crate::lang::code::{BinOp, CmpOp};
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Iter, Key, NativeFn, NativeResult, Set, Value};
use crate::vm::Interp;
use std::cell::RefCell;
use std::rc::Rc;

/// The methods of `set`, installed in its class dict.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("remove", remove),
    ("discard", discard),
    ("pop", pop),
    ("clear", clear),
    ("update", update),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("copy", copy),
    ("__init__", dunder_init),
    ("__len__", dunder_len),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__or__", dunder_or),
    ("__and__", dunder_and),
    ("__sub__", dunder_sub),
    ("__xor__", dunder_xor),
    ("__ior__", dunder_ior),
    ("__iand__", dunder_iand),
    ("__isub__", dunder_isub),
    ("__ixor__", dunder_ixor),
    ("__eq__", seq::dunder_eq),
    ("__ne__", seq::dunder_ne),
    ("__lt__", seq::dunder_lt),
    ("__le__", seq::dunder_le),
    ("__gt__", seq::dunder_gt),
    ("__ge__", seq::dunder_ge),
];

/// The methods of `frozenset`, installed in its class dict.
pub const FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("copy", copy),
    ("__len__", dunder_len),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__or__", dunder_or),
    ("__and__", dunder_and),
    ("__sub__", dunder_sub),
    ("__xor__", dunder_xor),
    ("__eq__", seq::dunder_eq),
    ("__ne__", seq::dunder_ne),
    ("__lt__", seq::dunder_lt),
    ("__le__", seq::dunder_le),
    ("__gt__", seq::dunder_gt),
    ("__ge__", seq::dunder_ge),
];

/// The members of a set or frozenset, copied; None for other values.
pub fn members(v: &Value) -> Option<Set> {
    match builtin_value(v) {
        Value::Set(s) => Some(s.borrow().clone()),
        Value::FrozenSet(s) => Some((*s).clone()),
        _ => None,
    }
}

/// The members any iterable would give a new set.
pub fn set_of(interp: &mut Interp<'_>, v: &Value) -> Result<Set, Value> {
    if let Some(s) = members(v) {
        return Ok(s);
    }
    if let Value::Dict(d) = builtin_value(v) {
        return Ok(d.borrow().keys().cloned().collect());
    }
    let it = interp.iter(v)?;
    let mut out = Set::default();
    while let Some(x) = interp.next(&it)? {
        out.insert(interp.key(&x)?);
    }
    Ok(out)
}

/// A set or frozenset value of the same kind as `like`.
fn same_kind(like: &Value, s: Set) -> Value {
    match builtin_value(like) {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(s)),
        _ => Value::Set(Rc::new(RefCell::new(s))),
    }
}

/// A new `set` value.
pub fn set_value(s: Set) -> Value {
    Value::Set(Rc::new(RefCell::new(s)))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on the members of two sets.
pub fn combine(op: BinOp, a: &Set, b: &Set) -> Set {
    match op {
        BinOp::Or => {
            let mut out = a.clone();
            out.extend(b.iter().cloned());
            out
        }
        BinOp::And => a.iter().filter(|k| b.contains(*k)).cloned().collect(),
        BinOp::Sub => a.iter().filter(|k| !b.contains(*k)).cloned().collect(),
        _ => {
            let mut out: Set = a.iter().filter(|k| !b.contains(*k)).cloned().collect();
            out.extend(b.iter().filter(|k| !a.contains(*k)).cloned());
            out
        }
    }
}

/// The set operators between two sets (or frozensets): the result has the
/// left operand's kind, as in CPython.
pub fn operator(interp: &mut Interp<'_>, op: BinOp, a: &Value, b: &Value) -> Result<Value, Value> {
    match (members(a), members(b)) {
        (Some(x), Some(y)) => Ok(same_kind(a, combine(op, &x, &y))),
        _ => Err(interp.error(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                seq::bin_symbol(op),
                interp.type_name(a),
                interp.type_name(b)
            ),
        )),
    }
}

/// Whether every member of `a` is in `b`.
pub fn is_subset(a: &Set, b: &Set) -> bool {
    a.len() <= b.len() && a.iter().all(|k| b.contains(k))
}

/// The comparisons between two sets: equality, and subset order for `<`,
/// `<=`, `>`, `>=`.
pub fn compare(interp: &mut Interp<'_>, op: CmpOp, a: &Value, b: &Value) -> Result<Value, Value> {
    let (Some(x), Some(y)) = (members(a), members(b)) else {
        return Err(not_supported(interp, op, a, b));
    };
    Ok(Value::Bool(compare_members(op, &x, &y)))
}

/// `op` between the members of two sets.
pub fn compare_members(op: CmpOp, x: &Set, y: &Set) -> bool {
    match op {
        CmpOp::Eq => x.len() == y.len() && is_subset(x, y),
        CmpOp::Ne => !(x.len() == y.len() && is_subset(x, y)),
        CmpOp::Le => is_subset(x, y),
        CmpOp::Lt => x.len() < y.len() && is_subset(x, y),
        CmpOp::Ge => is_subset(y, x),
        CmpOp::Gt => y.len() < x.len() && is_subset(y, x),
        _ => false,
    }
}

/// A set method's receiver: the value (for its kind) and its members.
fn this(interp: &Interp<'_>, args: &Args, method: &str) -> Result<(Value, Set), Value> {
    receiver(interp, args, "set", method, |v| members(v).map(|m| (v.clone(), m)))
}

/// A mutating method's receiver: the set's storage.
fn this_mut(interp: &Interp<'_>, args: &Args, method: &str) -> Result<Rc<RefCell<Set>>, Value> {
    receiver(interp, args, "set", method, |v| match v {
        Value::Set(s) => Some(s.clone()),
        _ => None,
    })
}

fn rest(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

fn one_arg(interp: &Interp<'_>, args: &Args, method: &'static str, qual: &'static str) -> Result<Value, Value> {
    method_arg(interp, args, method, qual)
}

fn no_kw(interp: &Interp<'_>, args: &Args, qual: &str) -> Result<(), Value> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(super::args::no_keywords(interp, qual))
    }
}

fn add(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this_mut(interp, &args, "add")?;
    let x = one_arg(interp, &args, "add", "set.add")?;
    let k = interp.key(&x)?;
    s.borrow_mut().insert(k);
    ret(Value::None)
}

fn remove(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this_mut(interp, &args, "remove")?;
    let x = one_arg(interp, &args, "remove", "set.remove")?;
    let k = interp.key(&x)?;
    let removed = s.borrow_mut().shift_remove(&k);
    if !removed {
        return Err(super::dict::key_error(interp, x));
    }
    ret(Value::None)
}

fn discard(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this_mut(interp, &args, "discard")?;
    let x = one_arg(interp, &args, "discard", "set.discard")?;
    let k = interp.key(&x)?;
    s.borrow_mut().shift_remove(&k);
    ret(Value::None)
}

/// `set.pop()`: removes and returns the first member in iteration order.
fn pop(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this_mut(interp, &args, "pop")?;
    Sig::pos("pop", "set.pop", &[], 0, Style::NoArgs).parse(interp, rest(&args), &args.kw)?;
    let first = s.borrow_mut().shift_remove_index(0);
    match first {
        Some(Key(v)) => ret(v),
        None => Err(interp.error(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this_mut(interp, &args, "clear")?;
    Sig::pos("clear", "set.clear", &[], 0, Style::NoArgs).parse(interp, rest(&args), &args.kw)?;
    let old = std::mem::take(&mut *s.borrow_mut());
    drop(old);
    ret(Value::None)
}

/// The in-place forms: `update` (`|=`) and its three siblings, each with
/// any number of iterables.
fn update_with(interp: &mut Interp<'_>, args: &Args, method: &str, qual: &str, op: BinOp) -> Result<(), Value> {
    let s = this_mut(interp, args, method)?;
    no_kw(interp, args, qual)?;
    for other in rest(args) {
        let o = set_of(interp, other)?;
        let current = s.borrow().clone();
        *s.borrow_mut() = combine(op, &current, &o);
    }
    Ok(())
}

fn update(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    update_with(interp, &args, "update", "set.update", BinOp::Or)?;
    ret(Value::None)
}

fn intersection_update(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    update_with(
        interp,
        &args,
        "intersection_update",
        "set.intersection_update",
        BinOp::And,
    )?;
    ret(Value::None)
}

fn difference_update(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    update_with(interp, &args, "difference_update", "set.difference_update", BinOp::Sub)?;
    ret(Value::None)
}

fn symmetric_difference_update(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this_mut(interp, &args, "symmetric_difference_update")?;
    let other = one_arg(
        interp,
        &args,
        "symmetric_difference_update",
        "set.symmetric_difference_update",
    )?;
    let o = set_of(interp, &other)?;
    let current = s.borrow().clone();
    *s.borrow_mut() = combine(BinOp::Xor, &current, &o);
    ret(Value::None)
}

/// `union`, `intersection`, `difference` with any number of iterables:
/// a new set of the receiver's kind.
fn combine_with(interp: &mut Interp<'_>, args: &Args, method: &str, qual: &str, op: BinOp) -> NativeResult {
    let (like, mut acc) = this(interp, args, method)?;
    no_kw(interp, args, qual)?;
    for other in rest(args) {
        let o = set_of(interp, other)?;
        acc = combine(op, &acc, &o);
    }
    ret(same_kind(&like, acc))
}

fn union(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    combine_with(interp, &args, "union", "set.union", BinOp::Or)
}

fn intersection(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    combine_with(interp, &args, "intersection", "set.intersection", BinOp::And)
}

fn difference(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    combine_with(interp, &args, "difference", "set.difference", BinOp::Sub)
}

fn symmetric_difference(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (like, s) = this(interp, &args, "symmetric_difference")?;
    let other = one_arg(interp, &args, "symmetric_difference", "set.symmetric_difference")?;
    let o = set_of(interp, &other)?;
    ret(same_kind(&like, combine(BinOp::Xor, &s, &o)))
}

fn relation(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    f: fn(&Set, &Set) -> bool,
) -> NativeResult {
    let (_, s) = this(interp, &args, method)?;
    let other = one_arg(interp, &args, method, qual)?;
    let o = set_of(interp, &other)?;
    ret(Value::Bool(f(&s, &o)))
}

fn issubset(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    relation(interp, args, "issubset", "set.issubset", is_subset)
}

fn issuperset(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    relation(interp, args, "issuperset", "set.issuperset", |a, b| is_subset(b, a))
}

fn isdisjoint(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    relation(interp, args, "isdisjoint", "set.isdisjoint", |a, b| {
        !a.iter().any(|k| b.contains(k))
    })
}

fn copy(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (like, s) = this(interp, &args, "copy")?;
    Sig::pos("copy", "set.copy", &[], 0, Style::NoArgs).parse(interp, rest(&args), &args.kw)?;
    if let Value::FrozenSet(_) = like {
        return ret(like);
    }
    ret(same_kind(&like, s))
}

fn dunder_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (_, s) = this(interp, &args, "__len__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Int(s.len() as i64))
}

fn dunder_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (_, s) = this(interp, &args, "__contains__")?;
    slot_args(interp, &args, 1)?;
    let k = interp.key(&args.pos[1])?;
    ret(Value::Bool(s.contains(&k)))
}

/// An iterator over a snapshot of the members.
pub fn iter_members(s: &Set) -> Value {
    let items: Rc<[Value]> = s.iter().map(|k| k.0.clone()).collect();
    Value::Iterator(Rc::new(RefCell::new(Iter::Seq(items, 0))))
}

fn dunder_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (_, s) = this(interp, &args, "__iter__")?;
    slot_args(interp, &args, 0)?;
    ret(iter_members(&s))
}

fn binary(interp: &mut Interp<'_>, args: Args, method: &str, op: BinOp) -> NativeResult {
    let (like, _) = this(interp, &args, method)?;
    slot_args(interp, &args, 1)?;
    seq::binary_method(interp, op, like, &args.pos[1])
}

fn dunder_or(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    binary(interp, args, "__or__", BinOp::Or)
}

fn dunder_and(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    binary(interp, args, "__and__", BinOp::And)
}

fn dunder_sub(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    binary(interp, args, "__sub__", BinOp::Sub)
}

fn dunder_xor(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    binary(interp, args, "__xor__", BinOp::Xor)
}

/// `s |= t` and its siblings: `t` must be a set too; updates in place and
/// returns the set itself.
fn inplace(interp: &mut Interp<'_>, args: Args, method: &str, op: BinOp) -> NativeResult {
    let s = this_mut(interp, &args, method)?;
    slot_args(interp, &args, 1)?;
    let Some(o) = members(&args.pos[1]) else {
        return Err(interp.error(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for {}=: 'set' and '{}'",
                seq::bin_symbol(op),
                interp.type_name(&args.pos[1])
            ),
        ));
    };
    let current = s.borrow().clone();
    *s.borrow_mut() = combine(op, &current, &o);
    ret(args.pos[0].clone())
}

fn dunder_ior(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    inplace(interp, args, "__ior__", BinOp::Or)
}

fn dunder_iand(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    inplace(interp, args, "__iand__", BinOp::And)
}

fn dunder_isub(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    inplace(interp, args, "__isub__", BinOp::Sub)
}

fn dunder_ixor(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    inplace(interp, args, "__ixor__", BinOp::Xor)
}

/// `set.__init__(self, iterable=())`: refills an instance of a subclass.
fn dunder_init(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this_mut(interp, &args, "__init__")?;
    let sub = Args {
        pos: rest(&args).to_vec(),
        kw: args.kw.clone(),
    };
    check_count(interp, &sub, "set", "set", 0, 1)?;
    let members = match sub.pos.first() {
        Some(v) => set_of(interp, v)?,
        None => Set::default(),
    };
    *s.borrow_mut() = members;
    ret(Value::None)
}

/// `set(iterable=())`: the type's `__new__` (the class first, see `args::split_cls`).
/// For a subclass the set starts empty and `__init__` fills it.
pub fn new_set(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().set.clone();
    let (cls, sub) = split_cls(interp, args, &builtin);
    if is_subclass_call(&cls, &builtin) {
        return ret(instance_of(&cls, &builtin, set_value(Set::default())));
    }
    check_count(interp, &sub, "set", "set", 0, 1)?;
    let members = match sub.pos.first() {
        Some(v) => set_of(interp, v)?,
        None => Set::default(),
    };
    ret(set_value(members))
}

/// `frozenset(iterable=())`: the type's `__new__` (the class first, see `args::split_cls`).
pub fn new_frozenset(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().frozenset.clone();
    let (cls, sub) = split_cls(interp, args, &builtin);
    check_count(interp, &sub, "frozenset", "frozenset", 0, 1)?;
    let value = match sub.pos.first() {
        Some(f @ Value::FrozenSet(_)) if !is_subclass_call(&cls, &builtin) => f.clone(),
        Some(v) => Value::FrozenSet(Rc::new(set_of(interp, v)?)),
        None => Value::FrozenSet(Rc::new(Set::default())),
    };
    ret(instance_of(&cls, &builtin, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(xs: &[i64]) -> Set {
        xs.iter().map(|x| Key(Value::Int(*x))).collect()
    }

    fn ints(s: &Set) -> Vec<i64> {
        s.iter()
            .map(|k| match k.0 {
                Value::Int(i) => i,
                _ => panic!("not an int"),
            })
            .collect()
    }

    #[test]
    fn operators_keep_left_order() {
        let (a, b) = (set(&[3, 1, 2]), set(&[2, 5]));
        assert_eq!(ints(&combine(BinOp::Or, &a, &b)), vec![3, 1, 2, 5]);
        assert_eq!(ints(&combine(BinOp::And, &a, &b)), vec![2]);
        assert_eq!(ints(&combine(BinOp::Sub, &a, &b)), vec![3, 1]);
        assert_eq!(ints(&combine(BinOp::Xor, &a, &b)), vec![3, 1, 5]);
    }

    #[test]
    fn subset_order() {
        let (a, b) = (set(&[1]), set(&[1, 2]));
        assert!(compare_members(CmpOp::Lt, &a, &b) && compare_members(CmpOp::Le, &a, &b));
        assert!(!compare_members(CmpOp::Lt, &b, &b) && compare_members(CmpOp::Le, &b, &b));
        assert!(compare_members(CmpOp::Gt, &b, &a) && !compare_members(CmpOp::Eq, &a, &b));
        assert!(!compare_members(CmpOp::Lt, &set(&[1]), &set(&[2])));
    }
}
