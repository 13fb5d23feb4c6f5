//! `bytearray`: mutable bytes. An instance keeps its bytes as the value of a
//! built-in payload (`Payload::Value(Value::Bytes)`), so every function that
//! takes a bytes-like argument takes it; a change stores new bytes. The
//! read-only methods are those of `bytes`, with bytes results made bytearrays
//! as CPython's are; slice assignment and deletion follow `list`'s.

use super::args::{builtin_value, int_arg, ret, Sig, Style};
use super::bytes;
use super::list;
use super::seq::{classify, normalize, resolve_slice, Index};
use super::str::slot_args;
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Flow, NativeFn, NativeResult, Object, Payload, Value};
use crate::vm::Interp;
use std::cell::RefCell;
use std::rc::Rc;

/// The methods of `bytearray`, installed in its class dict.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", dunder_repr),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__add__", dunder_add),
    ("__iadd__", dunder_iadd),
    ("__mul__", dunder_mul),
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("clear", clear),
    ("reverse", reverse),
    ("copy", copy),
    ("upper", upper),
    ("lower", lower),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("split", split),
    ("join", join),
];

/// The methods of `bytes` that `bytearray` shares as they are: their
/// results are no bytes.
pub const SHARED: &[&str] = &[
    "decode", "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "hex", "isdigit", "isalpha",
    "isalnum", "isspace", "isupper", "islower", "__len__", "__contains__", "__iter__", "__eq__", "__ne__", "__lt__",
    "__le__", "__gt__", "__ge__",
];

/// A new bytearray holding `b`.
pub fn new_value(interp: &Interp<'_>, b: Vec<u8>) -> Value {
    let cls = interp.types().bytearray.clone();
    Value::Object(Rc::new(Object::new(cls, Payload::Value(Value::Bytes(b.into())))))
}

/// `bytearray(source=b'', encoding=None, errors=None)`: `__new__`, with
/// the sources of `bytes(...)`; `args.pos[0]` is the class.
pub fn new_bytearray(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let mut pos = args.pos;
    let cls = if pos.is_empty() { Value::Class(interp.types().bytearray.clone()) } else { pos.remove(0) };
    let made = bytes::new_bytes(interp, Args { pos, kw: args.kw })?;
    let Flow::Return(Value::Bytes(b)) = made else { return Ok(made) };
    let Value::Class(cls) = cls else { return ret(new_value(interp, b.to_vec())) };
    ret(Value::Object(Rc::new(Object::new(cls, Payload::Value(Value::Bytes(b))))))
}

/// The bytearray a method was called on, and its bytes now.
fn this(interp: &Interp<'_>, args: &Args, method: &str) -> Result<(Rc<Object>, Rc<[u8]>), Value> {
    if let Some(Value::Object(o)) = args.pos.first() {
        if interp.is_subclass(&o.class, &interp.types().bytearray) {
            if let Payload::Value(Value::Bytes(b)) = &*o.payload.borrow() {
                return Ok((o.clone(), b.clone()));
            }
        }
    }
    let t = args.pos.first().map(|v| interp.type_name(v)).unwrap_or_else(|| "nothing".into());
    Err(interp.error(ExcKind::TypeError, format!("descriptor '{method}' for 'bytearray' objects doesn't apply to a '{t}' object")))
}

/// Replaces the bytes of `o`.
fn store(o: &Object, b: Vec<u8>) {
    *o.payload.borrow_mut() = Payload::Value(Value::Bytes(b.into()));
}

