//! The built-in functions (CPython's `Python/bltinmodule.c`), except those
//! that need the VM's own machinery (`__build_class__`, `super`, `type`,
//! `globals`, `locals`, `open`, `exec`), which the VM defines.
//!
//! Messages follow CPython 3.11 word for word, including how each function
//! words a wrong argument count (see `types::args::Style`).

use crate::lang::code::{BinOp, CmpOp};
use crate::lang::error::ExcKind;
use crate::lang::types::args::{
    builtin_value, check_count, class_has, clinic_arity, int_arg, invalid_keyword, no_keywords, ret, Sig, Style,
};
use crate::lang::types::{dict, list, range, seq, sort};
use crate::lang::value::{Args, Flow, Iter, Key, NativeFn, NativeResult, Payload, Value};
use crate::trace::Stream;
use crate::vm::{key_runs_python, keyed_args, native, Conversion, Interp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

pub use crate::lang::types::iter::iter_next;

/// The built-in functions, by name, for the `builtins` namespace.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("len", len),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("reversed", reversed),
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("any", any),
    ("all", all),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("hash", hash),
    ("id", id),
    ("callable", callable),
    ("repr", repr),
    ("ascii", ascii),
    ("format", format),
    ("iter", iter),
    ("next", next),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("vars", vars),
    ("dir", dir),
    ("print", print),
    ("input", input),
];

/// The one argument of a `METH_O` built-in: "len() takes exactly one argument (0 given)".
fn one(interp: &Interp<'_>, args: &Args, name: &'static str) -> Result<Value, Value> {
    let mut slots = Sig::pos(name, name, &["obj"], 1, Style::One).parse(interp, &args.pos, &args.kw)?;
    Ok(slots.remove(0).unwrap_or(Value::None))
}

/// The positional arguments of a clinic built-in with no keywords.
fn positional<'a>(
    interp: &Interp<'_>,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> Result<&'a [Value], Value> {
    check_count(interp, args, name, name, min, max)?;
    Ok(&args.pos)
}

fn iterator(it: Iter) -> Value {
    Value::Iterator(Rc::new(RefCell::new(it)))
}

fn len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "len")?;
    let n = interp.len(&v)?;
    ret(Value::Int(n as i64))
}

fn abs(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "abs")?;
    match &v {
        Value::Int(i) => ret(i
            .checked_abs()
            .map_or_else(|| Value::from_bigint(BigInt::from(*i).abs()), Value::Int)),
        Value::Bool(b) => ret(Value::Int(*b as i64)),
        Value::BigInt(b) => ret(Value::from_bigint(b.abs())),
        Value::Float(x) => ret(Value::Float(x.abs())),
        _ => match interp.lookup_method(&v, "__abs__")? {
            Some(f) => interp.call(&f, vec![v.clone()]).map(Flow::Return),
            None => {
                let t = interp.type_name(&v);
                Err(interp.error(ExcKind::TypeError, format!("bad operand type for abs(): '{t}'")))
            }
        },
    }
}

/// `min` and `max`: one iterable or several arguments, `key=`, `default=`
/// (CPython's `min_max`, which compares a new item to the best so far
/// with `<` for min and `>` for max).
fn min_max(interp: &mut Interp<'_>, args: Args, name: &'static str, op: CmpOp) -> NativeResult {
    let (mut key, mut default) = (None, None);
    for (k, v) in &args.kw {
        match &**k {
            "key" => key = (!matches!(v, Value::None)).then(|| v.clone()),
            "default" => default = Some(v.clone()),
            _ => return Err(invalid_keyword(interp, k, name)),
        }
    }
    let source = match args.pos.len() {
        0 => {
            return Err(interp.error(
                ExcKind::TypeError,
                format!("{name} expected at least 1 argument, got 0"),
            ))
        }
        1 => Some(interp.iter(&args.pos[0])?),
        _ => {
            if default.is_some() {
                return Err(interp.error(
                    ExcKind::TypeError,
                    format!("Cannot specify a default for {name}() with multiple positional arguments"),
                ));
            }
            None
        }
    };
    if let Some(key) = key.clone().filter(key_runs_python) {
        let items = match &source {
            Some(it) => drain(interp, it)?,
            None => args.pos.clone(),
        };
        if !items.is_empty() {
            let then = if op == CmpOp::Lt { native(name, min_by_keys, false) } else { native(name, max_by_keys, false) };
            return Ok(Flow::Frame(interp.keyed_frame(Value::list(items), key, then, None, Value::None)));
        }
    }
    let mut listed = args.pos.iter().cloned();
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match &source {
            Some(it) => interp.next(it)?,
            None => listed.next(),
        };
        let Some(item) = item else { break };
        let k = match &key {
            Some(f) => interp.call(f, vec![item.clone()])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((best_key, _)) => seq::compare_bool(interp, op, &k, best_key)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, item)), _) => ret(item),
        (None, Some(d)) => ret(d),
        (None, None) => Err(interp.error(ExcKind::ValueError, format!("{name}() arg is an empty sequence"))),
    }
}

