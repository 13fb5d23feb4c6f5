//! The `int` type: its constructor and methods (CPython's
//! `Objects/longobject.c`). The arithmetic itself is in `lang::num`, shared
//! with the VM's operators.

use super::args::{builtin_value, instance_of, receiver, ret, split_cls, Sig, Style};
use crate::lang::error::ExcKind;
use crate::lang::format;
use crate::lang::num;
use crate::lang::repr::Host;
use crate::lang::value::{Args, NativeFn, NativeResult, Value};
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

fn raise(interp: &Interp<'_>, (kind, msg): num::NumError) -> Value {
    interp.error(kind, msg)
}

/// The int value of a method's `self`: an int, a bool (as an int), or an
/// instance of a subclass of int.
fn this(interp: &mut Interp<'_>, args: &Args, method: &str) -> Result<Value, Value> {
    receiver(interp, args, "int", method, |v| match v {
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Int(_) | Value::BigInt(_) => Some(v.clone()),
        _ => None,
    })
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

/// `int(x=0, /, base=10)`, also as `int.__new__(cls, ...)` for
/// subclasses: strings and bytes parse in `base`; floats truncate; other
/// objects convert through `__int__`, `__index__` or `__trunc__`.
pub fn new_int(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().int.clone();
    let (cls, args) = split_cls(interp, args, &builtin);
    // Counted before the keywords are matched: int('1', base=2, x=3) is
    // "takes at most 2 arguments (3 given)", as in CPython.
    let given = args.pos.len() + args.kw.len();
    if given > 2 {
        return Err(interp.error(ExcKind::TypeError, format!("int() takes at most 2 arguments ({given} given)")));
    }
    let slots = Sig::kw("int", "int", &["x", "base"], 0, 1).parse(interp, &args.pos, &args.kw)?;
    let value = match (&slots[0], &slots[1]) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(interp.error(ExcKind::TypeError, "int() missing string argument")),
        (Some(x), None) => to_int(interp, x)?,
        (Some(x), Some(base)) => {
            let b = interp.index(base)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(interp.error(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0"));
            }
            let parsed = match builtin_value(x) {
                Value::Str(s) => num::int_from_str(&s, b as u32),
                Value::Bytes(bytes) => num::int_from_bytes_literal(&bytes, b as u32),
                _ => {
                    return Err(interp.error(ExcKind::TypeError, "int() can't convert non-string with explicit base"))
                }
            };
            parsed.map_err(|m| interp.error(ExcKind::ValueError, m))?
        }
    };
    ret(instance_of(&cls, &builtin, value))
}

/// `int(x)` for one argument (`PyNumber_Long`).
pub fn to_int(interp: &mut Interp<'_>, x: &Value) -> Result<Value, Value> {
    if let Value::Float(f) = x {
        return num::float_to_int(*f).map_err(|e| raise(interp, e));
    }
    if let Some(r) = int_of_object(interp, x, true) {
        return r;
    }
    match builtin_value(x) {
        Value::Float(f) => num::float_to_int(f).map_err(|e| raise(interp, e)),
        Value::Str(s) => num::int_from_str(&s, 10).map_err(|m| interp.error(ExcKind::ValueError, m)),
        Value::Bytes(b) => num::int_from_bytes_literal(&b, 10).map_err(|m| interp.error(ExcKind::ValueError, m)),
        _ => {
            let msg = format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                interp.type_name(x)
            );
            Err(interp.error(ExcKind::TypeError, msg))
        }
    }
}

/// An int's value, or an instance's through `__int__` (with `trunc`, also
/// `__trunc__`) or `__index__`, whose result must be an int. `None` for
/// everything else (floats and strings included).
pub fn int_of_object<H: Host + ?Sized>(host: &mut H, x: &Value, trunc: bool) -> Option<Result<Value, Value>> {
    match x {
        Value::Bool(b) => return Some(Ok(Value::Int(*b as i64))),
        Value::Int(_) | Value::BigInt(_) => return Some(Ok(x.clone())),
        Value::Object(_) => {}
        _ => return None,
    }
    let dunders: &[&str] = if trunc { &["__int__", "__index__", "__trunc__"] } else { &["__int__", "__index__"] };
    for &dunder in dunders {
        let Ok(m) = host.get_attr(x, dunder) else { continue };
        return Some(host.call(&m, vec![]).and_then(|r| match r {
            Value::Int(_) | Value::BigInt(_) => Ok(r),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            other if dunder == "__trunc__" => host.index(&other).map(Value::Int),
            other => {
                let msg = format!("{dunder} returned non-int (type {})", host.type_name(&other));
                Err(host.error(ExcKind::TypeError, msg))
            }
        }));
    }
    None
}

/// `bool(x=False, /)`: `args` are the call's arguments, without the class.
pub fn new_bool(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().bool.clone();
    let (_, args) = split_cls(interp, args, &builtin);
    let slots = Sig::pos("bool", "bool", &["x"], 0, Style::Clinic).parse(interp, &args.pos, &args.kw)?;
    match &slots[0] {
        None => ret(Value::Bool(false)),
        Some(x) => ret(Value::Bool(interp.truthy(x)?)),
    }
}