/// One byte: an int in range(0, 256).
fn byte(interp: &mut Interp<'_>, v: &Value) -> Result<u8, Value> {
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Object(_)) {
        let t = interp.type_name(v);
        return Err(interp.error(ExcKind::TypeError, format!("'{t}' object cannot be interpreted as an integer")));
    }
    let i = int_arg(interp, v)?;
    u8::try_from(i).map_err(|_| interp.error(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

/// The bytes of a bytes-like value or an iterable of ints (`extend`, `+=`, slice assignment).
fn bytes_of(interp: &mut Interp<'_>, v: &Value, what: &str) -> Result<Vec<u8>, Value> {
    match builtin_value(v) {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::Str(_) => Err(interp.error(ExcKind::TypeError, format!("{what} a str"))),
        _ => {
            let items = interp.collect(v).map_err(|_| {
                let t = interp.type_name(v);
                interp.error(ExcKind::TypeError, format!("can't {what} {t}"))
            })?;
            items.iter().map(|x| byte(interp, x)).collect()
        }
    }
}

/// Makes the bytes results of a shared `bytes` method bytearrays.
fn rewrap(interp: &Interp<'_>, flow: Flow) -> NativeResult {
    match flow {
        Flow::Return(Value::Bytes(b)) => ret(new_value(interp, b.to_vec())),
        Flow::Return(Value::List(l)) => {
            let items: Vec<Value> = l
                .borrow()
                .iter()
                .map(|x| match x {
                    Value::Bytes(b) => new_value(interp, b.to_vec()),
                    other => other.clone(),
                })
                .collect();
            ret(Value::list(items))
        }
        other => Ok(other),
    }
}

macro_rules! as_bytearray {
    ($($name:ident),*) => {$(
        /// The `bytes` method of the same name, giving bytearrays.
        fn $name(interp: &mut Interp<'_>, args: Args) -> NativeResult {
            let flow = bytes::$name(interp, args)?;
            rewrap(interp, flow)
        }
    )*};
}
as_bytearray!(upper, lower, strip, lstrip, rstrip, replace, split, join);

/// `bytearray.fromhex(string)`: as `bytes.fromhex`, giving a bytearray.
pub fn fromhex(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let flow = bytes::fromhex(interp, args)?;
    rewrap(interp, flow)
}

fn dunder_repr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "__repr__")?;
    let name = o.class.name.clone();
    ret(Value::str(&format!("{name}({})", crate::lang::repr::bytes_repr(&b))))
}

/// "bytearray indices must be integers or slices, not str".
fn wrong_index(t: &str) -> String {
    format!("bytearray indices must be integers or slices, not {t}")
}

fn dunder_getitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (_, b) = this(interp, &args, "__getitem__")?;
    slot_args(interp, &args, 1)?;
    match classify(interp, &args.pos[1], wrong_index)? {
        Index::At(i) => {
            let at = normalize(i, b.len()).ok_or_else(|| out_of_range(interp))?;
            ret(Value::Int(i64::from(b[at])))
        }
        Index::Slice(_) => match bytes::getitem(interp, &b, &args.pos[1])? {
            Value::Bytes(part) => ret(new_value(interp, part.to_vec())),
            other => ret(other),
        },
    }
}

fn out_of_range(interp: &Interp<'_>) -> Value {
    interp.error(ExcKind::IndexError, "bytearray index out of range")
}

/// Runs a `list` slice operation on the bytes of `o` as a list of ints.
fn through_list(
    interp: &mut Interp<'_>,
    o: &Object,
    b: &[u8],
    op: impl FnOnce(&mut Interp<'_>, &list::ListRef) -> Result<(), Value>,
) -> NativeResult {
    let l: list::ListRef = Rc::new(RefCell::new(b.iter().map(|x| Value::Int(i64::from(*x))).collect()));
    op(interp, &l)?;
    let out = l.borrow().iter().map(|x| if let Value::Int(i) = x { *i as u8 } else { 0 }).collect();
    store(o, out);
    ret(Value::None)
}

fn dunder_setitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "__setitem__")?;
    slot_args(interp, &args, 2)?;
    let (index, value) = (&args.pos[1], &args.pos[2]);
    match classify(interp, index, wrong_index)? {
        Index::At(i) => {
            let at = normalize(i, b.len()).ok_or_else(|| out_of_range(interp))?;
            let x = byte(interp, value)?;
            let mut out = b.to_vec();
            out[at] = x;
            store(&o, out);
            ret(Value::None)
        }
        Index::Slice(sl) => {
            if matches!(value, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                let msg = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
                return Err(interp.error(ExcKind::TypeError, msg));
            }
            let new = bytes_of(interp, value, "assign")?;
            let r = resolve_slice(interp, &sl, b.len())?;
            if r.step != 1 && new.len() != r.len {
                let msg = format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), r.len);
                return Err(interp.error(ExcKind::ValueError, msg));
            }
            let new = Value::list(new.into_iter().map(|x| Value::Int(i64::from(x))).collect());
            through_list(interp, &o, &b, |interp, l| list::setitem(interp, l, index, new))
        }
    }
}

fn dunder_delitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "__delitem__")?;
    slot_args(interp, &args, 1)?;
    let index = &args.pos[1];
    if let Index::At(i) = classify(interp, index, wrong_index)? {
        normalize(i, b.len()).ok_or_else(|| out_of_range(interp))?;
    }
    through_list(interp, &o, &b, |interp, l| list::delitem(interp, l, index))
}

