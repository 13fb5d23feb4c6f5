//! The `int` type: its constructor and methods (CPython's
//! `Objects/longobject.c`). The arithmetic itself is in `lang::num`, shared
//! with the VM's operators.

use crate::lang::error::ExcKind;
use crate::lang::format;
use crate::lang::num;
use crate::lang::repr::Host;
use crate::lang::value::{Args, Flow, NativeFn, NativeResult, Payload, Value};
use crate::vm::Interp;

/// The methods of `int` (and so of `bool`), by name. Methods receive `self`
/// first in `Args::pos`.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("to_bytes", to_bytes),
    ("conjugate", itself),
    ("as_integer_ratio", as_integer_ratio),
    ("__index__", itself),
    ("__int__", itself),
    ("__trunc__", itself),
    ("__floor__", itself),
    ("__ceil__", itself),
    ("__float__", to_float),
    ("__abs__", abs),
    ("__round__", round),
    ("__format__", format_method),
];

fn ret(v: Value) -> NativeResult {
    Ok(Flow::Return(v))
}

fn raise(interp: &Interp<'_>, (kind, msg): num::NumError) -> Value {
    interp.error(kind, msg)
}

/// The int value of a method's `self`: an int, a bool (as an int), or an
/// instance of a subclass of int.
fn this(interp: &mut Interp<'_>, args: &Args, method: &str) -> Result<Value, Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let inner = match &v {
        Value::Object(o) => match &*o.payload.borrow() {
            Payload::Value(x) => x.clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    };
    match inner {
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Int(_) | Value::BigInt(_) => Ok(inner),
        _ => {
            let msg = format!(
                "descriptor '{method}' for 'int' objects doesn't apply to a '{}' object",
                interp.type_name(&v)
            );
            Err(interp.error(ExcKind::TypeError, msg))
        }
    }
}

/// A parameter given by position (after `self`) or by keyword.
fn param<'a>(args: &'a Args, index: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(index + 1).or_else(|| args.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v))
}

fn itself(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(this(interp, &args, "__index__")?)
}

fn bit_length(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = this(interp, &args, "bit_length")?;
    ret(Value::Int(num::bit_length(&v).unwrap_or(0) as i64))
}

fn bit_count(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = this(interp, &args, "bit_count")?;
    ret(Value::Int(num::bit_count(&v).unwrap_or(0) as i64))
}

fn as_integer_ratio(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = this(interp, &args, "as_integer_ratio")?;
    ret(Value::tuple(vec![v, Value::Int(1)]))
}

fn to_float(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = this(interp, &args, "__float__")?;
    let x = num::to_f64(&v).expect("an int").map_err(|e| raise(interp, e))?;
    ret(Value::Float(x))
}

fn abs(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = this(interp, &args, "__abs__")?;
    ret(num::abs(&v).expect("an int"))
}

fn round(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = this(interp, &args, "__round__")?;
    let nd = match param(&args, 0, "ndigits") {
        None | Some(Value::None) => None,
        Some(d @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => Some(d.clone()),
        Some(d) => Some(Value::Int(interp.index(d)?)),
    };
    ret(num::round(&v, nd.as_ref()).expect("an int").map_err(|e| raise(interp, e))?)
}

fn format_method(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let spec = match param(&args, 0, "format_spec") {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            let msg = format!("__format__() argument must be str, not {}", interp.type_name(other));
            return Err(interp.error(ExcKind::TypeError, msg));
        }
        None => return Err(interp.error(ExcKind::TypeError, "__format__() takes exactly one argument (0 given)")),
    };
    ret(Value::str(&format::format_value(interp, &v, &spec)?))
}