/// The items an iterator yields.
fn drain(interp: &mut Interp<'_>, it: &Value) -> Result<Vec<Value>, Value> {
    let mut items = vec![];
    while let Some(x) = interp.next(it)? {
        items.push(x);
    }
    Ok(items)
}

/// `min` or `max` (`op`) once the key frames computed the keys of the
/// (not empty) items: `(items, keys, None)`. The first best wins, as in CPython.
fn pick_by_keys(interp: &mut Interp<'_>, args: Args, op: CmpOp) -> NativeResult {
    let (items, keys) = keyed_args(interp, &args)?;
    let mut best = 0;
    for i in 1..keys.len() {
        if seq::compare_bool(interp, op, &keys[i], &keys[best])? {
            best = i;
        }
    }
    ret(items.get(best).cloned().unwrap_or(Value::None))
}

fn min_by_keys(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    pick_by_keys(interp, args, CmpOp::Lt)
}

fn max_by_keys(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    pick_by_keys(interp, args, CmpOp::Gt)
}

fn min(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    min_max(interp, args, "min", CmpOp::Lt)
}

fn max(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    min_max(interp, args, "max", CmpOp::Gt)
}

/// `a + b`, with the int and float cases computed here (`sum`'s fast paths).
fn add(interp: &mut Interp<'_>, a: &Value, b: &Value) -> Result<Value, Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x
            .checked_add(*y)
            .map_or_else(|| Value::from_bigint(BigInt::from(*x) + BigInt::from(*y)), Value::Int)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x + y)),
        (Value::Float(x), Value::Int(y)) => Ok(Value::Float(x + *y as f64)),
        _ => interp.binary_op(BinOp::Add, a, b, false),
    }
}