/// The bytes-like right operand of `+`, or CPython's "can't concat".
fn concat_operand(interp: &Interp<'_>, v: &Value) -> Result<Rc<[u8]>, Value> {
    match builtin_value(v) {
        Value::Bytes(b) => Ok(b),
        _ => {
            let t = interp.type_name(v);
            Err(interp.error(ExcKind::TypeError, format!("can't concat {t} to bytearray")))
        }
    }
}

fn dunder_add(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (_, b) = this(interp, &args, "__add__")?;
    slot_args(interp, &args, 1)?;
    let other = concat_operand(interp, &args.pos[1])?;
    ret(new_value(interp, [&b[..], &other[..]].concat()))
}

fn dunder_iadd(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "__iadd__")?;
    slot_args(interp, &args, 1)?;
    let other = concat_operand(interp, &args.pos[1])?;
    store(&o, [&b[..], &other[..]].concat());
    ret(args.pos[0].clone())
}

fn dunder_mul(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (_, b) = this(interp, &args, "__mul__")?;
    slot_args(interp, &args, 1)?;
    let n = int_arg(interp, &args.pos[1])?.max(0) as usize;
    ret(new_value(interp, b.repeat(n)))
}

fn append(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "append")?;
    let slots = Sig::pos("append", "bytearray.append", &["item"], 1, Style::One).parse(interp, &args.pos[1..], &args.kw)?;
    let x = byte(interp, slots[0].as_ref().unwrap_or(&Value::None))?;
    let mut out = b.to_vec();
    out.push(x);
    store(&o, out);
    ret(Value::None)
}

fn extend(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "extend")?;
    let slots =
        Sig::pos("extend", "bytearray.extend", &["iterable_of_ints"], 1, Style::One).parse(interp, &args.pos[1..], &args.kw)?;
    let more = bytes_of(interp, slots[0].as_ref().unwrap_or(&Value::None), "extend bytearray with")?;
    store(&o, [&b[..], &more[..]].concat());
    ret(Value::None)
}

fn insert(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "insert")?;
    let slots = Sig::pos("insert", "bytearray.insert", &["index", "item"], 2, Style::Clinic).parse(interp, &args.pos[1..], &args.kw)?;
    let (Some(at), Some(item)) = (&slots[0], &slots[1]) else { return ret(Value::None) };
    let at = int_arg(interp, at)?;
    let x = byte(interp, item)?;
    let len = b.len() as i64;
    let at = if at < 0 { (at + len).max(0) } else { at.min(len) } as usize;
    let mut out = b.to_vec();
    out.insert(at, x);
    store(&o, out);
    ret(Value::None)
}

fn pop(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "pop")?;
    let slots = Sig::pos("pop", "bytearray.pop", &["index"], 0, Style::Clinic).parse(interp, &args.pos[1..], &args.kw)?;
    if b.is_empty() {
        return Err(interp.error(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let i = match &slots[0] {
        Some(v) => int_arg(interp, v)?,
        None => -1,
    };
    let at = normalize(i, b.len()).ok_or_else(|| interp.error(ExcKind::IndexError, "pop index out of range"))?;
    let mut out = b.to_vec();
    let x = out.remove(at);
    store(&o, out);
    ret(Value::Int(i64::from(x)))
}

fn remove(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "remove")?;
    let slots = Sig::pos("remove", "bytearray.remove", &["value"], 1, Style::One).parse(interp, &args.pos[1..], &args.kw)?;
    let x = byte(interp, slots[0].as_ref().unwrap_or(&Value::None))?;
    let at = b.iter().position(|c| *c == x).ok_or_else(|| interp.error(ExcKind::ValueError, "value not found in bytearray"))?;
    let mut out = b.to_vec();
    out.remove(at);
    store(&o, out);
    ret(Value::None)
}

fn clear(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, _) = this(interp, &args, "clear")?;
    super::args::method_no_args(interp, &args, "clear", "bytearray.clear")?;
    store(&o, vec![]);
    ret(Value::None)
}

fn reverse(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (o, b) = this(interp, &args, "reverse")?;
    super::args::method_no_args(interp, &args, "reverse", "bytearray.reverse")?;
    store(&o, b.iter().rev().copied().collect());
    ret(Value::None)
}

fn copy(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (_, b) = this(interp, &args, "copy")?;
    super::args::method_no_args(interp, &args, "copy", "bytearray.copy")?;
    ret(new_value(interp, b.to_vec()))
}