fn to_bytes(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = this(interp, &args, "to_bytes")?;
    let length = match param(&args, 0, "length") {
        None => 1,
        Some(l) => interp.index(l)?,
    };
    if length < 0 {
        return Err(interp.error(ExcKind::ValueError, "length argument must be non-negative"));
    }
    let little = match param(&args, 1, "byteorder") {
        None => false,
        Some(Value::Str(s)) if &**s == "big" => false,
        Some(Value::Str(s)) if &**s == "little" => true,
        Some(Value::Str(_)) => {
            return Err(interp.error(ExcKind::ValueError, "byteorder must be either 'little' or 'big'"));
        }
        Some(other) => {
            let msg = format!("to_bytes() argument 'byteorder' must be str, not {}", interp.type_name(other));
            return Err(interp.error(ExcKind::TypeError, msg));
        }
    };
    let signed = match args.kw.iter().find(|(k, _)| &**k == "signed") {
        Some((_, s)) => interp.truthy(s)?,
        None => false,
    };
    let bytes = num::int_to_bytes(&v, length as usize, little, signed).map_err(|e| raise(interp, e))?;
    ret(Value::Bytes(bytes.into()))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, to register
/// as a classmethod: `Args::pos` starts with the class, which is ignored.
pub fn from_bytes(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let data = match param(&args, 0, "bytes") {
        Some(Value::Bytes(b)) => b.to_vec(),
        Some(other) => {
            let items = interp.collect(other)?;
            let mut out = Vec::with_capacity(items.len());
            for x in &items {
                let b = interp.index(x)?;
                if !(0..=255).contains(&b) {
                    return Err(interp.error(ExcKind::ValueError, "bytes must be in range(0, 256)"));
                }
                out.push(b as u8);
            }
            out
        }
        None => {
            return Err(interp.error(ExcKind::TypeError, "from_bytes() missing required argument 'bytes' (pos 1)"))
        }
    };
    let little = match param(&args, 1, "byteorder") {
        None => false,
        Some(Value::Str(s)) if &**s == "big" => false,
        Some(Value::Str(s)) if &**s == "little" => true,
        Some(_) => return Err(interp.error(ExcKind::ValueError, "byteorder must be either 'little' or 'big'")),
    };
    let signed = match args.kw.iter().find(|(k, _)| &**k == "signed") {
        Some((_, s)) => interp.truthy(s)?,
        None => false,
    };
    ret(num::int_from_bytes(&data, little, signed))
}

/// `int(x=0, /, base=10)`: `args` are the call's arguments, without the
/// class. Strings and bytes parse in `base`; floats truncate; other
/// objects convert through `__int__`, `__index__` or `__trunc__`.
pub fn new_int(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let given = args.pos.len() + args.kw.len();
    if given > 2 {
        return Err(interp.error(ExcKind::TypeError, format!("int() takes at most 2 arguments ({given} given)")));
    }
    let mut base = None;
    for (k, v) in &args.kw {
        if &**k == "base" {
            base = Some(v.clone());
        } else {
            return Err(interp.error(ExcKind::TypeError, format!("'{k}' is an invalid keyword argument for int()")));
        }
    }
    if args.pos.len() == 2 {
        if base.is_some() {
            return Err(interp.error(ExcKind::TypeError, "argument for int() given by name ('base') and position (2)"));
        }
        base = Some(args.pos[1].clone());
    }
    let Some(x) = args.pos.first() else {
        if base.is_some() {
            return Err(interp.error(ExcKind::TypeError, "int() missing string argument"));
        }
        return ret(Value::Int(0));
    };
    let Some(base) = base else {
        return ret(to_int(interp, x)?);
    };
    let b = interp.index(&base)?;
    if b != 0 && !(2..=36).contains(&b) {
        return Err(interp.error(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0"));
    }
    let text = match x {
        Value::Object(o) => match &*o.payload.borrow() {
            Payload::Value(inner) => inner.clone(),
            _ => x.clone(),
        },
        _ => x.clone(),
    };
    let parsed = match &text {
        Value::Str(s) => num::int_from_str(s, b as u32),
        Value::Bytes(bytes) => num::int_from_bytes_literal(bytes, b as u32),
        _ => return Err(interp.error(ExcKind::TypeError, "int() can't convert non-string with explicit base")),
    };
    ret(parsed.map_err(|m| interp.error(ExcKind::ValueError, m))?)
}

/// `int(x)` for one argument (`PyNumber_Long`).
pub fn to_int(interp: &mut Interp<'_>, x: &Value) -> Result<Value, Value> {
    match x {
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Float(f) => return num::float_to_int(*f).map_err(|e| raise(interp, e)),
        Value::Str(s) => return num::int_from_str(s, 10).map_err(|m| interp.error(ExcKind::ValueError, m)),
        Value::Bytes(b) => {
            return num::int_from_bytes_literal(b, 10).map_err(|m| interp.error(ExcKind::ValueError, m))
        }
        Value::Object(o) => {
            let inner = match &*o.payload.borrow() {
                Payload::Value(inner) => Some(inner.clone()),
                _ => None,
            };
            for (dunder, what) in [("__int__", "__int__"), ("__index__", "__index__"), ("__trunc__", "__trunc__")] {
                if let Ok(m) = Host::get_attr(interp, x, dunder) {
                    if matches!(m, Value::BoundMethod(_) | Value::Function(_)) || inner.is_none() {
                        let r = interp.call(&m, vec![])?;
                        return match r {
                            Value::Int(_) | Value::BigInt(_) => Ok(r),
                            Value::Bool(b) => Ok(Value::Int(b as i64)),
                            other if dunder == "__trunc__" => Ok(Value::Int(interp.index(&other)?)),
                            other => {
                                let msg = format!("{what} returned non-int (type {})", interp.type_name(&other));
                                Err(interp.error(ExcKind::TypeError, msg))
                            }
                        };
                    }
                }
            }
            if let Some(inner) = inner {
                return to_int(interp, &inner);
            }
        }
        _ => {}
    }
    let msg = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        interp.type_name(x)
    );
    Err(interp.error(ExcKind::TypeError, msg))
}

/// `bool(x=False, /)`: `args` are the call's arguments, without the class.
pub fn new_bool(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if !args.kw.is_empty() {
        return Err(interp.error(ExcKind::TypeError, "bool() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        let msg = format!("bool expected at most 1 argument, got {}", args.pos.len());
        return Err(interp.error(ExcKind::TypeError, msg));
    }
    match args.pos.first() {
        None => ret(Value::Bool(false)),
        Some(x) => ret(Value::Bool(interp.truthy(x)?)),
    }
}