fn sum(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let slots = Sig::kw("sum", "sum", &["iterable", "start"], 1, 1).parse(interp, &args.pos, &args.kw)?;
    let mut acc = slots[1].clone().unwrap_or(Value::Int(0));
    match builtin_value(&acc) {
        Value::Str(_) => {
            return Err(interp.error(ExcKind::TypeError, "sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(interp.error(ExcKind::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = interp.iter(slots[0].as_ref().unwrap_or(&Value::None))?;
    while let Some(x) = interp.next(&it)? {
        acc = add(interp, &acc, &x)?;
    }
    ret(acc)
}

fn sorted(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if args.pos.len() != 1 {
        return Err(interp.error(ExcKind::TypeError, clinic_arity("sorted", 1, 1, args.pos.len())));
    }
    let (key, reverse) = list::sort_options(
        interp,
        &Args {
            pos: Vec::new(),
            kw: args.kw.clone(),
        },
        0,
    )?;
    let items = interp.collect(&args.pos[0])?;
    if let Some(key) = key.clone().filter(key_runs_python) {
        let then = native("sorted", sorted_by_keys, false);
        return Ok(Flow::Frame(interp.keyed_frame(Value::list(items), key, then, None, Value::Bool(reverse))));
    }
    let l = Rc::new(RefCell::new(items));
    list::sort_list(interp, &l, key.as_ref(), reverse)?;
    ret(Value::List(l))
}

/// `sorted` once the key frames computed the keys: `(items, keys, reverse)`.
fn sorted_by_keys(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (mut items, keys) = keyed_args(interp, &args)?;
    let reverse = matches!(args.pos[2], Value::Bool(true));
    sort::sort_by_keys(interp, &mut items, Some(&keys), reverse)?;
    ret(Value::list(items))
}

fn reversed(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let seq = positional(interp, &args, "reversed", 1, 1)?[0].clone();
    let snapshot = |items: Vec<Value>| {
        let n = items.len();
        iterator(Iter::Reversed(Rc::from(items), n))
    };
    match &seq {
        Value::List(l) => ret(snapshot(l.borrow().clone())),
        Value::Tuple(t) => {
            let n = t.len();
            ret(iterator(Iter::Reversed(t.clone(), n)))
        }
        Value::Str(s) => ret(snapshot(
            s.chars().map(|c| Value::str(c.encode_utf8(&mut [0; 4]))).collect(),
        )),
        Value::Bytes(b) => ret(snapshot(b.iter().map(|x| Value::Int(*x as i64)).collect())),
        Value::Range(r) => ret(range::iter_reversed(r)),
        Value::Dict(d) => {
            let keys = d.borrow().keys().map(|k| k.0.clone()).collect();
            ret(snapshot(keys))
        }
        _ => {
            if let Some((d, kind)) = dict::as_view(&seq) {
                let entries = d.borrow().iter().map(|(k, v)| dict::view_item(kind, k, v)).collect();
                return ret(snapshot(entries));
            }
            // A class's __reversed__ comes from its metaclass.
            let reversed_method = match &seq {
                Value::Class(_) => interp.user_method(&seq, "__reversed__"),
                _ => interp.lookup_method(&seq, "__reversed__")?,
            };
            if let Some(f) = reversed_method {
                return interp.call(&f, vec![seq.clone()]).map(Flow::Return);
            }
            if class_has(interp, &seq, "__len__") && class_has(interp, &seq, "__getitem__") {
                let n = interp.len(&seq)?;
                let mut items = Vec::with_capacity(n);
                for i in 0..n {
                    items.push(interp.get_item(&seq, &Value::Int(i as i64))?);
                }
                return ret(snapshot(items));
            }
            let t = interp.type_name(&seq);
            Err(interp.error(ExcKind::TypeError, format!("'{t}' object is not reversible")))
        }
    }
}

fn enumerate(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if args.pos.is_empty() && !args.kw.iter().any(|(k, _)| &**k == "iterable") {
        return Err(interp.error(ExcKind::TypeError, "enumerate() missing required argument 'iterable'"));
    }
    let slots = Sig::kw("enumerate", "enumerate", &["iterable", "start"], 1, 0).parse(interp, &args.pos, &args.kw)?;
    let it = interp.iter(slots[0].as_ref().unwrap_or(&Value::None))?;
    let start = match &slots[1] {
        Some(v) => int_arg(interp, v)?,
        None => 0,
    };
    ret(iterator(Iter::Enumerate(it, start)))
}

/// `zip(*iterables)`; `strict=` is accepted, but lengths are not checked.
fn zip(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| &**k != "strict") {
        return Err(invalid_keyword(interp, k, "zip"));
    }
    let mut iters = Vec::with_capacity(args.pos.len());
    for v in &args.pos {
        iters.push(interp.iter(v)?);
    }
    ret(iterator(Iter::Zip(iters)))
}

fn map(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if !args.kw.is_empty() {
        return Err(no_keywords(interp, "map"));
    }
    if args.pos.len() < 2 {
        return Err(interp.error(ExcKind::TypeError, "map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.pos.len() - 1);
    for v in &args.pos[1..] {
        iters.push(interp.iter(v)?);
    }
    ret(iterator(Iter::Map(args.pos[0].clone(), iters)))
}

fn filter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "filter", 2, 2)?;
    let (f, it) = (pos[0].clone(), pos[1].clone());
    let it = interp.iter(&it)?;
    ret(iterator(Iter::Filter(f, it)))
}

fn any_all(interp: &mut Interp<'_>, args: Args, name: &'static str, want: bool) -> NativeResult {
    let v = one(interp, &args, name)?;
    let it = interp.iter(&v)?;
    while let Some(x) = interp.next(&it)? {
        if interp.truthy(&x)? == want {
            return ret(Value::Bool(want));
        }
    }
    ret(Value::Bool(!want))
}

fn any(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    any_all(interp, args, "any", true)
}

fn all(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    any_all(interp, args, "all", false)
}

// ---- numbers -------------------------------------------------------------

/// An int value as a BigInt, if it is one.
fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Rounds `value` to a multiple of `unit`, ties to even (both exact).
fn round_half_even(value: &BigInt, unit: &BigInt) -> BigInt {
    let (q, r) = value.div_mod_floor(unit);
    let twice = &r * 2;
    if twice > *unit || (twice == *unit && q.is_odd()) {
        q + 1
    } else {
        q
    }
}

/// `round(x, n)` for a float: the exact binary value rounded half-even at
/// the n-th decimal, then converted back, correctly rounded (what
/// CPython's `double_round` gets from `_Py_dg_dtoa` mode 3 and `strtod`).
pub fn round_float(x: f64, n: i64) -> Option<f64> {
    if !x.is_finite() || x == 0.0 || n > 323 {
        return Some(x);
    }
    if n < -308 {
        return Some(0.0 * x);
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let (mantissa, e) = if exp == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), exp - 1075)
    };
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let ten = BigInt::from(10);
    if n >= 0 {
        num *= num_traits::pow(ten, n as usize);
    } else {
        den *= num_traits::pow(ten, (-n) as usize);
    }
    let q = round_half_even(&num, &den);
    let r: f64 = format!("{q}e{}", -n).parse().ok()?;
    if r.is_infinite() {
        return None;
    }
    Some(if x < 0.0 { -r } else { r })
}

fn round(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let slots = Sig::kw("round", "round", &["number", "ndigits"], 1, 0).parse(interp, &args.pos, &args.kw)?;
    let x = slots[0].clone().unwrap_or(Value::None);
    let ndigits = match &slots[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(interp, v)?),
    };
    match (&x, ndigits) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(interp.error(ExcKind::ValueError, "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(interp.error(ExcKind::OverflowError, "cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            match <BigInt as num_traits::FromPrimitive>::from_f64(r) {
                Some(b) => ret(Value::from_bigint(b)),
                None => ret(Value::Int(r as i64)),
            }
        }
        (Value::Float(f), Some(n)) => match round_float(*f, n) {
            Some(r) => ret(Value::Float(r)),
            None => Err(interp.error(ExcKind::OverflowError, "rounded value too large to represent")),
        },
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), n) => {
            let i = as_bigint(&x).unwrap_or_default();
            match n {
                Some(n) if n < 0 => {
                    let unit = num_traits::pow(BigInt::from(10), n.unsigned_abs().min(4300) as usize);
                    ret(Value::from_bigint(round_half_even(&i, &unit) * unit))
                }
                _ => ret(Value::from_bigint(i)),
            }
        }
        _ => match interp.lookup_method(&x, "__round__")? {
            Some(f) => {
                let mut call_args = vec![x.clone()];
                call_args.extend(slots[1].clone());
                interp.call(&f, call_args).map(Flow::Return)
            }
            None => {
                let t = interp.type_name(&x);
                Err(interp.error(ExcKind::TypeError, format!("type {t} doesn't define __round__ method")))
            }
        },
    }
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_))
}

