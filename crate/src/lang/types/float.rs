//! The `float` type: its constructor and methods (CPython's
//! `Objects/floatobject.c`). The arithmetic itself is in `lang::num`.

use crate::lang::error::ExcKind;
use crate::lang::format;
use crate::lang::num;
use crate::lang::repr::Host;
use crate::lang::value::{Args, Flow, NativeFn, NativeResult, Payload, Value};
use crate::vm::Interp;

/// The methods of `float`, by name. Methods receive `self` first in `Args::pos`.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", is_integer),
    ("as_integer_ratio", as_integer_ratio),
    ("hex", hex),
    ("conjugate", itself),
    ("__float__", itself),
    ("__int__", trunc),
    ("__trunc__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
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

/// The float value of a method's `self` (a float or an instance of a subclass).
fn this(interp: &mut Interp<'_>, args: &Args, method: &str) -> Result<f64, Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let inner = match &v {
        Value::Object(o) => match &*o.payload.borrow() {
            Payload::Value(x) => x.clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    };
    match inner {
        Value::Float(x) => Ok(x),
        _ => {
            let msg = format!(
                "descriptor '{method}' for 'float' objects doesn't apply to a '{}' object",
                interp.type_name(&v)
            );
            Err(interp.error(ExcKind::TypeError, msg))
        }
    }
}

fn itself(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(Value::Float(this(interp, &args, "__float__")?))
}

fn is_integer(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = this(interp, &args, "is_integer")?;
    ret(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn as_integer_ratio(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = this(interp, &args, "as_integer_ratio")?;
    let (n, d) = num::float_as_integer_ratio(x).map_err(|e| raise(interp, e))?;
    ret(Value::tuple(vec![n, d]))
}

fn hex(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = this(interp, &args, "hex")?;
    ret(Value::str(&num::float_hex(x)))
}

fn trunc(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = this(interp, &args, "__trunc__")?;
    ret(num::float_to_int(x).map_err(|e| raise(interp, e))?)
}

fn floor(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = this(interp, &args, "__floor__")?;
    ret(num::float_to_int(x.floor()).map_err(|e| raise(interp, e))?)
}

fn ceil(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = this(interp, &args, "__ceil__")?;
    ret(num::float_to_int(x.ceil()).map_err(|e| raise(interp, e))?)
}

fn abs(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(Value::Float(this(interp, &args, "__abs__")?.abs()))
}

fn round(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = this(interp, &args, "__round__")?;
    let nd = match args.pos.get(1).or_else(|| args.kw.iter().find(|(k, _)| &**k == "ndigits").map(|(_, v)| v)) {
        None | Some(Value::None) => None,
        Some(d @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => Some(d.clone()),
        Some(d) => Some(Value::Int(interp.index(d)?)),
    };
    ret(num::round(&Value::Float(x), nd.as_ref()).expect("a float").map_err(|e| raise(interp, e))?)
}

fn format_method(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            let msg = format!("__format__() argument must be str, not {}", interp.type_name(other));
            return Err(interp.error(ExcKind::TypeError, msg));
        }
        None => return Err(interp.error(ExcKind::TypeError, "__format__() takes exactly one argument (0 given)")),
    };
    ret(Value::str(&format::format_value(interp, &v, &spec)?))
}

/// `float(x=0.0, /)`: `args` are the call's arguments, without the class.
/// Strings and bytes parse (`inf`, `nan`, underscores); ints round
/// correctly; other objects convert through `__float__` or `__index__`.
pub fn new_float(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if !args.kw.is_empty() {
        return Err(interp.error(ExcKind::TypeError, "float() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        let msg = format!("float expected at most 1 argument, got {}", args.pos.len());
        return Err(interp.error(ExcKind::TypeError, msg));
    }
    match args.pos.first() {
        None => ret(Value::Float(0.0)),
        Some(x) => ret(Value::Float(to_float(interp, x)?)),
    }
}

/// `float(x)` for one argument (`PyNumber_Float`).
pub fn to_float(interp: &mut Interp<'_>, x: &Value) -> Result<f64, Value> {
    if let Some(r) = num::to_f64(x) {
        return r.map_err(|e| raise(interp, e));
    }
    match x {
        Value::Str(s) => return num::float_from_str(s).map_err(|m| interp.error(ExcKind::ValueError, m)),
        Value::Bytes(b) => return num::float_from_bytes(b).map_err(|m| interp.error(ExcKind::ValueError, m)),
        Value::Object(o) => {
            let inner = match &*o.payload.borrow() {
                Payload::Value(inner) => Some(inner.clone()),
                _ => None,
            };
            if let Ok(m) = Host::get_attr(interp, x, "__float__") {
                if matches!(m, Value::BoundMethod(_) | Value::Function(_)) || inner.is_none() {
                    return match interp.call(&m, vec![])? {
                        Value::Float(f) => Ok(f),
                        other => {
                            let msg = format!(
                                "{}.__float__ returned non-float (type {})",
                                interp.type_name(x),
                                interp.type_name(&other)
                            );
                            Err(interp.error(ExcKind::TypeError, msg))
                        }
                    };
                }
            }
            if let Some(inner) = inner {
                return to_float(interp, &inner);
            }
            if let Ok(m) = Host::get_attr(interp, x, "__index__") {
                let i = interp.call(&m, vec![])?;
                if let Some(r) = num::to_f64(&i) {
                    return r.map_err(|e| raise(interp, e));
                }
            }
        }
        _ => {}
    }
    let msg = format!("float() argument must be a string or a real number, not '{}'", interp.type_name(x));
    Err(interp.error(ExcKind::TypeError, msg))
}
