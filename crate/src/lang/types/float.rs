//! The `float` type: its constructor and methods (CPython's
//! `Objects/floatobject.c`). The arithmetic itself is in `lang::num`.

use super::args::{builtin_value, instance_of, receiver, ret, split_cls, Sig, Style};
use crate::lang::error::ExcKind;
use crate::lang::format;
use crate::lang::num;
use crate::lang::repr::Host;
use crate::lang::value::{Args, NativeFn, NativeResult, Value};
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

fn raise(interp: &Interp<'_>, (kind, msg): num::NumError) -> Value {
    interp.error(kind, msg)
}

/// The float value of a method's `self` (a float or an instance of a subclass).
fn this(interp: &mut Interp<'_>, args: &Args, method: &str) -> Result<f64, Value> {
    receiver(interp, args, "float", method, |v| match v {
        Value::Float(x) => Some(*x),
        _ => None,
    })
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

/// `float(x=0.0, /)`, also as `float.__new__(cls, x)` for subclasses:
/// strings and bytes parse (`inf`, `nan`, underscores); ints round
/// correctly; other objects convert through `__float__` or `__index__`.
pub fn new_float(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().float.clone();
    let (cls, args) = split_cls(interp, args, &builtin);
    let slots = Sig::pos("float", "float", &["x"], 0, Style::Clinic).parse(interp, &args.pos, &args.kw)?;
    let x = match &slots[0] {
        None => 0.0,
        Some(x) => to_float(interp, x)?,
    };
    ret(instance_of(&cls, &builtin, Value::Float(x)))
}

/// `float(x)` for one argument (`PyNumber_Float`).
pub fn to_float(interp: &mut Interp<'_>, x: &Value) -> Result<f64, Value> {
    if let Some(r) = float_of_object(interp, x) {
        return r;
    }
    match builtin_value(x) {
        Value::Str(s) => num::float_from_str(&s).map_err(|m| interp.error(ExcKind::ValueError, m)),
        Value::Bytes(b) => num::float_from_bytes(&b).map_err(|m| interp.error(ExcKind::ValueError, m)),
        _ => {
            let msg = format!("float() argument must be a string or a real number, not '{}'", interp.type_name(x));
            Err(interp.error(ExcKind::TypeError, msg))
        }
    }
}

/// A number's float value (`PyFloat_AsDouble`): ints and floats directly,
/// instances through `__float__` (which must return a float) or
/// `__index__`. `None` for everything else, strings included.
pub fn float_of_object<H: Host + ?Sized>(host: &mut H, x: &Value) -> Option<Result<f64, Value>> {
    if let Some(r) = num::to_f64(x) {
        return Some(r.map_err(|(kind, msg)| host.error(kind, msg)));
    }
    if !matches!(x, Value::Object(_)) {
        return None;
    }
    if let Ok(m) = host.get_attr(x, "__float__") {
        return Some(match host.call(&m, vec![]) {
            Ok(Value::Float(f)) => Ok(f),
            Ok(other) => {
                let msg = format!(
                    "{}.__float__ returned non-float (type {})",
                    host.type_name(x),
                    host.type_name(&other)
                );
                Err(host.error(ExcKind::TypeError, msg))
            }
            Err(e) => Err(e),
        });
    }
    let m = host.get_attr(x, "__index__").ok()?;
    Some(host.call(&m, vec![]).and_then(|i| match num::to_f64(&i) {
        Some(r) => r.map_err(|(kind, msg)| host.error(kind, msg)),
        None => {
            let msg = format!("__index__ returned non-int (type {})", host.type_name(&i));
            Err(host.error(ExcKind::TypeError, msg))
        }
    }))
}