fn divmod(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "divmod", 2, 2)?;
    let (a, b) = (pos[0].clone(), pos[1].clone());
    if is_number(&a) && is_number(&b) {
        let zero = match &b {
            Value::Float(y) => *y == 0.0,
            _ => as_bigint(&b).is_some_and(|y| y.is_zero()),
        };
        if zero && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_))) {
            return Err(interp.error(ExcKind::ZeroDivisionError, "float divmod()"));
        }
        let q = interp.binary_op(BinOp::FloorDiv, &a, &b, false)?;
        let r = interp.binary_op(BinOp::Mod, &a, &b, false)?;
        return ret(Value::tuple(vec![q, r]));
    }
    let not_implemented = interp.types().not_implemented.clone();
    if let Some(f) = interp.lookup_method(&a, "__divmod__")? {
        let r = interp.call(&f, vec![a.clone(), b.clone()])?;
        if !r.is(&not_implemented) {
            return ret(r);
        }
    }
    if let Some(f) = interp.lookup_method(&b, "__rdivmod__")? {
        let r = interp.call(&f, vec![b.clone(), a.clone()])?;
        if !r.is(&not_implemented) {
            return ret(r);
        }
    }
    let (ta, tb) = (interp.type_name(&a), interp.type_name(&b));
    Err(interp.error(
        ExcKind::TypeError,
        format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"),
    ))
}

fn pow(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let slots = Sig::kw("pow", "pow", &["base", "exp", "mod"], 2, 0).parse(interp, &args.pos, &args.kw)?;
    let base = slots[0].clone().unwrap_or(Value::None);
    let exp = slots[1].clone().unwrap_or(Value::None);
    let modulus = match &slots[2] {
        None | Some(Value::None) => return interp.binary_op(BinOp::Pow, &base, &exp, false).map(Flow::Return),
        Some(m) => m.clone(),
    };
    let (Some(b), Some(e), Some(m)) = (as_bigint(&base), as_bigint(&exp), as_bigint(&modulus)) else {
        return Err(interp.error(
            ExcKind::TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if m.is_zero() {
        return Err(interp.error(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        match mod_inverse(&b, &m) {
            Some(inv) => (inv, -e),
            None => return Err(interp.error(ExcKind::ValueError, "base is not invertible for the given modulus")),
        }
    } else {
        (b, e)
    };
    ret(Value::from_bigint(b.modpow(&e, &m)))
}

/// The inverse of `a` modulo `m`, if they are coprime.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m_abs = m.abs();
    let g = a.mod_floor(&m_abs).extended_gcd(&m_abs);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m_abs))
}

fn chr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "chr")?;
    let i = match &v {
        Value::BigInt(_) => -1,
        _ => int_arg(interp, &v)?,
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => ret(Value::str(c.encode_utf8(&mut [0; 4]))),
        None => Err(interp.error(ExcKind::ValueError, "chr() arg not in range(0x110000)")),
    }
}

