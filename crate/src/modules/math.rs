//! `math`: the usual functions on floats, with CPython's errors.

use super::set;
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, NativeFn, NativeResult, Value};
use crate::vm::Interp;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use crate::lang::types::args::ret;

/// The float value of a number argument, with CPython's TypeError.
fn float_arg(interp: &mut Interp<'_>, args: &Args, i: usize) -> Result<f64, Value> {
    match args.pos.get(i) {
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Int(n)) => Ok(*n as f64),
        Some(Value::Bool(b)) => Ok(*b as i64 as f64),
        Some(Value::BigInt(b)) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| interp.error(ExcKind::OverflowError, "int too large to convert to float")),
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.error(ExcKind::TypeError, format!("must be real number, not {t}")))
        }
        None => Err(interp.error(ExcKind::TypeError, "missing required argument")),
    }
}

fn domain(interp: &Interp<'_>) -> Value {
    interp.error(ExcKind::ValueError, "math domain error")
}

fn to_int(interp: &Interp<'_>, x: f64) -> Result<Value, Value> {
    if x.is_nan() {
        return Err(interp.error(ExcKind::ValueError, "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(interp.error(ExcKind::OverflowError, "cannot convert float infinity to integer"));
    }
    Ok(Value::from_bigint(BigInt::from_f64(x).unwrap_or_default()))
}

macro_rules! unary {
    ($name:ident, $f:expr, $check:expr) => {
        fn $name(interp: &mut Interp<'_>, args: Args) -> NativeResult {
            let x = float_arg(interp, &args, 0)?;
            let ok: fn(f64) -> bool = $check;
            if !ok(x) {
                return Err(domain(interp));
            }
            let f: fn(f64) -> f64 = $f;
            ret(Value::Float(f(x)))
        }
    };
}

unary!(sqrt, f64::sqrt, |x| x >= 0.0 || x.is_nan());
unary!(exp, f64::exp, |_| true);
unary!(sin, f64::sin, |x| !x.is_infinite());
unary!(cos, f64::cos, |x| !x.is_infinite());
unary!(tan, f64::tan, |x| !x.is_infinite());
unary!(asin, f64::asin, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
unary!(acos, f64::acos, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
unary!(atan, f64::atan, |_| true);
unary!(fabs, f64::abs, |_| true);
unary!(log2, f64::log2, |x| x > 0.0 || x.is_nan());
unary!(log10, f64::log10, |x| x > 0.0 || x.is_nan());
unary!(degrees, f64::to_degrees, |_| true);
unary!(radians, f64::to_radians, |_| true);

fn log(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = float_arg(interp, &args, 0)?;
    if x <= 0.0 {
        return Err(domain(interp));
    }
    match args.pos.get(1) {
        None => ret(Value::Float(x.ln())),
        Some(_) => {
            let b = float_arg(interp, &args, 1)?;
            if b <= 0.0 {
                return Err(domain(interp));
            }
            if b == 1.0 {
                return Err(interp.error(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            ret(Value::Float(x.ln() / b.ln()))
        }
    }
}

fn int_passthrough(args: &Args) -> Option<Value> {
    match args.pos.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => Some(v.clone()),
        Some(Value::Bool(b)) => Some(Value::Int(*b as i64)),
        _ => None,
    }
}

fn floor(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if let Some(v) = int_passthrough(&args) {
        return ret(v);
    }
    let x = float_arg(interp, &args, 0)?;
    ret(to_int(interp, x.floor())?)
}

fn ceil(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if let Some(v) = int_passthrough(&args) {
        return ret(v);
    }
    let x = float_arg(interp, &args, 0)?;
    ret(to_int(interp, x.ceil())?)
}

fn trunc(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    if let Some(v) = int_passthrough(&args) {
        return ret(v);
    }
    let x = float_arg(interp, &args, 0)?;
    ret(to_int(interp, x.trunc())?)
}

fn pow(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (x, y) = (float_arg(interp, &args, 0)?, float_arg(interp, &args, 1)?);
    if x == 0.0 && y < 0.0 {
        return Err(domain(interp));
    }
    ret(Value::Float(x.powf(y)))
}

fn atan2(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (y, x) = (float_arg(interp, &args, 0)?, float_arg(interp, &args, 1)?);
    ret(Value::Float(y.atan2(x)))
}

fn hypot(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let mut acc = 0.0f64;
    for i in 0..args.pos.len() {
        let v = float_arg(interp, &args, i)?;
        acc = acc.hypot(v);
    }
    ret(Value::Float(acc))
}

fn isnan(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(Value::Bool(float_arg(interp, &args, 0)?.is_nan()))
}

fn isinf(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(Value::Bool(float_arg(interp, &args, 0)?.is_infinite()))
}

fn isfinite(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(Value::Bool(float_arg(interp, &args, 0)?.is_finite()))
}

fn isclose(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (a, b) = (float_arg(interp, &args, 0)?, float_arg(interp, &args, 1)?);
    let kw = |name: &str, default: f64| {
        args.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| match v {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => default,
        })
        .unwrap_or(default)
    };
    let (rel, abs) = (kw("rel_tol", 1e-9), kw("abs_tol", 0.0));
    let close = a == b || ((a - b).abs() <= (rel * b.abs()).max(rel * a.abs()) || (a - b).abs() <= abs);
    ret(Value::Bool(close))
}

fn big_arg(interp: &mut Interp<'_>, args: &Args, i: usize) -> Result<BigInt, Value> {
    match args.pos.get(i) {
        Some(Value::Int(n)) => Ok(BigInt::from(*n)),
        Some(Value::Bool(b)) => Ok(BigInt::from(*b as i64)),
        Some(Value::BigInt(b)) => Ok((**b).clone()),
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.error(ExcKind::TypeError, format!("'{t}' object cannot be interpreted as an integer")))
        }
        None => Err(interp.error(ExcKind::TypeError, "missing required argument")),
    }
}

fn factorial(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let n = big_arg(interp, &args, 0)?;
    if n.is_negative() {
        return Err(interp.error(ExcKind::ValueError, "factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(u64::MAX);
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
    }
    ret(Value::from_bigint(acc))
}

fn gcd(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let mut g = BigInt::zero();
    for i in 0..args.pos.len() {
        let mut b = big_arg(interp, &args, i)?.abs();
        let mut a = g.clone();
        while !b.is_zero() {
            let r = &a % &b;
            a = b;
            b = r;
        }
        g = a;
    }
    ret(Value::from_bigint(g))
}

fn isqrt(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let n = big_arg(interp, &args, 0)?;
    if n.is_negative() {
        return Err(interp.error(ExcKind::ValueError, "isqrt() argument must be nonnegative"));
    }
    ret(Value::from_bigint(n.sqrt()))
}

fn fsum(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(it) = args.pos.first() else {
        return Err(interp.error(ExcKind::TypeError, "fsum() takes exactly one argument (0 given)"));
    };
    let items = interp.collect(it)?;
    // Neumaier's compensated sum: exact for the course's uses.
    let (mut sum, mut c) = (0.0f64, 0.0f64);
    for v in items {
        let x = float_arg(interp, &Args { pos: vec![v], kw: vec![] }, 0)?;
        let t = sum + x;
        c += if sum.abs() >= x.abs() { (sum - t) + x } else { (x - t) + sum };
        sum = t;
    }
    ret(Value::Float(sum + c))
}

/// `comb(n, k)` and `perm(n, k)`: n·(n−1)···(n−k+1), divided by k! for comb.
fn choose(interp: &mut Interp<'_>, args: &Args, name: &str, divide: bool) -> Result<Value, Value> {
    let n = big_arg(interp, args, 0)?;
    let k = big_arg(interp, args, 1)?;
    if n.is_negative() {
        return Err(interp.error(ExcKind::ValueError, "n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(interp.error(ExcKind::ValueError, "k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().ok_or_else(|| interp.error(ExcKind::OverflowError, format!("{name}() k is too large")))?;
    let k = if divide { k.min((&n - BigInt::from(k)).to_u64().unwrap_or(k)) } else { k };
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
        if divide {
            acc /= BigInt::from(i + 1);
        }
    }
    Ok(Value::from_bigint(acc))
}

fn comb(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    ret(choose(interp, &args, "comb", true)?)
}

fn perm(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    // perm(n) is n!, with factorial's errors, as in CPython.
    if matches!(args.pos.get(1), None | Some(Value::None)) {
        return factorial(interp, Args { pos: args.pos.into_iter().take(1).collect(), kw: vec![] });
    }
    ret(choose(interp, &args, "perm", false)?)
}

fn lcm(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let mut l = BigInt::one();
    for i in 0..args.pos.len() {
        let b = big_arg(interp, &args, i)?.abs();
        if b.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        let (mut x, mut y) = (l.clone(), b.clone());
        while !y.is_zero() {
            let r = &x % &y;
            x = y;
            y = r;
        }
        l = &l / x * b;
    }
    ret(Value::from_bigint(l))
}

fn copysign(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (x, y) = (float_arg(interp, &args, 0)?, float_arg(interp, &args, 1)?);
    ret(Value::Float(x.copysign(y)))
}

fn fmod(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (x, y) = (float_arg(interp, &args, 0)?, float_arg(interp, &args, 1)?);
    if (y == 0.0 || x.is_infinite()) && !x.is_nan() && !y.is_nan() {
        return Err(domain(interp));
    }
    ret(Value::Float(x % y))
}

fn modf(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let x = float_arg(interp, &args, 0)?;
    let whole = if x.is_infinite() { x } else { x.trunc() };
    let frac = if x.is_infinite() { 0.0f64.copysign(x) } else { (x - whole).copysign(x) };
    ret(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
}

/// `prod(iterable, *, start=1)`: multiplies as `*` does, so ints stay exact.
fn prod(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let Some(it) = args.pos.first() else {
        return Err(interp.error(ExcKind::TypeError, "prod() takes exactly 1 positional argument (0 given)"));
    };
    let mut acc = args.kw.iter().find(|(k, _)| &**k == "start").map_or(Value::Int(1), |(_, v)| v.clone());
    for v in interp.collect(it)? {
        acc = interp.binary_op(crate::lang::code::BinOp::Mul, &acc, &v, false)?;
    }
    ret(acc)
}

/// The functions of `math`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("hypot", hypot),
    ("fabs", fabs),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("pow", pow),
    ("degrees", degrees),
    ("radians", radians),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("isclose", isclose),
    ("factorial", factorial),
    ("gcd", gcd),
    ("isqrt", isqrt),
    ("fsum", fsum),
    ("comb", comb),
    ("perm", perm),
    ("lcm", lcm),
    ("copysign", copysign),
    ("fmod", fmod),
    ("modf", modf),
    ("prod", prod),
];

/// The constants of `math`.
pub fn init(m: &Value) {
    set(m, "pi", Value::Float(std::f64::consts::PI));
    set(m, "e", Value::Float(std::f64::consts::E));
    set(m, "tau", Value::Float(std::f64::consts::TAU));
    set(m, "inf", Value::Float(f64::INFINITY));
    set(m, "nan", Value::Float(f64::NAN));
}
