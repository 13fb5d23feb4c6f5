//! `tuple`: its methods, constructor and indexing.

use super::args::{check_count, instance_of, method_arg, receiver, ret, split_cls, Sig, Style};
use super::list::{bound_arg, items_of};
use super::seq::{self, classify, normalize, resolve_slice, same, Index};
use super::str::slot_args;
use crate::lang::code::BinOp;
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Flow, Iter, NativeFn, NativeResult, Value};
use crate::vm::Interp;
use std::cell::RefCell;
use std::rc::Rc;

/// The methods of `tuple`, installed in its class dict.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("index", index),
    ("count", count),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__eq__", seq::dunder_eq),
    ("__ne__", seq::dunder_ne),
    ("__lt__", seq::dunder_lt),
    ("__le__", seq::dunder_le),
    ("__gt__", seq::dunder_gt),
    ("__ge__", seq::dunder_ge),
];

fn this(interp: &Interp<'_>, args: &Args, method: &str) -> Result<Rc<[Value]>, Value> {
    receiver(interp, args, "tuple", method, |v| match v {
        Value::Tuple(t) => Some(t.clone()),
        _ => None,
    })
}

fn rest(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

fn one_arg(
    interp: &Interp<'_>,
    args: &Args,
    method: &'static str,
    qual: &'static str,
) -> Result<(Rc<[Value]>, Value), Value> {
    let t = this(interp, args, method)?;
    Ok((t, method_arg(interp, args, method, qual)?))
}

fn index(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let t = this(interp, &args, "index")?;
    let slots = Sig::pos("index", "tuple.index", &["value", "start", "stop"], 1, Style::Clinic).parse(
        interp,
        rest(&args),
        &args.kw,
    )?;
    let x = slots[0].clone().unwrap_or(Value::None);
    let start = bound_arg(interp, &slots[1], 0, t.len())?;
    let stop = bound_arg(interp, &slots[2], t.len(), t.len())?.min(t.len());
    for i in start..stop {
        if same(interp, &t[i], &x)? {
            return ret(Value::Int(i as i64));
        }
    }
    Err(interp.error(ExcKind::ValueError, "tuple.index(x): x not in tuple"))
}

fn count(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (t, x) = one_arg(interp, &args, "count", "tuple.count")?;
    let mut n = 0;
    for y in t.iter() {
        if same(interp, y, &x)? {
            n += 1;
        }
    }
    ret(Value::Int(n))
}

/// `t[index]`.
pub fn getitem(interp: &mut Interp<'_>, t: &Rc<[Value]>, index: &Value) -> Result<Value, Value> {
    match classify(interp, index, |ty| {
        format!("tuple indices must be integers or slices, not {ty}")
    })? {
        Index::At(i) => match normalize(i, t.len()) {
            Some(i) => Ok(t[i].clone()),
            None => Err(interp.error(ExcKind::IndexError, "tuple index out of range")),
        },
        Index::Slice(sl) => {
            let r = resolve_slice(interp, &sl, t.len())?;
            if r.step == 1 && r.len == t.len() {
                return Ok(Value::Tuple(t.clone()));
            }
            Ok(Value::tuple(r.positions().map(|p| t[p].clone()).collect()))
        }
    }
}

fn dunder_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let t = this(interp, &args, "__len__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Int(t.len() as i64))
}

fn dunder_getitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (t, index) = one_arg(interp, &args, "__getitem__", "tuple.__getitem__")?;
    getitem(interp, &t, &index).map(Flow::Return)
}

fn dunder_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let t = this(interp, &args, "__contains__")?;
    slot_args(interp, &args, 1)?;
    ret(Value::Bool(seq::items_contain(interp, &t, &args.pos[1])?))
}

fn dunder_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let t = this(interp, &args, "__iter__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Iterator(Rc::new(RefCell::new(Iter::Seq(t, 0)))))
}

fn dunder_add(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let t = this(interp, &args, "__add__")?;
    slot_args(interp, &args, 1)?;
    seq::binary_method(interp, BinOp::Add, Value::Tuple(t), &args.pos[1])
}

fn dunder_mul(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let t = this(interp, &args, "__mul__")?;
    slot_args(interp, &args, 1)?;
    seq::binary_method(interp, BinOp::Mul, Value::Tuple(t), &args.pos[1])
}

/// `tuple(iterable=())`: the type's `__new__` (the class first, see `args::split_cls`).
pub fn new_tuple(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().tuple.clone();
    let (cls, sub) = split_cls(interp, args, &builtin);
    check_count(interp, &sub, "tuple", "tuple", 0, 1)?;
    let value = match sub.pos.first() {
        Some(t @ Value::Tuple(_)) => t.clone(),
        Some(v) => Value::tuple(items_of(interp, v)?),
        None => Value::tuple(Vec::new()),
    };
    ret(instance_of(&cls, &builtin, value))
}