fn ord(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "ord")?;
    match builtin_value(&v) {
        Value::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => ret(Value::Int(c as i64)),
                _ => Err(interp.error(
                    ExcKind::TypeError,
                    format!(
                        "ord() expected a character, but string of length {} found",
                        s.chars().count()
                    ),
                )),
            }
        }
        Value::Bytes(b) if b.len() == 1 => ret(Value::Int(b[0] as i64)),
        Value::Bytes(b) => Err(interp.error(
            ExcKind::TypeError,
            format!("ord() expected a character, but string of length {} found", b.len()),
        )),
        _ => {
            let t = interp.type_name(&v);
            Err(interp.error(
                ExcKind::TypeError,
                format!("ord() expected string of length 1, but {t} found"),
            ))
        }
    }
}

/// `hex`, `oct`, `bin`: the prefix, then the magnitude in the base.
fn int_in_base(interp: &mut Interp<'_>, args: Args, name: &'static str, prefix: &str, radix: u32) -> NativeResult {
    let v = one(interp, &args, name)?;
    let i = match as_bigint(&v) {
        Some(i) => i,
        None => BigInt::from(interp.index(&v)?),
    };
    let digits = i.magnitude().to_str_radix(radix);
    let sign = if i.is_negative() { "-" } else { "" };
    ret(Value::str(&format!("{sign}{prefix}{digits}")))
}

fn hex(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    int_in_base(interp, args, "hex", "0x", 16)
}

fn oct(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    int_in_base(interp, args, "oct", "0o", 8)
}

fn bin(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    int_in_base(interp, args, "bin", "0b", 2)
}

fn hash(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "hash")?;
    ret(Value::Int(interp.hash(&v)?))
}

/// `id(x)`: the object's address, as the interpreter shows it everywhere.
fn id(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "id")?;
    ret(Value::Int(interp.address(&v)))
}

fn callable(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "callable")?;
    let yes = match &v {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Object(_) => class_has(interp, &v, "__call__"),
        _ => false,
    };
    ret(Value::Bool(yes))
}

fn repr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "repr")?;
    if let Some(frame) = interp.conversion_frame(&v, Conversion::Repr, None)? {
        return Ok(Flow::Frame(frame));
    }
    ret(Value::str(&interp.repr(&v)?))
}

fn ascii(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = one(interp, &args, "ascii")?;
    ret(Value::str(&interp.ascii(&v)?))
}

fn format(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "format", 1, 2)?;
    let v = pos[0].clone();
    let spec = match pos.get(1).map(builtin_value) {
        None => Rc::from(""),
        Some(Value::Str(s)) => s,
        Some(other) => {
            let t = interp.type_name(&other);
            return Err(interp.error(ExcKind::TypeError, format!("format() argument 2 must be str, not {t}")));
        }
    };
    if let Some(frame) = interp.conversion_frame(&v, Conversion::Format(spec.clone()), None)? {
        return Ok(Flow::Frame(frame));
    }
    ret(Value::str(&interp.format(&v, &spec)?))
}

fn iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "iter", 1, 2)?;
    match pos {
        [v] => {
            let v = v.clone();
            interp.iter(&v).map(Flow::Return)
        }
        [f, sentinel] => {
            let (f, sentinel) = (f.clone(), sentinel.clone());
            let is_callable = match &f {
                Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
                Value::Object(_) => class_has(interp, &f, "__call__"),
                _ => false,
            };
            if !is_callable {
                return Err(interp.error(ExcKind::TypeError, "iter(v, w): v must be callable"));
            }
            ret(iterator(Iter::Callable(f, sentinel)))
        }
        _ => ret(Value::None),
    }
}

fn next(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "next", 1, 2)?;
    let (it, default) = (pos[0].clone(), pos.get(1).cloned());
    let is_iterator = match &it {
        Value::Iterator(_) | Value::Generator(_) => true,
        Value::Object(_) => class_has(interp, &it, "__next__"),
        _ => false,
    };
    if !is_iterator {
        let t = interp.type_name(&it);
        return Err(interp.error(ExcKind::TypeError, format!("'{t}' object is not an iterator")));
    }
    // Without a default, a generator (or a `__next__` written in Python)
    // continues as a call of its `__next__`: it runs as a frame of this
    // thread, and its own StopIteration, with the return value, reaches
    // the caller.
    if default.is_none() && matches!(it, Value::Generator(_) | Value::Object(_)) {
        let method = interp.get_attr(&it, "__next__")?;
        return Ok(Flow::TailCall(method, Vec::new(), Vec::new()));
    }
    match (interp.next(&it)?, default) {
        (Some(v), _) => ret(v),
        (None, Some(d)) => ret(d),
        (None, None) => Err(interp.new_exception(ExcKind::StopIteration, Vec::new())),
    }
}

/// Whether `cls` matches `classinfo` (a class or a nested tuple of them);
/// None when `classinfo` is neither.
fn class_matches(interp: &Interp<'_>, cls: &Rc<crate::lang::value::Class>, classinfo: &Value) -> Option<bool> {
    match classinfo {
        Value::Class(c) => Some(interp.is_subclass(cls, c)),
        Value::Tuple(items) => {
            let mut any = false;
            for item in items.iter() {
                any |= class_matches(interp, cls, item)?;
            }
            Some(any)
        }
        _ => None,
    }
}

fn isinstance(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "isinstance", 2, 2)?;
    let cls = interp.class_of(&pos[0]);
    match class_matches(interp, &cls, &pos[1]) {
        Some(b) => ret(Value::Bool(b)),
        None => Err(interp.error(
            ExcKind::TypeError,
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

fn issubclass(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "issubclass", 2, 2)?;
    let Value::Class(cls) = &pos[0] else {
        return Err(interp.error(ExcKind::TypeError, "issubclass() arg 1 must be a class"));
    };
    match class_matches(interp, cls, &pos[1]) {
        Some(b) => ret(Value::Bool(b)),
        None => Err(interp.error(
            ExcKind::TypeError,
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

/// An attribute name argument: "attribute name must be string, not 'int'".
fn attr_name(interp: &Interp<'_>, v: &Value) -> Result<Rc<str>, Value> {
    match builtin_value(v) {
        Value::Str(s) => Ok(s),
        _ => Err(interp.error(
            ExcKind::TypeError,
            format!("attribute name must be string, not '{}'", interp.type_name(v)),
        )),
    }
}

fn getattr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "getattr", 2, 3)?;
    let (obj, default) = (pos[0].clone(), pos.get(2).cloned());
    let name = attr_name(interp, &pos[1])?;
    match (interp.get_attr(&obj, &name), default) {
        (Ok(v), _) => ret(v),
        (Err(e), Some(d)) if interp.is_kind(&e, ExcKind::AttributeError) => ret(d),
        (Err(e), _) => Err(e),
    }
}

/// `setattr(obj, name, value)`: the VM's attribute assignment.
pub fn setattr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "setattr", 3, 3)?;
    let (obj, value) = (pos[0].clone(), pos[2].clone());
    let name = attr_name(interp, &pos[1])?;
    interp.set_attr(&obj, &name, value)?;
    ret(Value::None)
}

fn hasattr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "hasattr", 2, 2)?;
    let obj = pos[0].clone();
    let name = attr_name(interp, &pos[1])?;
    match interp.get_attr(&obj, &name) {
        Ok(_) => ret(Value::Bool(true)),
        Err(e) if interp.is_kind(&e, ExcKind::AttributeError) => ret(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `delattr(obj, name)`: the VM's attribute deletion.
pub fn delattr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "delattr", 2, 2)?;
    let obj = pos[0].clone();
    let name = attr_name(interp, &pos[1])?;
    interp.del_attr(&obj, &name)?;
    ret(Value::None)
}

/// Calls the VM's `locals()` (in the builtins namespace), for `vars()` and
/// `dir()` without arguments.
fn caller_locals(interp: &mut Interp<'_>) -> Result<Value, Value> {
    let f = interp.proc.builtins.borrow().get(&Key(Value::str("locals"))).cloned();
    match f {
        Some(f) => interp.call(&f, Vec::new()),
        None => Ok(Value::dict(Default::default())),
    }
}

fn vars(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "vars", 0, 1)?;
    let Some(obj) = pos.first().cloned() else {
        return caller_locals(interp).map(Flow::Return);
    };
    match interp.get_attr(&obj, "__dict__") {
        Ok(d) => ret(d),
        Err(e) if interp.is_kind(&e, ExcKind::AttributeError) => {
            Err(interp.error(ExcKind::TypeError, "vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// The names `dir(obj)` lists: the instance's attributes, then those of
/// its class and the classes it derives from, sorted.
fn dir(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "dir", 0, 1)?;
    let mut names: Vec<Rc<str>> = Vec::new();
    let add_keys = |d: &crate::lang::value::Dict, names: &mut Vec<Rc<str>>| {
        names.extend(d.keys().filter_map(|k| match &k.0 {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        }))
    };
    match pos.first().cloned() {
        None => {
            if let Value::Dict(d) = caller_locals(interp)? {
                add_keys(&d.borrow(), &mut names);
            }
        }
        Some(obj) => {
            if let Some(f) = interp.lookup_method(&obj, "__dir__")? {
                if matches!(f, Value::Function(_)) {
                    let listed = interp.call(&f, vec![obj.clone()])?;
                    let mut items = interp.collect(&listed)?;
                    let l = Rc::new(RefCell::new(std::mem::take(&mut items)));
                    list::sort_list(interp, &l, None, false)?;
                    return ret(Value::List(l));
                }
            }
            let classes = match &obj {
                Value::Module(m) => {
                    add_keys(&m.dict.borrow(), &mut names);
                    Vec::new()
                }
                Value::Class(c) => {
                    let mut v = vec![c.clone()];
                    v.extend(c.mro.iter().cloned());
                    v
                }
                _ => {
                    if let Value::Object(o) = &obj {
                        names.extend(o.dict.borrow().keys().cloned());
                    }
                    let c = interp.class_of(&obj);
                    let mut v = vec![c.clone()];
                    v.extend(c.mro.iter().cloned());
                    v
                }
            };
            for c in classes {
                names.extend(c.dict.borrow().keys().cloned());
            }
        }
    }
    names.sort();
    names.dedup();
    ret(Value::list(names.into_iter().map(Value::Str).collect()))
}

// ---- input and output ----------------------------------------------------

/// The standard stream a file object writes to, when it is one of the
/// process's own (`sys.stdout`, `sys.stderr`: `_io.TextIOWrapper`
/// instances holding file descriptor 1 or 2).
fn standard_stream(v: &Value) -> Option<Stream> {
    let Value::Object(o) = v else { return None };
    if &*o.class.name != "TextIOWrapper" || &*o.class.module != "_io" {
        return None;
    }
    match *o.payload.borrow() {
        Payload::Value(Value::Int(1)) => Some(Stream::Stdout),
        Payload::Value(Value::Int(2)) => Some(Stream::Stderr),
        _ => None,
    }
}

/// `sys.stdout` (or `sys.stderr`) as the program currently has it; None
/// when `sys` was never imported, so it cannot have been replaced.
fn sys_stream(interp: &Interp<'_>, name: &str) -> Option<Value> {
    let sys = interp.proc.modules.borrow().get("sys").cloned()?;
    let Value::Module(m) = sys else { return None };
    let v = m.dict.borrow().get(&Key(Value::str(name))).cloned();
    v
}

/// Writes the pieces to `file`: in one write when it is a standard stream,
/// else through its `write` method, a call per piece as CPython makes them.
fn write_pieces<S: std::borrow::Borrow<str>>(interp: &mut Interp<'_>, file: Option<&Value>, pieces: &[S]) -> Result<(), Value> {
    let stream = match file {
        None => Some(Stream::Stdout),
        Some(f) => standard_stream(f),
    };
    if let Some(stream) = stream {
        interp.sys().write(stream, &pieces.concat());
        return Ok(());
    }
    let write = interp.get_attr(file.unwrap_or(&Value::None), "write")?;
    for piece in pieces {
        interp.call(&write, vec![Value::str(std::borrow::Borrow::borrow(piece))])?;
    }
    Ok(())
}

/// A `sep` or `end` argument: None means the default.
fn print_text(interp: &Interp<'_>, v: Option<&Value>, what: &str, default: &str) -> Result<String, Value> {
    match v.map(builtin_value) {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(_) => {
            let t = interp.type_name(v.unwrap_or(&Value::None));
            Err(interp.error(ExcKind::TypeError, format!("{what} must be None or a string, not {t}")))
        }
    }
}

fn print(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, Value::Bool(false));
    for (k, v) in &args.kw {
        match &**k {
            "sep" => sep = Some(v.clone()),
            "end" => end = Some(v.clone()),
            "file" => file = Some(v.clone()),
            "flush" => flush = v.clone(),
            _ => return Err(invalid_keyword(interp, k, "print")),
        }
    }
    let sep = print_text(interp, sep.as_ref(), "sep", " ")?;
    let end = print_text(interp, end.as_ref(), "end", "\n")?;
    let file = match file {
        None | Some(Value::None) => sys_stream(interp, "stdout"),
        Some(f) => Some(f),
    };
    let printing = Printing { sep, end, file, flush };
    match print_from(interp, &args.pos, 0, None, &printing)? {
        None => ret(Value::None),
        Some(i) => {
            let Printing { sep, end, file, flush } = printing;
            let given = [Value::tuple(args.pos), Value::Int(i as i64), Value::str(&sep), Value::str(&end)];
            let upto = native("print", print_upto, false);
            Ok(Flow::Frame(interp.print_frame(given, file.unwrap_or(Value::None), flush, upto)))
        }
    }
}

/// What `print` writes besides its arguments, and where.
struct Printing {
    /// Between arguments.
    sep: String,
    /// After the last.
    end: String,
    /// The file (None: no `sys`, the process's standard output).
    file: Option<Value>,
    /// Whether to flush the file after writing.
    flush: Value,
}

/// Writes `converted` (the str of argument `start - 1`) and the arguments
/// from `start` on, each after `sep`, then `end`, and flushes as asked.
/// When an argument's str runs Python code, it writes what comes before
/// and returns its index instead: a frame converts it and goes on.
fn print_from(
    interp: &mut Interp<'_>,
    args: &[Value],
    start: usize,
    converted: Option<String>,
    p: &Printing,
) -> Result<Option<usize>, Value> {
    let mut pieces: Vec<Cow<str>> = Vec::with_capacity(args.len().saturating_sub(start) * 2 + 2);
    pieces.extend(converted.map(Cow::Owned));
    for (i, v) in args.iter().enumerate().skip(start) {
        if i > 0 {
            pieces.push(Cow::Borrowed(&p.sep));
        }
        if interp.str_runs_python(v) {
            if !pieces.is_empty() {
                write_pieces(interp, p.file.as_ref(), &pieces)?;
            }
            return Ok(Some(i));
        }
        pieces.push(Cow::Owned(interp.to_str(v)?));
    }
    pieces.push(Cow::Borrowed(&p.end));
    let flush = interp.truthy(&p.flush)?;
    let flushed = p.file.clone().filter(|f| flush && standard_stream(f).is_none());
    write_pieces(interp, p.file.as_ref(), &pieces)?;
    if let Some(f) = flushed {
        let method = interp.get_attr(&f, "flush")?;
        interp.call(&method, vec![])?;
    }
    Ok(None)
}

/// `print_upto(args, start, converted, sep, end, file, flush)`: `print`
/// going on after a frame converted argument `start - 1` (see
/// `print_from`); the index of the next argument to convert, or -1.
fn print_upto(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let [Value::Tuple(items), Value::Int(start), converted, Value::Str(sep), Value::Str(end), file, flush] = &args.pos[..]
    else {
        return Err(interp.error(ExcKind::TypeError, "print_upto(args, start, converted, sep, end, file, flush)"));
    };
    let converted = interp.to_str(converted)?;
    let file = (!matches!(file, Value::None)).then(|| file.clone());
    let p = Printing { sep: sep.to_string(), end: end.to_string(), file, flush: flush.clone() };
    let next = print_from(interp, items, *start as usize, Some(converted), &p)?;
    ret(Value::Int(next.map_or(-1, |i| i as i64)))
}

fn input(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let pos = positional(interp, &args, "input", 0, 1)?;
    if let Some(prompt) = pos.first().cloned() {
        let text = interp.to_str(&prompt)?;
        let out = sys_stream(interp, "stdout");
        write_pieces(interp, out.as_ref(), &[text])?;
    }
    match interp.read_line() {
        Some(mut line) => {
            // Only the newline goes: CPython keeps a '\r' before it.
            if line.ends_with('\n') {
                line.pop();
            }
            ret(Value::str(&line))
        }
        None => Err(interp.error(ExcKind::EOFError, "EOF when reading a line")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_like_cpython() {
        // round(x, n) in CPython 3.11.
        assert_eq!(round_float(2.675, 2), Some(2.67));
        assert_eq!(round_float(0.125, 2), Some(0.12));
        assert_eq!(round_float(0.375, 2), Some(0.38));
        assert_eq!(round_float(1234.5678, -2), Some(1200.0));
        assert_eq!(round_float(2.5, 0), Some(2.0));
        assert_eq!(round_float(3.5, 0), Some(4.0));
        assert_eq!(round_float(1e300, -305), Some(0.0));
        assert_eq!(round_float(5e-324, 323), Some(0.0));
        assert_eq!(round_float(1.5, 400), Some(1.5));
        let z = round_float(-0.4, 0).unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        assert_eq!(round_float(1.7976931348623157e308, -308), None);
    }

    #[test]
    fn ints_round_half_even() {
        let r = |x: i64, unit: i64| round_half_even(&BigInt::from(x), &BigInt::from(unit)) * unit;
        assert_eq!(r(15, 10), BigInt::from(20));
        assert_eq!(r(25, 10), BigInt::from(20));
        assert_eq!(r(-25, 10), BigInt::from(-20));
        assert_eq!(r(-26, 10), BigInt::from(-30));
    }

    #[test]
    fn modular_inverse() {
        assert_eq!(mod_inverse(&BigInt::from(3), &BigInt::from(7)), Some(BigInt::from(5)));
        assert_eq!(mod_inverse(&BigInt::from(2), &BigInt::from(4)), None);
    }
}
