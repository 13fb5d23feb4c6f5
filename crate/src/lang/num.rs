//! Python's numbers: the arithmetic, comparisons, conversions and text forms
//! of `bool`, `int` and `float`, as pure functions of values.
//!
//! Ints take the `i64` fast path and move to `BigInt` when a result
//! overflows; results always go back through [`Value::from_bigint`], so a
//! `Value::BigInt` never holds a value that fits in 64 bits. Floats follow
//! CPython 3.11's `Objects/floatobject.c` (signs of floor division and
//! modulo, `**` special cases) and ints `Objects/longobject.c` (correctly
//! rounded true division, error messages). The text forms port
//! `Python/pystrtod.c` (`PyOS_double_to_string`), with Rust's exact float
//! formatting standing in for David Gay's `dtoa`.
//!
//! Errors are returned as `(ExcKind, message)`: the VM turns them into
//! exception instances. Functions that return `Option` give `None` when an
//! operand is not a number, so the VM can try the other operand's dunders
//! and raise its own `TypeError`.

use super::code::{BinOp, UnOp};
use super::error::ExcKind;
use super::value::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// An exception to raise: its kind and message.
pub type NumError = (ExcKind, String);

/// The result of a numeric operation.
pub type NumResult = Result<Value, NumError>;

fn fail<T>(kind: ExcKind, msg: &str) -> Result<T, NumError> {
    Err((kind, msg.to_string()))
}

/// CPython's `sys.int_info.default_max_str_digits`: the longest decimal
/// string `int()` parses and `str()` produces (CVE-2020-10735).
pub const MAX_STR_DIGITS: usize = 4300;

/// A number seen through its value: bools are ints.
#[derive(Clone, Copy)]
enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Int(i) => Some(Num::Int(*i)),
        Value::BigInt(b) => Some(Num::Big(b)),
        Value::Float(x) => Some(Num::Float(*x)),
        _ => None,
    }
}

fn to_big(n: Num<'_>) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b.clone(),
        Num::Float(_) => unreachable!("to_big is only called on ints"),
    }
}

fn big(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// An int as a float, correctly rounded; `OverflowError` when it is too large.
fn int_to_f64(n: Num<'_>) -> Result<f64, NumError> {
    match n {
        Num::Int(i) => Ok(i as f64),
        Num::Big(b) => match bigint_to_f64(b) {
            Some(x) => Ok(x),
            None => fail(ExcKind::OverflowError, "int too large to convert to float"),
        },
        Num::Float(x) => Ok(x),
    }
}

/// Whether a value is a Python number (`bool`, `int` or `float`).
pub fn is_number(v: &Value) -> bool {
    num(v).is_some()
}

/// `float(v)` for a number: ints are correctly rounded; `OverflowError`
/// "int too large to convert to float" past `f64::MAX`. `None` if not a number.
pub fn to_f64(v: &Value) -> Option<Result<f64, NumError>> {
    num(v).map(int_to_f64)
}

// ---------------------------------------------------------------------------
// Binary operators

/// `a op b` for numbers: `None` when either operand is not a number, or the
/// operator does not apply to them (bitwise operators and shifts on floats,
/// `@`), so the VM falls back to dunders and its `TypeError`.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<NumResult> {
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        // bool's own `&`, `|`, `^` keep the type.
        match op {
            BinOp::And => return Some(Ok(Value::Bool(p & q))),
            BinOp::Or => return Some(Ok(Value::Bool(p | q))),
            BinOp::Xor => return Some(Ok(Value::Bool(p ^ q))),
            _ => {}
        }
    }
    let (x, y) = (num(a)?, num(b)?);
    match (x, y) {
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if !matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow
            ) {
                return None;
            }
            let fx = match int_to_f64(x) {
                Ok(f) => f,
                Err(e) => return Some(Err(e)),
            };
            let fy = match int_to_f64(y) {
                Ok(f) => f,
                Err(e) => return Some(Err(e)),
            };
            Some(float_binary(op, fx, fy))
        }
        _ => int_binary(op, x, y),
    }
}

fn float_binary(op: BinOp, a: f64, b: f64) -> NumResult {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return fail(ExcKind::ZeroDivisionError, "float division by zero");
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return fail(ExcKind::ZeroDivisionError, "float floor division by zero");
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return fail(ExcKind::ZeroDivisionError, "float modulo");
            }
            float_mod(a, b)
        }
        BinOp::Pow => return float_pow(a, b).map(Value::Float),
        _ => unreachable!("bitwise operators are filtered out before"),
    };
    Ok(Value::Float(r))
}

/// `a % b` for floats, b != 0: the result has the sign of b (`float_rem`).
fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// `divmod(a, b)` for floats, b != 0 (`_float_div_mod`).
fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// `a ** b` for floats (`float_pow`). CPython returns a complex for a
/// negative base and a non-integer exponent; there is no complex type here,
/// so that case is a `ValueError`.
fn float_pow(iv: f64, iw: f64) -> Result<f64, NumError> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return fail(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return fail(ExcKind::ValueError, "math domain error");
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return fail(ExcKind::OverflowError, "(34, 'Numerical result out of range')");
    }
    Ok(if negate { -r } else { r })
}

fn int_binary(op: BinOp, x: Num<'_>, y: Num<'_>) -> Option<NumResult> {
    if let (Num::Int(a), Num::Int(b)) = (x, y) {
        if let Some(r) = i64_binary(op, a, b) {
            return Some(r);
        }
    }
    Some(match op {
        BinOp::Add => Ok(big(to_big(x) + to_big(y))),
        BinOp::Sub => Ok(big(to_big(x) - to_big(y))),
        BinOp::Mul => Ok(big(to_big(x) * to_big(y))),
        BinOp::TrueDiv => int_true_div(&to_big(x), &to_big(y)).map(Value::Float),
        BinOp::FloorDiv => {
            let d = to_big(y);
            if d.is_zero() {
                return Some(fail(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
            }
            Ok(big(to_big(x).div_floor(&d)))
        }
        BinOp::Mod => {
            let d = to_big(y);
            if d.is_zero() {
                return Some(fail(ExcKind::ZeroDivisionError, "integer modulo by zero"));
            }
            Ok(big(to_big(x).mod_floor(&d)))
        }
        BinOp::Pow => int_pow(x, y),
        BinOp::LShift => int_shift(x, y, true),
        BinOp::RShift => int_shift(x, y, false),
        BinOp::And => Ok(big(to_big(x) & to_big(y))),
        BinOp::Or => Ok(big(to_big(x) | to_big(y))),
        BinOp::Xor => Ok(big(to_big(x) ^ to_big(y))),
        BinOp::MatMul => return None,
    })
}

/// The `i64` fast path: `None` when the result needs a big int.
fn i64_binary(op: BinOp, a: i64, b: i64) -> Option<NumResult> {
    let v = match op {
        BinOp::Add => Value::Int(a.checked_add(b)?),
        BinOp::Sub => Value::Int(a.checked_sub(b)?),
        BinOp::Mul => Value::Int(a.checked_mul(b)?),
        BinOp::TrueDiv => {
            const EXACT: i64 = 1 << 53;
            if b == 0 {
                return Some(fail(ExcKind::ZeroDivisionError, "division by zero"));
            }
            if (-EXACT..=EXACT).contains(&a) && (-EXACT..=EXACT).contains(&b) {
                // Both convert exactly, so IEEE division rounds correctly.
                Value::Float(a as f64 / b as f64)
            } else {
                return None;
            }
        }
        BinOp::FloorDiv => {
            if b == 0 {
                return Some(fail(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
            }
            if a == i64::MIN && b == -1 {
                return None;
            }
            Value::Int(Integer::div_floor(&a, &b))
        }
        BinOp::Mod => {
            if b == 0 {
                return Some(fail(ExcKind::ZeroDivisionError, "integer modulo by zero"));
            }
            if b == -1 {
                Value::Int(0)
            } else {
                Value::Int(Integer::mod_floor(&a, &b))
            }
        }
        BinOp::Pow => {
            if !(0..=u32::MAX as i64).contains(&b) {
                return None;
            }
            Value::Int(a.checked_pow(b as u32)?)
        }
        BinOp::LShift => {
            if b < 0 {
                return Some(fail(ExcKind::ValueError, "negative shift count"));
            }
            if a == 0 {
                Value::Int(0)
            } else if b < 63 && (a << b) >> b == a {
                Value::Int(a << b)
            } else {
                return None;
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Some(fail(ExcKind::ValueError, "negative shift count"));
            }
            Value::Int(a >> b.min(63))
        }
        BinOp::And => Value::Int(a & b),
        BinOp::Or => Value::Int(a | b),
        BinOp::Xor => Value::Int(a ^ b),
        BinOp::MatMul => return None,
    };
    Some(Ok(v))
}

/// The most bits an int may have: beyond this CPython runs out of memory
/// (`MemoryError`) or reports "too many digits in integer"; we say the latter.
const MAX_INT_BITS: u64 = 1 << 32;

fn int_shift(x: Num<'_>, y: Num<'_>, left: bool) -> NumResult {
    let a = to_big(x);
    let n = to_big(y);
    if n.is_negative() {
        return fail(ExcKind::ValueError, "negative shift count");
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    if left {
        match n.to_u64() {
            Some(k) if k.saturating_add(a.bits()) <= MAX_INT_BITS => Ok(big(a << k)),
            _ => fail(ExcKind::OverflowError, "too many digits in integer"),
        }
    } else {
        match n.to_u64() {
            Some(k) if k < a.bits() + 1 => Ok(big(a >> k)),
            _ => Ok(Value::Int(if a.is_negative() { -1 } else { 0 })),
        }
    }
}

fn int_pow(x: Num<'_>, y: Num<'_>) -> NumResult {
    let e = to_big(y);
    if e.is_negative() {
        // CPython's long_pow hands a negative exponent to float_pow.
        return float_pow(int_to_f64(x)?, int_to_f64(y)?).map(Value::Float);
    }
    let b = to_big(x);
    if b.is_zero() {
        return Ok(Value::Int(if e.is_zero() { 1 } else { 0 }));
    }
    if b.is_one() {
        return Ok(Value::Int(1));
    }
    if b == BigInt::from(-1) {
        return Ok(Value::Int(if e.is_odd() { -1 } else { 1 }));
    }
    match e.to_u32() {
        Some(k) if (k as u64).saturating_mul(b.bits()) <= MAX_INT_BITS => Ok(big(num_traits::pow(b, k as usize))),
        _ => fail(ExcKind::OverflowError, "too many digits in integer"),
    }
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`.
fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return fail(ExcKind::ZeroDivisionError, "division by zero");
    }
    let negative = a.is_negative() != b.is_negative();
    let sign = if negative { -1.0 } else { 1.0 };
    if a.is_zero() {
        return Ok(0.0 * sign);
    }
    let (na, nb) = (a.magnitude(), b.magnitude());
    // Scale so the integer quotient has 55 or 56 bits: two beyond the 53 of
    // the mantissa, plus a sticky bit for a nonzero remainder.
    let shift = 55 - (na.bits() as i64 - nb.bits() as i64);
    let (q, r) = if shift >= 0 {
        (na << shift as u64).div_rem(nb)
    } else {
        na.div_rem(&(nb << (-shift) as u64))
    };
    let q = q.to_u64().expect("quotient has at most 56 bits");
    match round_to_f64(q, -shift, !r.is_zero()) {
        Some(x) => Ok(sign * x),
        None => fail(ExcKind::OverflowError, "integer division result too large for a float"),
    }
}

/// `q * 2**exp`, plus a little more when `sticky`, rounded half-to-even to
/// the nearest float (subnormals included); `None` when it overflows.
fn round_to_f64(q: u64, exp: i64, sticky: bool) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let n = 64 - q.leading_zeros() as i64;
    let lsb = (exp + n - 53).max(-1074);
    let drop = lsb - exp;
    if drop <= 0 {
        return compose(q, exp);
    }
    if drop > 64 {
        return Some(0.0);
    }
    let q = q as u128;
    let m = q >> drop;
    let rest = q & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    let up = rest > half || (rest == half && (sticky || m & 1 == 1));
    compose((m + up as u128) as u64, lsb)
}

/// The float `m * 2**e`, exactly, for `m <= 2**53` with no bits below the
/// float's precision at that exponent; `None` when it overflows.
fn compose(mut m: u64, mut e: i64) -> Option<f64> {
    const HIDDEN: u64 = 1 << 52;
    if m == 0 {
        return Some(0.0);
    }
    while m < HIDDEN && e > -1074 {
        m <<= 1;
        e -= 1;
    }
    while m > 2 * HIDDEN - 1 {
        debug_assert!(m & 1 == 0, "compose would lose a bit");
        m >>= 1;
        e += 1;
    }
    if m < HIDDEN {
        // Subnormal: the exponent field is 0 and the value is m * 2**-1074.
        return Some(f64::from_bits(m));
    }
    let biased = e + 52 + 1023;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(((biased as u64) << 52) | (m - HIDDEN)))
}

/// A big int as the nearest float (half-to-even); `None` past `f64::MAX`.
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(i) = b.to_i64() {
        return Some(i as f64);
    }
    let mag = b.magnitude();
    let n = mag.bits();
    let cut = n - 64;
    let top = (mag >> cut).to_u64().expect("64 bits");
    let sticky = mag.trailing_zeros().unwrap_or(0) < cut;
    let x = round_to_f64(top, cut as i64, sticky)?;
    Some(if b.is_negative() { -x } else { x })
}

// ---------------------------------------------------------------------------
// Comparisons, unary operators, divmod, abs

/// Compares two numbers exactly (`2**53 + 1 > float(2**53)`): outer `None`
/// when either is not a number, inner `None` when unordered (NaN).
pub fn compare(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    let (x, y) = (num(a)?, num(b)?);
    Some(match (x, y) {
        (Num::Int(p), Num::Int(q)) => Some(p.cmp(&q)),
        (Num::Float(p), Num::Float(q)) => p.partial_cmp(&q),
        (Num::Float(p), i) => int_float_cmp(i, p).map(Ordering::reverse),
        (i, Num::Float(q)) => int_float_cmp(i, q),
        (p, q) => Some(to_big(p).cmp(&to_big(q))),
    })
}

/// Compares an int with a float exactly (`float_richcompare`).
fn int_float_cmp(i: Num<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Num::Int(v) = i {
        if v.unsigned_abs() <= 1 << 53 {
            return (v as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let whole = float_to_bigint(fl);
    match to_big(i).cmp(&whole) {
        Ordering::Equal if fl != f => Some(Ordering::Less),
        o => Some(o),
    }
}

/// The exact integer value of an integral finite float.
fn float_to_bigint(x: f64) -> BigInt {
    if x.abs() < 9.2e18 {
        return BigInt::from(x as i64);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant) << exp as u64;
    if x < 0.0 {
        -m
    } else {
        m
    }
}

/// `a == b` for numbers (`1 == 1.0 == True`, exact between big ints and
/// floats); false when either is not a number.
pub fn num_eq(a: &Value, b: &Value) -> bool {
    matches!(compare(a, b), Some(Some(Ordering::Equal)))
}

/// `-v`, `+v`, `~v` for numbers (`Not` is the VM's, as is `~` on floats):
/// `None` when it does not apply.
pub fn unary(op: UnOp, v: &Value) -> Option<NumResult> {
    let n = num(v)?;
    Some(Ok(match (op, n) {
        (UnOp::Neg, Num::Int(i)) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => big(-BigInt::from(i)),
        },
        (UnOp::Neg, Num::Big(b)) => big(-b.clone()),
        (UnOp::Neg, Num::Float(x)) => Value::Float(-x),
        (UnOp::Pos, Num::Int(i)) => Value::Int(i),
        (UnOp::Pos, Num::Big(b)) => Value::BigInt(Rc::new(b.clone())),
        (UnOp::Pos, Num::Float(x)) => Value::Float(x),
        (UnOp::Invert, Num::Int(i)) => Value::Int(!i),
        (UnOp::Invert, Num::Big(b)) => big(-(b + BigInt::one())),
        _ => return None,
    }))
}

/// `divmod(a, b)` for numbers, as a tuple.
pub fn divmod(a: &Value, b: &Value) -> Option<NumResult> {
    let (x, y) = (num(a)?, num(b)?);
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        let r = (|| {
            let (p, q) = (int_to_f64(x)?, int_to_f64(y)?);
            if q == 0.0 {
                return fail(ExcKind::ZeroDivisionError, "float divmod()");
            }
            let (d, m) = float_divmod(p, q);
            Ok(Value::tuple(vec![Value::Float(d), Value::Float(m)]))
        })();
        return Some(r);
    }
    if let (Num::Int(p), Num::Int(q)) = (x, y) {
        if q == 0 {
            return Some(fail(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
        }
        if !(p == i64::MIN && q == -1) {
            let (d, m) = p.div_mod_floor(&q);
            return Some(Ok(Value::tuple(vec![Value::Int(d), Value::Int(m)])));
        }
    }
    let (p, q) = (to_big(x), to_big(y));
    if q.is_zero() {
        return Some(fail(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
    }
    let (d, m) = p.div_mod_floor(&q);
    Some(Ok(Value::tuple(vec![big(d), big(m)])))
}

/// `abs(v)` for numbers (a bool gives an int).
pub fn abs(v: &Value) -> Option<Value> {
    Some(match num(v)? {
        Num::Int(i) => match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => big(BigInt::from(i).abs()),
        },
        Num::Big(b) => big(b.abs()),
        Num::Float(x) => Value::Float(x.abs()),
    })
}

/// `pow(a, b, m)` for ints (`long_pow` with a modulus): a negative exponent
/// takes the modular inverse. `None` when an argument is not a number.
pub fn pow_mod(a: &Value, b: &Value, m: &Value) -> Option<NumResult> {
    let (x, y, z) = (num(a)?, num(b)?, num(m)?);
    if [x, y, z].iter().any(|n| matches!(n, Num::Float(_))) {
        return Some(fail(
            ExcKind::TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let (mut base, exp, modulus) = (to_big(x), to_big(y), to_big(z));
    if modulus.is_zero() {
        return Some(fail(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let mabs = modulus.abs();
    let mut e = exp.clone();
    if exp.is_negative() {
        match mod_inverse(&base.mod_floor(&mabs), &mabs) {
            Some(inv) => base = inv,
            None => return Some(fail(ExcKind::ValueError, "base is not invertible for the given modulus")),
        }
        e = -exp;
    }
    let mut r = base.modpow(&e, &mabs);
    // modpow gives a value in [0, |m|); Python's result takes the sign of m.
    if modulus.is_negative() && !r.is_zero() {
        r -= &mabs;
    }
    Some(Ok(big(r)))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

// ---------------------------------------------------------------------------
// round()

/// `round(x)` and `round(x, ndigits)` for numbers. `ndigits` None (or a
/// Python `None`) rounds to an int, half to even; otherwise the result has
/// x's type. A non-int `ndigits` is a `TypeError` (instances with
/// `__index__` must be converted by the caller). `None` if x is not a number.
pub fn round(x: &Value, ndigits: Option<&Value>) -> Option<NumResult> {
    let n = num(x)?;
    let nd = match ndigits {
        None | Some(Value::None) => None,
        Some(v) => match num(v) {
            Some(Num::Int(i)) => Some(i),
            Some(Num::Big(b)) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
            _ => {
                return Some(Err((
                    ExcKind::TypeError,
                    format!("'{}' object cannot be interpreted as an integer", v.kind_name()),
                )))
            }
        },
    };
    Some(match (n, nd) {
        (Num::Float(f), None) => float_to_int(f.round_ties_even()),
        (Num::Float(f), Some(d)) => float_round(f, d).map(Value::Float),
        (i, None) => Ok(big(to_big(i))),
        (i, Some(d)) if d >= 0 => Ok(big(to_big(i))),
        (i, Some(d)) => Ok(big(round_to_pow10(&to_big(i), d.unsigned_abs()))),
    })
}

/// Rounds an int to a multiple of `10**k`, half to even (`long_round`).
fn round_to_pow10(a: &BigInt, k: u64) -> BigInt {
    if k > MAX_INT_BITS {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = a.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let up = match twice.cmp(&p) {
        Ordering::Greater => true,
        Ordering::Equal => q.is_odd(),
        Ordering::Less => false,
    };
    (if up { q + 1 } else { q }) * p
}

/// `round(x, ndigits)` for a float: correctly rounded, as CPython's
/// `double_round` (which rounds the exact binary value, so `round(2.675, 2)`
/// is 2.67).
fn float_round(x: f64, ndigits: i64) -> Result<f64, NumError> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let r = if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse::<f64>().expect("Rust formats floats it can parse")
    } else {
        // Exact: x = m * 2**e; round m * 2**e / 10**k half to even.
        let k = ndigits.unsigned_abs() as usize;
        let (m, e) = decompose(x.abs());
        let p10 = num_traits::pow(BigInt::from(10), k);
        let rounded = if e >= 0 {
            round_to_pow10(&(BigInt::from(m) << e as u64), k as u64)
        } else {
            let den = &p10 << (-e) as u64;
            let (q, r) = BigInt::from(m).div_rem(&den);
            let twice: BigInt = r * 2;
            let up = match twice.cmp(&den) {
                Ordering::Greater => true,
                Ordering::Equal => q.is_odd(),
                Ordering::Less => false,
            };
            (if up { q + 1 } else { q }) * &p10
        };
        let v = bigint_to_f64(&rounded).unwrap_or(f64::INFINITY);
        if x < 0.0 {
            -v
        } else {
            v
        }
    };
    if r.is_infinite() {
        return fail(ExcKind::OverflowError, "rounded value too large to represent");
    }
    // Keep the sign of zero, as strtod of "-0" does.
    Ok(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}

/// A positive finite float as `m * 2**e` with integer m.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

// ---------------------------------------------------------------------------
// Conversions

/// `int(x)` for a float: truncation toward zero; `OverflowError` for
/// infinities and `ValueError` for NaN, with CPython's messages.
pub fn float_to_int(x: f64) -> NumResult {
    if x.is_nan() {
        return fail(ExcKind::ValueError, "cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return fail(ExcKind::OverflowError, "cannot convert float infinity to integer");
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        Ok(Value::Int(t as i64))
    } else {
        Ok(big(float_to_bigint(t)))
    }
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> Result<(Value, Value), NumError> {
    if x.is_nan() {
        return fail(ExcKind::ValueError, "cannot convert NaN to integer ratio");
    }
    if x.is_infinite() {
        return fail(ExcKind::OverflowError, "cannot convert Infinity to integer ratio");
    }
    if x == 0.0 {
        return Ok((Value::Int(0), Value::Int(1)));
    }
    let (m, e) = decompose(x.abs());
    let tz = m.trailing_zeros() as i64;
    let (m, e) = (m >> tz, e + tz);
    let num = if e >= 0 { BigInt::from(m) << e as u64 } else { BigInt::from(m) };
    let den = if e >= 0 { BigInt::one() } else { BigInt::one() << (-e) as u64 };
    let num = if x < 0.0 { -num } else { num };
    Ok((big(num), big(den)))
}

/// `float.hex()`: `0x1.8000000000000p+0`, as CPython's `float_hex`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() || x.is_infinite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

/// The number of bits of |v| for an int (`int.bit_length()`); None if not an int.
pub fn bit_length(v: &Value) -> Option<u64> {
    match num(v)? {
        Num::Int(i) => Some(64 - i.unsigned_abs().leading_zeros() as u64),
        Num::Big(b) => Some(b.bits()),
        Num::Float(_) => None,
    }
}

/// The number of one bits of |v| for an int (`int.bit_count()`).
pub fn bit_count(v: &Value) -> Option<u64> {
    match num(v)? {
        Num::Int(i) => Some(i.unsigned_abs().count_ones() as u64),
        Num::Big(b) => Some(b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum()),
        Num::Float(_) => None,
    }
}

/// `int.to_bytes(length, byteorder, signed=...)` (`int_to_bytes_impl`).
pub fn int_to_bytes(v: &Value, length: usize, little: bool, signed: bool) -> Result<Vec<u8>, NumError> {
    let n = match num(v) {
        Some(n @ (Num::Int(_) | Num::Big(_))) => to_big(n),
        _ => return fail(ExcKind::TypeError, "an integer is required"),
    };
    if n.is_negative() && !signed {
        return fail(ExcKind::OverflowError, "can't convert negative int to unsigned");
    }
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return fail(ExcKind::OverflowError, "int too big to convert");
    }
    let pad = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=...)`.
pub fn int_from_bytes(bytes: &[u8], little: bool, signed: bool) -> Value {
    let mut le = bytes.to_vec();
    if !little {
        le.reverse();
    }
    if signed {
        big(BigInt::from_signed_bytes_le(&le))
    } else {
        big(BigInt::from_bytes_le(Sign::Plus, &le))
    }
}

/// `str(i)` for an int: `ValueError` past 4300 decimal digits, as CPython
/// 3.11's integer string conversion limit.
pub fn int_to_decimal(v: &Value) -> Result<String, NumError> {
    match v {
        Value::BigInt(b) => {
            // Only very large values can exceed the limit: 4300 digits need
            // at least 14280 bits.
            if b.bits() > 14_000 {
                let s = b.magnitude().to_string();
                if s.len() > MAX_STR_DIGITS {
                    return fail(
                        ExcKind::ValueError,
                        "Exceeds the limit (4300 digits) for integer string conversion; \
                         use sys.set_int_max_str_digits() to increase the limit",
                    );
                }
                return Ok(if b.is_negative() { format!("-{s}") } else { s });
            }
            Ok(b.to_string())
        }
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok((*b as i64).to_string()),
        _ => fail(ExcKind::TypeError, "an integer is required"),
    }
}

/// An int in base 2, 8 or 16 (lowercase digits, no prefix) with its sign:
/// for `bin`, `oct`, `hex` and formatting.
pub fn int_to_radix(v: &Value, radix: u32) -> Option<(bool, String)> {
    match num(v)? {
        Num::Int(i) => {
            let m = i.unsigned_abs();
            let s = match radix {
                2 => format!("{m:b}"),
                8 => format!("{m:o}"),
                16 => format!("{m:x}"),
                _ => m.to_string(),
            };
            Some((i < 0, s))
        }
        Num::Big(b) => Some((b.is_negative(), b.magnitude().to_str_radix(radix))),
        Num::Float(_) => None,
    }
}

/// Unicode's decimal digits come in runs of ten; these are the zeros.
/// Generated from Python 3.11's `unicodedata` (Unicode 14.0.0):
/// `[c for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0]`.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`'٣'` is 3, `'３'` is 3), as
/// `unicodedata.decimal`; `str.isdecimal` is true exactly for these.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DIGIT_ZEROS.partition_point(|&z| z <= c);
    let zero = *DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// Python's `str.isspace` for one character (Rust's `char::is_whitespace`
/// plus the four ASCII separators U+001C..U+001F).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// What `int()` and `float()` parse: stripped of whitespace, with Unicode
/// decimal digits made ASCII and anything else non-ASCII made `?`
/// (`_PyUnicode_TransformDecimalAndSpaceToASCII`).
fn ascii_number(s: &str) -> String {
    s.trim_matches(is_space)
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if let Some(d) = decimal_value(c) {
                char::from(b'0' + d as u8)
            } else if is_space(c) {
                ' '
            } else {
                '?'
            }
        })
        .collect()
}

/// The repr of a string cut to 200 characters, as CPython's `%.200R`.
fn repr_200(s: &str) -> String {
    super::repr::str_repr(s).chars().take(200).collect()
}

/// `int(s, base)` for a str (`PyLong_FromString`): surrounding whitespace,
/// a sign, underscores between digits, the `0x`/`0o`/`0b` prefixes (base 0
/// picks the base from them). Errs with the `ValueError` message.
pub fn int_from_str(s: &str, base: u32) -> Result<Value, String> {
    parse_int(s, base)
        .map_err(|e| e.unwrap_or_else(|| format!("invalid literal for int() with base {base}: {}", repr_200(s))))
}

/// `int(b, base)` for bytes: as [`int_from_str`], the message showing the bytes.
pub fn int_from_bytes_literal(b: &[u8], base: u32) -> Result<Value, String> {
    let text: String = b.iter().map(|&c| if c.is_ascii() { c as char } else { '?' }).collect();
    parse_int(&text, base).map_err(|e| {
        e.unwrap_or_else(|| {
            let shown: String = super::repr::bytes_repr(b).chars().take(200).collect();
            format!("invalid literal for int() with base {base}: {shown}")
        })
    })
}

/// Parses an int literal: `Err(None)` when it is not one, `Err(Some(msg))`
/// for the other `ValueError`s (base, digit limit).
fn parse_int(s: &str, base: u32) -> Result<Value, Option<String>> {
    if base == 1 || base > 36 {
        return Err(Some("int() base must be >= 2 and <= 36, or 0".to_string()));
    }
    let invalid = || -> Option<String> { None };
    let text = ascii_number(s);
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let at = |k: usize| bytes.get(k).map(|b| b.to_ascii_lowercase());
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != Some(b'0') {
            10
        } else {
            match at(i + 1) {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == Some(b'0')
        && matches!((base, at(i + 1)), (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b')))
    {
        i += 2;
        if at(i) == Some(b'_') {
            i += 1;
        }
    }
    let body = &bytes[i..];
    if body.is_empty() || body[0] == b'_' || body[body.len() - 1] == b'_' {
        return Err(invalid());
    }
    let mut digits = Vec::with_capacity(body.len());
    let mut prev_underscore = false;
    for &b in body {
        if b == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        match (b as char).to_digit(36) {
            Some(d) if d < base => digits.push(b),
            _ => return Err(invalid()),
        }
    }
    if !base.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(Some(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let mag = BigInt::parse_bytes(&digits, base).ok_or_else(invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(big(if negative { -mag } else { mag }))
}

/// `float(s)` for a str: surrounding whitespace, underscores between
/// digits, `inf`/`infinity`/`nan` in any case with a sign. Errs with the
/// `ValueError` message "could not convert string to float: '...'".
pub fn float_from_str(s: &str) -> Result<f64, String> {
    parse_float(&ascii_number(s))
        .ok_or_else(|| format!("could not convert string to float: {}", super::repr::str_repr(s)))
}

/// `float(b)` for bytes: as [`float_from_str`], the message showing the bytes.
pub fn float_from_bytes(b: &[u8]) -> Result<f64, String> {
    let text: String = b.iter().map(|&c| if c.is_ascii() { c as char } else { '?' }).collect();
    parse_float(text.trim_matches(is_space))
        .ok_or_else(|| format!("could not convert string to float: {}", super::repr::bytes_repr(b)))
}

/// Parses a stripped ASCII float literal (`_Py_dg_strtod`'s grammar plus
/// PEP 515 underscores).
fn parse_float(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    // Underscores only between two digits (`_Py_string_to_number_with_underscores`).
    let mut clean = String::with_capacity(text.len());
    for (k, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok = k > 0 && b[k - 1].is_ascii_digit() && b.get(k + 1).is_some_and(u8::is_ascii_digit);
            if !ok {
                return None;
            }
        } else {
            clean.push(c as char);
        }
    }
    let body = clean.strip_prefix(['+', '-']).unwrap_or(&clean);
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        let x = if lower == "nan" { f64::NAN } else { f64::INFINITY };
        return Some(if clean.starts_with('-') { -x } else { x });
    }
    // digits [. digits] | . digits, then [e [sign] digits]
    let lb = lower.as_bytes();
    let mut k = 0;
    let int_digits = lb.iter().take_while(|c| c.is_ascii_digit()).count();
    k += int_digits;
    let mut frac_digits = 0;
    if lb.get(k) == Some(&b'.') {
        k += 1;
        frac_digits = lb[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        k += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if lb.get(k) == Some(&b'e') {
        k += 1;
        if matches!(lb.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        let e = lb[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        if e == 0 {
            return None;
        }
        k += e;
    }
    if k != lb.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}

// ---------------------------------------------------------------------------
// Hashing

/// CPython's `sys.hash_info.modulus`: 2**61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(v)` for numbers, exactly as CPython (`_PyHash_Double`,
/// `long_hash`): equal numbers hash equal, `hash(-1) == -2`,
/// `hash(2**64) == hash(2.0**64) == 8`. NaN hashes to 0 here (CPython uses
/// the object's address). `None` if not a number.
pub fn hash_number(v: &Value) -> Option<i64> {
    let h: i64 = match num(v)? {
        Num::Int(i) => {
            let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
            if i < 0 {
                -m
            } else {
                m
            }
        }
        Num::Big(b) => {
            let m = (b.magnitude() % HASH_MODULUS).to_i64().expect("below 2**61");
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
        Num::Float(x) => return Some(hash_float(x)),
    };
    Some(if h == -1 { -2 } else { h })
}

fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() || v == 0.0 {
        return 0;
    }
    // frexp: v = m * 2**e with 0.5 <= |m| < 1.
    let (mant, exp2) = decompose(v.abs());
    let bits = 64 - mant.leading_zeros() as i64;
    let mut m = mant as f64 / (1u64 << bits) as f64;
    let mut e = exp2 + bits;
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) } as u64;
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

// ---------------------------------------------------------------------------
// Floats as text

/// Options of [`double_to_string`] (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default)]
pub struct FloatFlags {
    /// Always write a sign (`Py_DTSF_SIGN`).
    pub sign: bool,
    /// Write `.0` after an integral value shown without exponent (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// The alternate form `#`: keep the point and trailing zeros (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Show negative zero as zero, the `z` option (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

/// The decimal digits of |x| (finite) without trailing zeros, and the
/// position of the decimal point: x = 0.DIGITS * 10**decpt. This is what
/// `_Py_dg_dtoa` returns; Rust's float formatting is exact and correctly
/// rounded (half to even on the binary value), as dtoa is.
enum Digits {
    /// The shortest digits that round-trip (dtoa mode 0).
    Shortest,
    /// This many significant digits (mode 2).
    Significant(usize),
    /// This many digits after the point (mode 3).
    Fixed(usize),
}

fn dtoa(x: f64, mode: Digits) -> (Vec<u8>, i64) {
    let x = x.abs();
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    match mode {
        Digits::Shortest | Digits::Significant(_) => {
            let s = match mode {
                Digits::Significant(n) => format!("{:.*e}", n.max(1) - 1, x),
                _ => format!("{x:e}"),
            };
            let (mant, exp) = s.split_once('e').expect("exponent form");
            let exp: i64 = exp.parse().expect("exponent");
            let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
            while digits.len() > 1 && digits.last() == Some(&b'0') {
                digits.pop();
            }
            (digits, exp + 1)
        }
        Digits::Fixed(n) => {
            let s = format!("{:.*}", n, x);
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            let mut decpt = int.len() as i64;
            let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
            let lead = digits.iter().take_while(|&&d| d == b'0').count();
            digits.drain(..lead);
            decpt -= lead as i64;
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            if digits.is_empty() {
                // Rounded to zero: dtoa gives no digits at -ndigits.
                decpt = -(n as i64);
            }
            (digits, decpt)
        }
    }
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`r` is repr: shortest round-trip digits, exponent from
/// 1e16 and below 1e-4). Infinities and NaN give `inf`/`nan` (`INF`/`NAN`
/// for the uppercase codes).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let mut precision = precision as i64;
    let (digits, mut decpt) = match code {
        'e' => {
            precision += 1;
            dtoa(x, Digits::Significant(precision as usize))
        }
        'f' => dtoa(x, Digits::Fixed(precision as usize)),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            dtoa(x, Digits::Significant(precision as usize))
        }
        _ => dtoa(x, Digits::Shortest),
    };
    let digits_len = digits.len() as i64;
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    // format_float_short: the output is vdigits[vdigits_start:vdigits_end]
    // of the digits padded with zeros on both sides, with the point at decpt.
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let digits = std::str::from_utf8(&digits).expect("ASCII digits");
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` (and `str(x)`) of a float, as CPython's `float_repr`:
/// `0.1`, `1.0`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, FloatFlags { add_dot_0: true, ..FloatFlags::default() })
}

#[cfg(test)]
mod tests {
    //! Expected values come from CPython 3.11.7 (`python3 -c "print(repr(...))"`).
    // Tables of closures building values are generated from CPython's answers.
    #![allow(clippy::type_complexity)]
    use super::*;

    fn big(s: &str) -> Value {
        Value::from_bigint(s.parse().expect("a decimal literal"))
    }

    /// A Python literal of a bool, int or float.
    fn lit(s: &str) -> Value {
        match s {
            "True" => Value::Bool(true),
            "False" => Value::Bool(false),
            _ if s.contains(['.', 'e', 'n']) => Value::Float(float_from_str(s).expect("a float literal")),
            _ => int_from_str(s, 10).expect("an int literal"),
        }
    }

    /// The repr CPython prints for a numeric result.
    fn show(v: &Value) -> String {
        match v {
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(x) => float_repr(*x),
            Value::Tuple(t) => format!("({}, {})", show(&t[0]), show(&t[1])),
            other => format!("{other:?}"),
        }
    }

    fn outcome(r: NumResult) -> String {
        match r {
            Ok(v) => show(&v),
            Err((kind, msg)) => format!("{}: {msg}", kind.name()),
        }
    }

    #[test]
    fn binary_operators_match_cpython() {
        use BinOp::*;
        let ops = [Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor];
        let mut checked = 0;
        for line in BINARY.lines().filter(|l| !l.is_empty()) {
            let mut parts = line.splitn(3, " ; ");
            let (a, b) = (lit(parts.next().unwrap()), lit(parts.next().unwrap()));
            for (op, want) in ops.iter().zip(parts.next().unwrap().split(" | ")) {
                if want == "-" {
                    continue;
                }
                let got = outcome(binary(*op, &a, &b).expect("numbers"));
                assert_eq!(got, want, "{line}: {op:?}");
                checked += 1;
            }
        }
        assert!(checked > 1500, "only {checked} cases");
    }

    #[test]
    fn binary_leaves_non_numbers_and_float_bit_operations_to_the_vm() {
        assert!(binary(BinOp::Add, &Value::Int(1), &Value::str("x")).is_none());
        assert!(binary(BinOp::And, &Value::Float(1.0), &Value::Int(1)).is_none());
        assert!(binary(BinOp::LShift, &Value::Int(1), &Value::Float(1.0)).is_none());
        assert!(binary(BinOp::MatMul, &Value::Int(1), &Value::Int(1)).is_none());
    }

    #[test]
    fn results_are_normalized() {
        let r = binary(BinOp::Sub, &big("9223372036854775808"), &Value::Int(1)).unwrap().unwrap();
        assert!(matches!(r, Value::Int(i64::MAX)));
        let r = binary(BinOp::FloorDiv, &Value::Int(i64::MIN), &Value::Int(-1)).unwrap().unwrap();
        assert!(matches!(r, Value::BigInt(_)));
    }

    #[test]
    fn int_true_division_is_correctly_rounded() {
        // (2**64 + 1) / 2, 10**400 / 10**399, 1 / 10**400, and values that
        // only exact arithmetic gets right.
        let cases = [
            ("18446744073709551617", "2", "9.223372036854776e+18"),
            ("1", "3", "0.3333333333333333"),
            ("9007199254740993", "1", "9007199254740992.0"),
            ("9007199254740995", "1", "9007199254740996.0"),
            ("36028797018963971", "4", "9007199254740992.0"),
            ("123456789123456789123456789", "987654321987654321", "124999998.8609375"),
        ];
        for (a, b, want) in cases {
            let got = outcome(binary(BinOp::TrueDiv, &big(a), &big(b)).unwrap());
            assert_eq!(got, want, "{a} / {b}");
        }
        let ten = |k: usize| big(&format!("1{}", "0".repeat(k)));
        assert_eq!(outcome(binary(BinOp::TrueDiv, &ten(400), &ten(399)).unwrap()), "10.0");
        assert_eq!(outcome(binary(BinOp::TrueDiv, &Value::Int(1), &ten(400)).unwrap()), "0.0");
        assert_eq!(outcome(binary(BinOp::TrueDiv, &Value::Int(-1), &ten(400)).unwrap()), "-0.0");
        assert_eq!(
            outcome(binary(BinOp::TrueDiv, &ten(400), &Value::Int(3)).unwrap()),
            "OverflowError: integer division result too large for a float"
        );
        // Subnormal results: 1 / 2**1074 * ... and 3 / 2**1075 (ties to even).
        let p = |k: u32| Value::from_bigint(num_bigint::BigInt::from(1) << k);
        assert_eq!(outcome(binary(BinOp::TrueDiv, &Value::Int(1), &p(1074)).unwrap()), "5e-324");
        assert_eq!(outcome(binary(BinOp::TrueDiv, &Value::Int(1), &p(1075)).unwrap()), "0.0");
        assert_eq!(outcome(binary(BinOp::TrueDiv, &Value::Int(3), &p(1075)).unwrap()), "1e-323");
        assert_eq!(outcome(binary(BinOp::TrueDiv, &Value::Int(3), &p(1076)).unwrap()), "5e-324");
    }

    #[test]
    fn big_powers_are_exact() {
        assert_eq!(outcome(binary(BinOp::Pow, &Value::Int(19), &Value::Int(19)).unwrap()), "1978419655660313589123979");
        assert_eq!(outcome(binary(BinOp::Pow, &Value::Int(-3), &Value::Int(3)).unwrap()), "-27");
        assert_eq!(outcome(binary(BinOp::Pow, &Value::Int(2), &Value::Int(-2)).unwrap()), "0.25");
        let r = outcome(binary(BinOp::Pow, &Value::Int(2), &Value::Int(1000)).unwrap());
        assert!(r.starts_with("10715086071862673209484250490600018105614048117055336074437503883703510511249361"));
    }

    #[test]
    fn big_int_to_float_rounds_half_to_even() {
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: even wins.
        assert_eq!(bigint_to_f64(&"9007199254740993".parse().unwrap()), Some(9007199254740992.0));
        assert_eq!(bigint_to_f64(&"9007199254740995".parse().unwrap()), Some(9007199254740996.0));
        // 2**64 + 2**11 + 1: just above the tie, rounds up.
        assert_eq!(bigint_to_f64(&"18446744073709553665".parse().unwrap()), Some(18446744073709555712.0));
        assert_eq!(bigint_to_f64(&"18446744073709553664".parse().unwrap()), Some(18446744073709551616.0));
        let max = num_bigint::BigInt::from(1) << 1024u32;
        assert_eq!(bigint_to_f64(&max), None);
        assert_eq!(bigint_to_f64(&(max - (num_bigint::BigInt::from(1) << 970u32))), None);
    }

    #[test]
    fn comparisons_are_exact_between_ints_and_floats() {
        let two53 = big("9007199254740993");
        let cases: &[(Value, Value, Option<Ordering>)] = &[
            (Value::Int(1), Value::Float(1.0), Some(Ordering::Equal)),
            (Value::Bool(true), Value::Float(1.0), Some(Ordering::Equal)),
            (two53.clone(), Value::Float(9007199254740992.0), Some(Ordering::Greater)),
            (Value::Int(9007199254740993), Value::Float(9007199254740992.0), Some(Ordering::Greater)),
            (big("18446744073709551616"), Value::Float(18446744073709551616.0), Some(Ordering::Equal)),
            (big("-18446744073709551617"), Value::Float(-18446744073709551616.0), Some(Ordering::Less)),
            (Value::Int(3), Value::Float(3.5), Some(Ordering::Less)),
            (Value::Int(-3), Value::Float(-3.5), Some(Ordering::Greater)),
            (Value::Int(i64::MAX), Value::Float(i64::MAX as f64), Some(Ordering::Less)),
            (big("99999999999999999999999"), Value::Float(f64::INFINITY), Some(Ordering::Less)),
            (Value::Int(0), Value::Float(f64::NAN), None),
            (Value::Float(f64::NAN), Value::Float(f64::NAN), None),
            (big("18446744073709551616"), Value::Int(-1), Some(Ordering::Greater)),
        ];
        for (a, b, want) in cases {
            assert_eq!(compare(a, b), Some(*want), "{a:?} vs {b:?}");
            assert_eq!(compare(b, a), Some(want.map(Ordering::reverse)), "{b:?} vs {a:?}");
        }
        assert!(num_eq(&Value::Int(1), &Value::Bool(true)));
        assert!(!num_eq(&two53, &Value::Float(9007199254740992.0)));
        assert_eq!(compare(&Value::Int(1), &Value::None), None);
    }

    #[test]
    fn unary_operators() {
        let neg = |v: Value| outcome(unary(UnOp::Neg, &v).unwrap());
        assert_eq!(neg(Value::Int(i64::MIN)), "9223372036854775808");
        assert_eq!(neg(Value::Bool(true)), "-1");
        assert_eq!(neg(Value::Float(0.0)), "-0.0");
        assert_eq!(neg(big("9223372036854775808")), "-9223372036854775808");
        assert!(matches!(unary(UnOp::Neg, &big("9223372036854775808")), Some(Ok(Value::Int(i64::MIN)))));
        assert_eq!(outcome(unary(UnOp::Invert, &Value::Int(5)).unwrap()), "-6");
        assert_eq!(outcome(unary(UnOp::Invert, &Value::Bool(true)).unwrap()), "-2");
        assert_eq!(outcome(unary(UnOp::Invert, &big("-9223372036854775809")).unwrap()), "9223372036854775808");
        assert_eq!(outcome(unary(UnOp::Pos, &Value::Bool(true)).unwrap()), "1");
        assert!(unary(UnOp::Invert, &Value::Float(1.0)).is_none());
        assert!(unary(UnOp::Neg, &Value::str("x")).is_none());
    }

    #[test]
    fn divmod_and_abs() {
        for (a, b, want) in DIVMODS {
            assert_eq!(outcome(divmod(&a(), &b()).unwrap()), *want, "divmod({:?}, {:?})", a(), b());
        }
        assert_eq!(show(&abs(&Value::Int(i64::MIN)).unwrap()), "9223372036854775808");
        assert_eq!(show(&abs(&Value::Bool(true)).unwrap()), "1");
        assert_eq!(show(&abs(&Value::Float(-0.0)).unwrap()), "0.0");
    }

    #[test]
    fn pow_with_modulus() {
        let p = |a: i64, b: i64, m: i64| outcome(pow_mod(&Value::Int(a), &Value::Int(b), &Value::Int(m)).unwrap());
        assert_eq!(p(2, 10, 1000), "24");
        assert_eq!(p(2, -1, 5), "3");
        assert_eq!(p(-2, 3, 7), "6");
        assert_eq!(p(2, 3, -7), "-6");
        assert_eq!(p(2, -1, 4), "ValueError: base is not invertible for the given modulus");
        assert_eq!(p(2, 1, 0), "ValueError: pow() 3rd argument cannot be 0");
        let f = pow_mod(&Value::Float(2.0), &Value::Int(1), &Value::Int(5)).unwrap();
        assert_eq!(outcome(f), "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    }

    #[test]
    fn round_matches_cpython() {
        for (x, n, want) in ROUNDS {
            let nd = n.map(|f| f());
            assert_eq!(outcome(round(&x(), nd.as_ref()).unwrap()), *want, "round({:?}, {nd:?})", x());
        }
    }

    #[test]
    fn float_repr_is_shortest_round_trip_with_cpython_layout() {
        for &(bits, want) in REPRS {
            assert_eq!(float_repr(f64::from_bits(bits)), want, "{bits:#x}");
        }
    }

    #[test]
    fn double_to_string_codes() {
        let f = |x: f64, code: char, p: usize| double_to_string(x, code, p, FloatFlags::default());
        assert_eq!(f(12345.678, 'e', 6), "1.234568e+04");
        assert_eq!(f(12345.678, 'E', 6), "1.234568E+04");
        assert_eq!(f(12345.678, 'g', 6), "12345.7");
        assert_eq!(f(1234567.0, 'g', 6), "1.23457e+06");
        assert_eq!(f(0.0001, 'g', 6), "0.0001");
        assert_eq!(f(0.00001, 'g', 6), "1e-05");
        assert_eq!(f(0.5, 'f', 0), "0");
        assert_eq!(f(1.5, 'f', 0), "2");
        assert_eq!(f(2.675, 'f', 2), "2.67");
        assert_eq!(f(0.125, 'f', 2), "0.12");
        assert_eq!(f(-0.0001, 'f', 2), "-0.00");
        assert_eq!(f(f64::NAN, 'F', 6), "NAN");
        assert_eq!(f(f64::NEG_INFINITY, 'f', 6), "-inf");
        assert_eq!(f(1e300, 'e', 4), "1.0000e+300");
        assert_eq!(f(0.1, 'f', 60), "0.100000000000000005551115123125782702118158340454101562500000");
        let alt = FloatFlags { alt: true, ..FloatFlags::default() };
        assert_eq!(double_to_string(1.0, 'g', 6, alt), "1.00000");
        assert_eq!(double_to_string(3.0, 'f', 0, alt), "3.");
        assert_eq!(double_to_string(5.0, 'e', 0, alt), "5.e+00");
        let no_neg = FloatFlags { no_neg_0: true, ..FloatFlags::default() };
        assert_eq!(double_to_string(-1e-9, 'f', 2, no_neg), "0.00");
        assert_eq!(double_to_string(-1e-10, 'g', 3, no_neg), "-1e-10");
    }

    #[test]
    fn int_from_str_matches_cpython() {
        for (s, base, want) in INT_FROM_STR {
            let got = match int_from_str(s, *base) {
                Ok(v) => show(&v),
                Err(m) => format!("ValueError: {m}"),
            };
            assert_eq!(got, *want, "int({s:?}, {base})");
        }
        let long = "x".repeat(300);
        let msg = int_from_str(&long, 10).unwrap_err();
        assert_eq!(msg, format!("invalid literal for int() with base 10: '{}", "x".repeat(199)));
        let many = "1".repeat(5000);
        assert_eq!(
            int_from_str(&many, 10).unwrap_err(),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(int_from_str(&many, 16).is_ok());
        assert_eq!(int_from_bytes_literal(b"x", 10).unwrap_err(), "invalid literal for int() with base 10: b'x'");
        assert_eq!(show(&int_from_bytes_literal(b" 42 ", 10).unwrap()), "42");
    }

    #[test]
    fn float_from_str_matches_cpython() {
        for (s, want) in FLOAT_FROM_STR {
            let got = match float_from_str(s) {
                Ok(x) => float_repr(x),
                Err(m) => format!("ValueError: {m}"),
            };
            assert_eq!(got, *want, "float({s:?})");
        }
        assert_eq!(float_from_bytes(b"1.5").unwrap(), 1.5);
        assert_eq!(float_from_bytes(b"x").unwrap_err(), "could not convert string to float: b'x'");
    }

    #[test]
    fn hashes_match_cpython() {
        for (v, want) in HASHES {
            assert_eq!(hash_number(&v()), Some(*want), "hash({:?})", v());
        }
    }

    #[test]
    fn int_str_limit() {
        let v = big(&format!("1{}", "0".repeat(4300)));
        assert!(int_to_decimal(&v).is_err());
        let v = big(&format!("1{}", "0".repeat(4299)));
        assert_eq!(int_to_decimal(&v).unwrap().len(), 4300);
    }

    #[test]
    fn int_and_float_helpers() {
        assert_eq!(bit_length(&Value::Int(-255)), Some(8));
        assert_eq!(bit_length(&Value::Int(0)), Some(0));
        assert_eq!(bit_length(&big("18446744073709551616")), Some(65));
        assert_eq!(bit_count(&Value::Int(-255)), Some(8));
        assert_eq!(int_to_bytes(&Value::Int(-255), 2, false, true).unwrap(), vec![0xff, 0x01]);
        assert_eq!(int_to_bytes(&Value::Int(255), 1, true, false).unwrap(), vec![0xff]);
        assert_eq!(int_to_bytes(&Value::Int(0), 0, false, false).unwrap(), Vec::<u8>::new());
        assert_eq!(
            int_to_bytes(&Value::Int(256), 1, false, false).unwrap_err().1,
            "int too big to convert"
        );
        assert_eq!(
            int_to_bytes(&Value::Int(-1), 1, false, false).unwrap_err().1,
            "can't convert negative int to unsigned"
        );
        assert_eq!(show(&int_from_bytes(&[0xff, 0x01], false, true)), "-255");
        assert_eq!(show(&int_from_bytes(&[0xff, 0x01], true, false)), "511");
        let (n, d) = float_as_integer_ratio(0.1).unwrap();
        assert_eq!((show(&n), show(&d)), ("3602879701896397".into(), "36028797018963968".into()));
        let (n, d) = float_as_integer_ratio(-1.5).unwrap();
        assert_eq!((show(&n), show(&d)), ("-3".into(), "2".into()));
        assert_eq!(float_as_integer_ratio(f64::INFINITY).unwrap_err().1, "cannot convert Infinity to integer ratio");
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(f64::INFINITY), "inf");
        assert_eq!(outcome(float_to_int(1e20)), "100000000000000000000");
        assert_eq!(outcome(float_to_int(-3.9)), "-3");
        assert_eq!(outcome(float_to_int(f64::NAN)), "ValueError: cannot convert float NaN to integer");
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('９'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{65f}'), None);
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
    }

    /// `a ; b ; a+b | a-b | a*b | a/b | a//b | a%b | a**b [| a<<b | a>>b | a&b | a|b | a^b]`, from CPython 3.11.
    const BINARY: &str = r#"
0 ; 0 ; 0 | 0 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | 0 | 0 | 0 | 0 | 0
0 ; 1 ; 1 | -1 | 0 | 0.0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1
0 ; -1 ; -1 | 1 | 0 | -0.0 | 0 | 0 | ZeroDivisionError: 0.0 cannot be raised to a negative power | ValueError: negative shift count | ValueError: negative shift count | 0 | -1 | -1
0 ; 7 ; 7 | -7 | 0 | 0.0 | 0 | 0 | 0 | 0 | 0 | 0 | 7 | 7
0 ; -7 ; -7 | 7 | 0 | -0.0 | 0 | 0 | ZeroDivisionError: 0.0 cannot be raised to a negative power | ValueError: negative shift count | ValueError: negative shift count | 0 | -7 | -7
0 ; 4611686018427387904 ; 4611686018427387904 | -4611686018427387904 | 0 | 0.0 | 0 | 0 | - | - | 0 | 0 | 4611686018427387904 | 4611686018427387904
0 ; -9223372036854775808 ; -9223372036854775808 | 9223372036854775808 | 0 | -0.0 | 0 | 0 | ZeroDivisionError: 0.0 cannot be raised to a negative power | ValueError: negative shift count | ValueError: negative shift count | 0 | -9223372036854775808 | -9223372036854775808
0 ; 18446744073709551616 ; 18446744073709551616 | -18446744073709551616 | 0 | 0.0 | 0 | 0 | - | - | 0 | 0 | 18446744073709551616 | 18446744073709551616
0 ; True ; 1 | -1 | 0 | 0.0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1
0 ; -1180591620717411303421 ; -1180591620717411303421 | 1180591620717411303421 | 0 | -0.0 | 0 | 0 | ZeroDivisionError: 0.0 cannot be raised to a negative power | ValueError: negative shift count | ValueError: negative shift count | 0 | -1180591620717411303421 | -1180591620717411303421
1 ; 0 ; 1 | 1 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | 1 | 1 | 0 | 1 | 1
1 ; 1 ; 2 | 0 | 1 | 1.0 | 1 | 0 | 1 | 2 | 0 | 1 | 1 | 0
1 ; -1 ; 0 | 2 | -1 | -1.0 | -1 | 0 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | 1 | -1 | -2
1 ; 7 ; 8 | -6 | 7 | 0.14285714285714285 | 0 | 1 | 1 | 128 | 0 | 1 | 7 | 6
1 ; -7 ; -6 | 8 | -7 | -0.14285714285714285 | -1 | -6 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | 1 | -7 | -8
1 ; 4611686018427387904 ; 4611686018427387905 | -4611686018427387903 | 4611686018427387904 | 2.168404344971009e-19 | 0 | 1 | - | - | 0 | 0 | 4611686018427387905 | 4611686018427387905
1 ; -9223372036854775808 ; -9223372036854775807 | 9223372036854775809 | -9223372036854775808 | -1.0842021724855044e-19 | -1 | -9223372036854775807 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | 0 | -9223372036854775807 | -9223372036854775807
1 ; 18446744073709551616 ; 18446744073709551617 | -18446744073709551615 | 18446744073709551616 | 5.421010862427522e-20 | 0 | 1 | - | - | 0 | 0 | 18446744073709551617 | 18446744073709551617
1 ; True ; 2 | 0 | 1 | 1.0 | 1 | 0 | 1 | 2 | 0 | 1 | 1 | 0
1 ; -1180591620717411303421 ; -1180591620717411303420 | 1180591620717411303422 | -1180591620717411303421 | -8.470329472543003e-22 | -1 | -1180591620717411303420 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | 1 | -1180591620717411303421 | -1180591620717411303422
-1 ; 0 ; -1 | -1 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | -1 | -1 | 0 | -1 | -1
-1 ; 1 ; 0 | -2 | -1 | -1.0 | -1 | 0 | -1 | -2 | -1 | 1 | -1 | -2
-1 ; -1 ; -2 | 0 | 1 | 1.0 | 1 | 0 | -1.0 | ValueError: negative shift count | ValueError: negative shift count | -1 | -1 | 0
-1 ; 7 ; 6 | -8 | -7 | -0.14285714285714285 | -1 | 6 | -1 | -128 | -1 | 7 | -1 | -8
-1 ; -7 ; -8 | 6 | 7 | 0.14285714285714285 | 0 | -1 | -1.0 | ValueError: negative shift count | ValueError: negative shift count | -7 | -1 | 6
-1 ; 4611686018427387904 ; 4611686018427387903 | -4611686018427387905 | -4611686018427387904 | -2.168404344971009e-19 | -1 | 4611686018427387903 | - | - | -1 | 4611686018427387904 | -1 | -4611686018427387905
-1 ; -9223372036854775808 ; -9223372036854775809 | 9223372036854775807 | 9223372036854775808 | 1.0842021724855044e-19 | 0 | -1 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | -9223372036854775808 | -1 | 9223372036854775807
-1 ; 18446744073709551616 ; 18446744073709551615 | -18446744073709551617 | -18446744073709551616 | -5.421010862427522e-20 | -1 | 18446744073709551615 | - | - | -1 | 18446744073709551616 | -1 | -18446744073709551617
-1 ; True ; 0 | -2 | -1 | -1.0 | -1 | 0 | -1 | -2 | -1 | 1 | -1 | -2
-1 ; -1180591620717411303421 ; -1180591620717411303422 | 1180591620717411303420 | 1180591620717411303421 | 8.470329472543003e-22 | 0 | -1 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | -1180591620717411303421 | -1 | 1180591620717411303420
7 ; 0 ; 7 | 7 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | 7 | 7 | 0 | 7 | 7
7 ; 1 ; 8 | 6 | 7 | 7.0 | 7 | 0 | 7 | 14 | 3 | 1 | 7 | 6
7 ; -1 ; 6 | 8 | -7 | -7.0 | -7 | 0 | 0.14285714285714285 | ValueError: negative shift count | ValueError: negative shift count | 7 | -1 | -8
7 ; 7 ; 14 | 0 | 49 | 1.0 | 1 | 0 | 823543 | 896 | 0 | 7 | 7 | 0
7 ; -7 ; 0 | 14 | -49 | -1.0 | -1 | 0 | 1.2142656789020123e-06 | ValueError: negative shift count | ValueError: negative shift count | 1 | -1 | -2
7 ; 4611686018427387904 ; 4611686018427387911 | -4611686018427387897 | 32281802128991715328 | 1.5178830414797062e-18 | 0 | 7 | - | - | 0 | 0 | 4611686018427387911 | 4611686018427387911
7 ; -9223372036854775808 ; -9223372036854775801 | 9223372036854775815 | -64563604257983430656 | -7.589415207398531e-19 | -1 | -9223372036854775801 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | 0 | -9223372036854775801 | -9223372036854775801
7 ; 18446744073709551616 ; 18446744073709551623 | -18446744073709551609 | 129127208515966861312 | 3.7947076036992655e-19 | 0 | 7 | - | - | 0 | 0 | 18446744073709551623 | 18446744073709551623
7 ; True ; 8 | 6 | 7 | 7.0 | 7 | 0 | 7 | 14 | 3 | 1 | 7 | 6
7 ; -1180591620717411303421 ; -1180591620717411303414 | 1180591620717411303428 | -8264141345021879123947 | -5.929230630780102e-21 | -1 | -1180591620717411303414 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | 3 | -1180591620717411303417 | -1180591620717411303420
-7 ; 0 ; -7 | -7 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | -7 | -7 | 0 | -7 | -7
-7 ; 1 ; -6 | -8 | -7 | -7.0 | -7 | 0 | -7 | -14 | -4 | 1 | -7 | -8
-7 ; -1 ; -8 | -6 | 7 | 7.0 | 7 | 0 | -0.14285714285714285 | ValueError: negative shift count | ValueError: negative shift count | -7 | -1 | 6
-7 ; 7 ; 0 | -14 | -49 | -1.0 | -1 | 0 | -823543 | -896 | -1 | 1 | -1 | -2
-7 ; -7 ; -14 | 0 | 49 | 1.0 | 1 | 0 | -1.2142656789020123e-06 | ValueError: negative shift count | ValueError: negative shift count | -7 | -7 | 0
-7 ; 4611686018427387904 ; 4611686018427387897 | -4611686018427387911 | -32281802128991715328 | -1.5178830414797062e-18 | -1 | 4611686018427387897 | - | - | -1 | 4611686018427387904 | -7 | -4611686018427387911
-7 ; -9223372036854775808 ; -9223372036854775815 | 9223372036854775801 | 64563604257983430656 | 7.589415207398531e-19 | 0 | -7 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | -9223372036854775808 | -7 | 9223372036854775801
-7 ; 18446744073709551616 ; 18446744073709551609 | -18446744073709551623 | -129127208515966861312 | -3.7947076036992655e-19 | -1 | 18446744073709551609 | - | - | -1 | 18446744073709551616 | -7 | -18446744073709551623
-7 ; True ; -6 | -8 | -7 | -7.0 | -7 | 0 | -7 | -14 | -4 | 1 | -7 | -8
-7 ; -1180591620717411303421 ; -1180591620717411303428 | 1180591620717411303414 | 8264141345021879123947 | 5.929230630780102e-21 | 0 | -7 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | -1180591620717411303423 | -5 | 1180591620717411303418
4611686018427387904 ; 0 ; 4611686018427387904 | 4611686018427387904 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | 4611686018427387904 | 4611686018427387904 | 0 | 4611686018427387904 | 4611686018427387904
4611686018427387904 ; 1 ; 4611686018427387905 | 4611686018427387903 | 4611686018427387904 | 4.611686018427388e+18 | 4611686018427387904 | 0 | 4611686018427387904 | 9223372036854775808 | 2305843009213693952 | 0 | 4611686018427387905 | 4611686018427387905
4611686018427387904 ; -1 ; 4611686018427387903 | 4611686018427387905 | -4611686018427387904 | -4.611686018427388e+18 | -4611686018427387904 | 0 | 2.168404344971009e-19 | ValueError: negative shift count | ValueError: negative shift count | 4611686018427387904 | -1 | -4611686018427387905
4611686018427387904 ; 7 ; 4611686018427387911 | 4611686018427387897 | 32281802128991715328 | 6.588122883467697e+17 | 658812288346769700 | 4 | 44362715105933037753254626946289339254982993206013065202727673289833940924890009968639590497666233249558259375382457149263586525184 | 590295810358705651712 | 36028797018963968 | 0 | 4611686018427387911 | 4611686018427387911
4611686018427387904 ; -7 ; 4611686018427387897 | 4611686018427387911 | -32281802128991715328 | -6.588122883467697e+17 | -658812288346769701 | -3 | 2.2541451703578456e-131 | ValueError: negative shift count | ValueError: negative shift count | 4611686018427387904 | -7 | -4611686018427387911
4611686018427387904 ; 4611686018427387904 ; 9223372036854775808 | 0 | 21267647932558653966460912964485513216 | 1.0 | 1 | 0 | - | - | 0 | 4611686018427387904 | 4611686018427387904 | 0
4611686018427387904 ; -9223372036854775808 ; -4611686018427387904 | 13835058055282163712 | -42535295865117307932921825928971026432 | -0.5 | -1 | -4611686018427387904 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | 0 | -4611686018427387904 | -4611686018427387904
4611686018427387904 ; 18446744073709551616 ; 23058430092136939520 | -13835058055282163712 | 85070591730234615865843651857942052864 | 0.25 | 0 | 4611686018427387904 | - | - | 0 | 0 | 23058430092136939520 | 23058430092136939520
4611686018427387904 ; True ; 4611686018427387905 | 4611686018427387903 | 4611686018427387904 | 4.611686018427388e+18 | 4611686018427387904 | 0 | 4611686018427387904 | 9223372036854775808 | 2305843009213693952 | 0 | 4611686018427387905 | 4611686018427387905
4611686018427387904 ; -1180591620717411303421 ; -1175979934698983915517 | 1185203306735838691325 | -5444517870735015415400158660853009219584 | -0.00390625 | -1 | -1175979934698983915517 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | 0 | -1175979934698983915517 | -1175979934698983915517
-9223372036854775808 ; 0 ; -9223372036854775808 | -9223372036854775808 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | -9223372036854775808 | -9223372036854775808 | 0 | -9223372036854775808 | -9223372036854775808
-9223372036854775808 ; 1 ; -9223372036854775807 | -9223372036854775809 | -9223372036854775808 | -9.223372036854776e+18 | -9223372036854775808 | 0 | -9223372036854775808 | -18446744073709551616 | -4611686018427387904 | 0 | -9223372036854775807 | -9223372036854775807
-9223372036854775808 ; -1 ; -9223372036854775809 | -9223372036854775807 | 9223372036854775808 | 9.223372036854776e+18 | 9223372036854775808 | 0 | -1.0842021724855044e-19 | ValueError: negative shift count | ValueError: negative shift count | -9223372036854775808 | -1 | 9223372036854775807
-9223372036854775808 ; 7 ; -9223372036854775801 | -9223372036854775815 | -64563604257983430656 | -1.3176245766935393e+18 | -1317624576693539402 | 6 | -5678427533559428832416592249125035424637823130369672345949142181098744438385921275985867583701277855943457200048954515105739075223552 | -1180591620717411303424 | -72057594037927936 | 0 | -9223372036854775801 | -9223372036854775801
-9223372036854775808 ; -7 ; -9223372036854775815 | -9223372036854775801 | 64563604257983430656 | 1.3176245766935393e+18 | 1317624576693539401 | -1 | -1.761050914342067e-133 | ValueError: negative shift count | ValueError: negative shift count | -9223372036854775808 | -7 | 9223372036854775801
-9223372036854775808 ; 4611686018427387904 ; -4611686018427387904 | -13835058055282163712 | -42535295865117307932921825928971026432 | -2.0 | -2 | 0 | - | - | -1 | 0 | -4611686018427387904 | -4611686018427387904
-9223372036854775808 ; -9223372036854775808 ; -18446744073709551616 | 0 | 85070591730234615865843651857942052864 | 1.0 | 1 | 0 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | -9223372036854775808 | -9223372036854775808 | 0
-9223372036854775808 ; 18446744073709551616 ; 9223372036854775808 | -27670116110564327424 | -170141183460469231731687303715884105728 | -0.5 | -1 | 9223372036854775808 | - | - | -1 | 18446744073709551616 | -9223372036854775808 | -27670116110564327424
-9223372036854775808 ; True ; -9223372036854775807 | -9223372036854775809 | -9223372036854775808 | -9.223372036854776e+18 | -9223372036854775808 | 0 | -9223372036854775808 | -18446744073709551616 | -4611686018427387904 | 0 | -9223372036854775807 | -9223372036854775807
-9223372036854775808 ; -1180591620717411303421 ; -1189814992754266079229 | 1171368248680556527613 | 10889035741470030830800317321706018439168 | 0.0078125 | 0 | -9223372036854775808 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | -1180591620717411303424 | -9223372036854775805 | 1171368248680556527619
18446744073709551616 ; 0 ; 18446744073709551616 | 18446744073709551616 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | 18446744073709551616 | 18446744073709551616 | 0 | 18446744073709551616 | 18446744073709551616
18446744073709551616 ; 1 ; 18446744073709551617 | 18446744073709551615 | 18446744073709551616 | 1.8446744073709552e+19 | 18446744073709551616 | 0 | 18446744073709551616 | 36893488147419103232 | 9223372036854775808 | 0 | 18446744073709551617 | 18446744073709551617
18446744073709551616 ; -1 ; 18446744073709551615 | 18446744073709551617 | -18446744073709551616 | -1.8446744073709552e+19 | -18446744073709551616 | 0 | 5.421010862427522e-20 | ValueError: negative shift count | ValueError: negative shift count | 18446744073709551616 | -1 | -18446744073709551617
18446744073709551616 ; 7 ; 18446744073709551623 | 18446744073709551609 | 129127208515966861312 | 2.6352491533870787e+18 | 2635249153387078802 | 2 | 726838724295606890549323807888004534353641360687318060281490199180639288113397923326191050713763565560762521606266177933534601628614656 | 2361183241434822606848 | 144115188075855872 | 0 | 18446744073709551623 | 18446744073709551623
18446744073709551616 ; -7 ; 18446744073709551609 | 18446744073709551623 | -129127208515966861312 | -2.6352491533870787e+18 | -2635249153387078803 | -5 | 1.3758210268297398e-135 | ValueError: negative shift count | ValueError: negative shift count | 18446744073709551616 | -7 | -18446744073709551623
18446744073709551616 ; 4611686018427387904 ; 23058430092136939520 | 13835058055282163712 | 85070591730234615865843651857942052864 | 4.0 | 4 | 0 | - | - | 0 | 0 | 23058430092136939520 | 23058430092136939520
18446744073709551616 ; -9223372036854775808 ; 9223372036854775808 | 27670116110564327424 | -170141183460469231731687303715884105728 | -2.0 | -2 | 0 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | 18446744073709551616 | -9223372036854775808 | -27670116110564327424
18446744073709551616 ; 18446744073709551616 ; 36893488147419103232 | 0 | 340282366920938463463374607431768211456 | 1.0 | 1 | 0 | - | - | 0 | 18446744073709551616 | 18446744073709551616 | 0
18446744073709551616 ; True ; 18446744073709551617 | 18446744073709551615 | 18446744073709551616 | 1.8446744073709552e+19 | 18446744073709551616 | 0 | 18446744073709551616 | 36893488147419103232 | 9223372036854775808 | 0 | 18446744073709551617 | 18446744073709551617
18446744073709551616 ; -1180591620717411303421 ; -1162144876643701751805 | 1199038364791120855037 | -21778071482940061661600634643412036878336 | -0.015625 | -1 | -1162144876643701751805 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | 0 | -1162144876643701751805 | -1162144876643701751805
True ; 0 ; 1 | 1 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | 1 | 1 | 0 | 1 | 1
True ; 1 ; 2 | 0 | 1 | 1.0 | 1 | 0 | 1 | 2 | 0 | 1 | 1 | 0
True ; -1 ; 0 | 2 | -1 | -1.0 | -1 | 0 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | 1 | -1 | -2
True ; 7 ; 8 | -6 | 7 | 0.14285714285714285 | 0 | 1 | 1 | 128 | 0 | 1 | 7 | 6
True ; -7 ; -6 | 8 | -7 | -0.14285714285714285 | -1 | -6 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | 1 | -7 | -8
True ; 4611686018427387904 ; 4611686018427387905 | -4611686018427387903 | 4611686018427387904 | 2.168404344971009e-19 | 0 | 1 | - | - | 0 | 0 | 4611686018427387905 | 4611686018427387905
True ; -9223372036854775808 ; -9223372036854775807 | 9223372036854775809 | -9223372036854775808 | -1.0842021724855044e-19 | -1 | -9223372036854775807 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | 0 | -9223372036854775807 | -9223372036854775807
True ; 18446744073709551616 ; 18446744073709551617 | -18446744073709551615 | 18446744073709551616 | 5.421010862427522e-20 | 0 | 1 | - | - | 0 | 0 | 18446744073709551617 | 18446744073709551617
True ; True ; 2 | 0 | 1 | 1.0 | 1 | 0 | 1 | 2 | 0 | True | True | False
True ; -1180591620717411303421 ; -1180591620717411303420 | 1180591620717411303422 | -1180591620717411303421 | -8.470329472543003e-22 | -1 | -1180591620717411303420 | 1.0 | ValueError: negative shift count | ValueError: negative shift count | 1 | -1180591620717411303421 | -1180591620717411303422
-1180591620717411303421 ; 0 ; -1180591620717411303421 | -1180591620717411303421 | 0 | ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | 1 | -1180591620717411303421 | -1180591620717411303421 | 0 | -1180591620717411303421 | -1180591620717411303421
-1180591620717411303421 ; 1 ; -1180591620717411303420 | -1180591620717411303422 | -1180591620717411303421 | -1.1805916207174113e+21 | -1180591620717411303421 | 0 | -1180591620717411303421 | -2361183241434822606842 | -590295810358705651711 | 1 | -1180591620717411303421 | -1180591620717411303422
-1180591620717411303421 ; -1 ; -1180591620717411303422 | -1180591620717411303420 | 1180591620717411303421 | 1.1805916207174113e+21 | 1180591620717411303421 | 0 | -8.470329472543003e-22 | ValueError: negative shift count | ValueError: negative shift count | -1180591620717411303421 | -1 | 1180591620717411303420
-1180591620717411303421 ; 7 ; -1180591620717411303414 | -1180591620717411303428 | -8264141345021879123947 | -1.6865594581677303e+20 | -168655945816773043346 | 1 | -3196670515523576044877894173096740273599550022191605748233589278773633988311290180785326437910671978463569615123203293577345007127691736543844628341 | -151115727451828646837888 | -9223372036854775808 | 3 | -1180591620717411303417 | -1180591620717411303420
-1180591620717411303421 ; -7 ; -1180591620717411303428 | -1180591620717411303414 | 8264141345021879123947 | 1.6865594581677303e+20 | 168655945816773043345 | -6 | -3.1282548362235952e-148 | ValueError: negative shift count | ValueError: negative shift count | -1180591620717411303423 | -5 | 1180591620717411303418
-1180591620717411303421 ; 4611686018427387904 ; -1175979934698983915517 | -1185203306735838691325 | -5444517870735015415400158660853009219584 | -256.0 | -256 | 3 | - | - | -1 | 0 | -1175979934698983915517 | -1175979934698983915517
-1180591620717411303421 ; -9223372036854775808 ; -1189814992754266079229 | -1171368248680556527613 | 10889035741470030830800317321706018439168 | 128.0 | 127 | -9223372036854775805 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | -1180591620717411303424 | -9223372036854775805 | 1171368248680556527619
-1180591620717411303421 ; 18446744073709551616 ; -1162144876643701751805 | -1199038364791120855037 | -21778071482940061661600634643412036878336 | -64.0 | -64 | 3 | - | - | -1 | 0 | -1162144876643701751805 | -1162144876643701751805
-1180591620717411303421 ; True ; -1180591620717411303420 | -1180591620717411303422 | -1180591620717411303421 | -1.1805916207174113e+21 | -1180591620717411303421 | 0 | -1180591620717411303421 | -2361183241434822606842 | -590295810358705651711 | 1 | -1180591620717411303421 | -1180591620717411303422
-1180591620717411303421 ; -1180591620717411303421 ; -2361183241434822606842 | 0 | 1393796574908163946338898842316218126303241 | 1.0 | 1 | 0 | 0.0 | ValueError: negative shift count | ValueError: negative shift count | -1180591620717411303421 | -1180591620717411303421 | 0
0.0 ; 0.0 ; 0.0 | 0.0 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
0.0 ; -0.0 ; 0.0 | 0.0 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
0.0 ; 1.5 ; 1.5 | -1.5 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
0.0 ; -2.5 ; -2.5 | 2.5 | -0.0 | -0.0 | -0.0 | -0.0 | ZeroDivisionError: 0.0 cannot be raised to a negative power
0.0 ; 1e+308 ; 1e+308 | -1e+308 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
0.0 ; inf ; inf | -inf | nan | 0.0 | 0.0 | 0.0 | 0.0
0.0 ; nan ; nan | nan | nan | nan | nan | nan | nan
0.0 ; 0.1 ; 0.1 | -0.1 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
0.0 ; 0 ; 0.0 | 0.0 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
0.0 ; 3 ; 3.0 | -3.0 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
0.0 ; -3 ; -3.0 | 3.0 | -0.0 | -0.0 | -0.0 | -0.0 | ZeroDivisionError: 0.0 cannot be raised to a negative power
0.0 ; 18446744073709551616 ; 1.8446744073709552e+19 | -1.8446744073709552e+19 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
0.0 ; True ; 1.0 | -1.0 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
-0.0 ; 0.0 ; 0.0 | -0.0 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
-0.0 ; -0.0 ; -0.0 | 0.0 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
-0.0 ; 1.5 ; 1.5 | -1.5 | -0.0 | -0.0 | -0.0 | 0.0 | 0.0
-0.0 ; -2.5 ; -2.5 | 2.5 | 0.0 | 0.0 | 0.0 | -0.0 | ZeroDivisionError: 0.0 cannot be raised to a negative power
-0.0 ; 1e+308 ; 1e+308 | -1e+308 | -0.0 | -0.0 | -0.0 | 0.0 | 0.0
-0.0 ; inf ; inf | -inf | nan | -0.0 | -0.0 | 0.0 | 0.0
-0.0 ; nan ; nan | nan | nan | nan | nan | nan | nan
-0.0 ; 0.1 ; 0.1 | -0.1 | -0.0 | -0.0 | -0.0 | 0.0 | 0.0
-0.0 ; 0 ; 0.0 | -0.0 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
-0.0 ; 3 ; 3.0 | -3.0 | -0.0 | -0.0 | -0.0 | 0.0 | -0.0
-0.0 ; -3 ; -3.0 | 3.0 | 0.0 | 0.0 | 0.0 | -0.0 | ZeroDivisionError: 0.0 cannot be raised to a negative power
-0.0 ; 18446744073709551616 ; 1.8446744073709552e+19 | -1.8446744073709552e+19 | -0.0 | -0.0 | -0.0 | 0.0 | 0.0
-0.0 ; True ; 1.0 | -1.0 | -0.0 | -0.0 | -0.0 | 0.0 | -0.0
1.5 ; 0.0 ; 1.5 | 1.5 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
1.5 ; -0.0 ; 1.5 | 1.5 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
1.5 ; 1.5 ; 3.0 | 0.0 | 2.25 | 1.0 | 1.0 | 0.0 | 1.8371173070873836
1.5 ; -2.5 ; -1.0 | 4.0 | -3.75 | -0.6 | -1.0 | -1.0 | 0.36288736930121157
1.5 ; 1e+308 ; 1e+308 | -1e+308 | 1.5e+308 | 1.5e-308 | 0.0 | 1.5 | OverflowError: (34, 'Numerical result out of range')
1.5 ; inf ; inf | -inf | inf | 0.0 | 0.0 | 1.5 | inf
1.5 ; nan ; nan | nan | nan | nan | nan | nan | nan
1.5 ; 0.1 ; 1.6 | 1.4 | 0.15000000000000002 | 15.0 | 14.0 | 0.09999999999999992 | 1.0413797439924106
1.5 ; 0 ; 1.5 | 1.5 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
1.5 ; 3 ; 4.5 | -1.5 | 4.5 | 0.5 | 0.0 | 1.5 | 3.375
1.5 ; -3 ; -1.5 | 4.5 | -4.5 | -0.5 | -1.0 | -1.5 | 0.2962962962962963
1.5 ; 18446744073709551616 ; 1.8446744073709552e+19 | -1.8446744073709552e+19 | 2.7670116110564327e+19 | 8.131516293641283e-20 | 0.0 | 1.5 | OverflowError: (34, 'Numerical result out of range')
1.5 ; True ; 2.5 | 0.5 | 1.5 | 1.5 | 1.0 | 0.5 | 1.5
-2.5 ; 0.0 ; -2.5 | -2.5 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
-2.5 ; -0.0 ; -2.5 | -2.5 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
-2.5 ; 1.5 ; -1.0 | -4.0 | -3.75 | -1.6666666666666667 | -2.0 | 0.5 | ValueError: math domain error
-2.5 ; -2.5 ; -5.0 | 0.0 | 6.25 | 1.0 | 1.0 | -0.0 | ValueError: math domain error
-2.5 ; 1e+308 ; 1e+308 | -1e+308 | -inf | -2.5e-308 | -1.0 | 1e+308 | OverflowError: (34, 'Numerical result out of range')
-2.5 ; inf ; inf | -inf | -inf | -0.0 | -1.0 | inf | inf
-2.5 ; nan ; nan | nan | nan | nan | nan | nan | nan
-2.5 ; 0.1 ; -2.4 | -2.6 | -0.25 | -25.0 | -25.0 | 1.3877787807814457e-16 | ValueError: math domain error
-2.5 ; 0 ; -2.5 | -2.5 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
-2.5 ; 3 ; 0.5 | -5.5 | -7.5 | -0.8333333333333334 | -1.0 | 0.5 | -15.625
-2.5 ; -3 ; -5.5 | 0.5 | 7.5 | 0.8333333333333334 | 0.0 | -2.5 | -0.064
-2.5 ; 18446744073709551616 ; 1.8446744073709552e+19 | -1.8446744073709552e+19 | -4.611686018427388e+19 | -1.3552527156068805e-19 | -1.0 | 1.8446744073709552e+19 | OverflowError: (34, 'Numerical result out of range')
-2.5 ; True ; -1.5 | -3.5 | -2.5 | -2.5 | -3.0 | 0.5 | -2.5
1e+308 ; 0.0 ; 1e+308 | 1e+308 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
1e+308 ; -0.0 ; 1e+308 | 1e+308 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
1e+308 ; 1.5 ; 1e+308 | 1e+308 | 1.5e+308 | 6.666666666666666e+307 | 6.666666666666666e+307 | 0.5 | OverflowError: (34, 'Numerical result out of range')
1e+308 ; -2.5 ; 1e+308 | 1e+308 | -inf | -4e+307 | -4e+307 | -1.5 | 0.0
1e+308 ; 1e+308 ; inf | 0.0 | inf | 1.0 | 1.0 | 0.0 | OverflowError: (34, 'Numerical result out of range')
1e+308 ; inf ; inf | -inf | inf | 0.0 | 0.0 | 1e+308 | inf
1e+308 ; nan ; nan | nan | nan | nan | nan | nan | nan
1e+308 ; 0.1 ; 1e+308 | 1e+308 | 1.0000000000000001e+307 | inf | inf | 0.06093288384329992 | 6.309573444801958e+30
1e+308 ; 0 ; 1e+308 | 1e+308 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
1e+308 ; 3 ; 1e+308 | 1e+308 | inf | 3.333333333333333e+307 | 3.333333333333333e+307 | 2.0 | OverflowError: (34, 'Numerical result out of range')
1e+308 ; -3 ; 1e+308 | 1e+308 | -inf | -3.333333333333333e+307 | -3.333333333333333e+307 | -1.0 | 0.0
1e+308 ; 18446744073709551616 ; 1e+308 | 1e+308 | inf | 5.421010862427522e+288 | 5.421010862427522e+288 | 0.0 | OverflowError: (34, 'Numerical result out of range')
1e+308 ; True ; 1e+308 | 1e+308 | 1e+308 | 1e+308 | 1e+308 | 0.0 | 1e+308
inf ; 0.0 ; inf | inf | nan | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
inf ; -0.0 ; inf | inf | nan | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
inf ; 1.5 ; inf | inf | inf | inf | nan | nan | inf
inf ; -2.5 ; inf | inf | -inf | -inf | nan | nan | 0.0
inf ; 1e+308 ; inf | inf | inf | inf | nan | nan | inf
inf ; inf ; inf | nan | inf | nan | nan | nan | inf
inf ; nan ; nan | nan | nan | nan | nan | nan | nan
inf ; 0.1 ; inf | inf | inf | inf | nan | nan | inf
inf ; 0 ; inf | inf | nan | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
inf ; 3 ; inf | inf | inf | inf | nan | nan | inf
inf ; -3 ; inf | inf | -inf | -inf | nan | nan | 0.0
inf ; 18446744073709551616 ; inf | inf | inf | inf | nan | nan | inf
inf ; True ; inf | inf | inf | inf | nan | nan | inf
nan ; 0.0 ; nan | nan | nan | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
nan ; -0.0 ; nan | nan | nan | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
nan ; 1.5 ; nan | nan | nan | nan | nan | nan | nan
nan ; -2.5 ; nan | nan | nan | nan | nan | nan | nan
nan ; 1e+308 ; nan | nan | nan | nan | nan | nan | nan
nan ; inf ; nan | nan | nan | nan | nan | nan | nan
nan ; nan ; nan | nan | nan | nan | nan | nan | nan
nan ; 0.1 ; nan | nan | nan | nan | nan | nan | nan
nan ; 0 ; nan | nan | nan | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
nan ; 3 ; nan | nan | nan | nan | nan | nan | nan
nan ; -3 ; nan | nan | nan | nan | nan | nan | nan
nan ; 18446744073709551616 ; nan | nan | nan | nan | nan | nan | nan
nan ; True ; nan | nan | nan | nan | nan | nan | nan
0.1 ; 0.0 ; 0.1 | 0.1 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
0.1 ; -0.0 ; 0.1 | 0.1 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
0.1 ; 1.5 ; 1.6 | -1.4 | 0.15000000000000002 | 0.06666666666666667 | 0.0 | 0.1 | 0.0316227766016838
0.1 ; -2.5 ; -2.4 | 2.6 | -0.25 | -0.04 | -1.0 | -2.4 | 316.2277660168379
0.1 ; 1e+308 ; 1e+308 | -1e+308 | 1.0000000000000001e+307 | 1e-309 | 0.0 | 0.1 | 0.0
0.1 ; inf ; inf | -inf | inf | 0.0 | 0.0 | 0.1 | 0.0
0.1 ; nan ; nan | nan | nan | nan | nan | nan | nan
0.1 ; 0.1 ; 0.2 | 0.0 | 0.010000000000000002 | 1.0 | 1.0 | 0.0 | 0.7943282347242815
0.1 ; 0 ; 0.1 | 0.1 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
0.1 ; 3 ; 3.1 | -2.9 | 0.30000000000000004 | 0.03333333333333333 | 0.0 | 0.1 | 0.0010000000000000002
0.1 ; -3 ; -2.9 | 3.1 | -0.30000000000000004 | -0.03333333333333333 | -1.0 | -2.9 | 999.9999999999999
0.1 ; 18446744073709551616 ; 1.8446744073709552e+19 | -1.8446744073709552e+19 | 1.8446744073709553e+18 | 5.4210108624275225e-21 | 0.0 | 0.1 | 0.0
0.1 ; True ; 1.1 | -0.9 | 0.1 | 0.1 | 0.0 | 0.1 | 0.1
0 ; 0.0 ; 0.0 | 0.0 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
0 ; -0.0 ; 0.0 | 0.0 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
0 ; 1.5 ; 1.5 | -1.5 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
0 ; -2.5 ; -2.5 | 2.5 | -0.0 | -0.0 | -0.0 | -0.0 | ZeroDivisionError: 0.0 cannot be raised to a negative power
0 ; 1e+308 ; 1e+308 | -1e+308 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
0 ; inf ; inf | -inf | nan | 0.0 | 0.0 | 0.0 | 0.0
0 ; nan ; nan | nan | nan | nan | nan | nan | nan
0 ; 0.1 ; 0.1 | -0.1 | 0.0 | 0.0 | 0.0 | 0.0 | 0.0
3 ; 0.0 ; 3.0 | 3.0 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
3 ; -0.0 ; 3.0 | 3.0 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
3 ; 1.5 ; 4.5 | 1.5 | 4.5 | 2.0 | 2.0 | 0.0 | 5.196152422706632
3 ; -2.5 ; 0.5 | 5.5 | -7.5 | -1.2 | -2.0 | -2.0 | 0.06415002990995841
3 ; 1e+308 ; 1e+308 | -1e+308 | inf | 2.9999999999999997e-308 | 0.0 | 3.0 | OverflowError: (34, 'Numerical result out of range')
3 ; inf ; inf | -inf | inf | 0.0 | 0.0 | 3.0 | inf
3 ; nan ; nan | nan | nan | nan | nan | nan | nan
3 ; 0.1 ; 3.1 | 2.9 | 0.30000000000000004 | 30.0 | 29.0 | 0.09999999999999984 | 1.1161231740339044
-3 ; 0.0 ; -3.0 | -3.0 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
-3 ; -0.0 ; -3.0 | -3.0 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
-3 ; 1.5 ; -1.5 | -4.5 | -4.5 | -2.0 | -2.0 | 0.0 | ValueError: math domain error
-3 ; -2.5 ; -5.5 | -0.5 | 7.5 | 1.2 | 1.0 | -0.5 | ValueError: math domain error
-3 ; 1e+308 ; 1e+308 | -1e+308 | -inf | -2.9999999999999997e-308 | -1.0 | 1e+308 | OverflowError: (34, 'Numerical result out of range')
-3 ; inf ; inf | -inf | -inf | -0.0 | -1.0 | inf | inf
-3 ; nan ; nan | nan | nan | nan | nan | nan | nan
-3 ; 0.1 ; -2.9 | -3.1 | -0.30000000000000004 | -30.0 | -30.0 | 1.6653345369377348e-16 | ValueError: math domain error
18446744073709551616 ; 0.0 ; 1.8446744073709552e+19 | 1.8446744073709552e+19 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
18446744073709551616 ; -0.0 ; 1.8446744073709552e+19 | 1.8446744073709552e+19 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
18446744073709551616 ; 1.5 ; 1.8446744073709552e+19 | 1.8446744073709552e+19 | 2.7670116110564327e+19 | 1.2297829382473034e+19 | 1.2297829382473034e+19 | 1.0 | 7.922816251426434e+28
18446744073709551616 ; -2.5 ; 1.8446744073709552e+19 | 1.8446744073709552e+19 | -4.611686018427388e+19 | -7.378697629483821e+18 | -7.378697629483821e+18 | -1.5 | 6.842277657836021e-49
18446744073709551616 ; 1e+308 ; 1e+308 | -1e+308 | inf | 1.8446744073709552e-289 | 0.0 | 1.8446744073709552e+19 | OverflowError: (34, 'Numerical result out of range')
18446744073709551616 ; inf ; inf | -inf | inf | 0.0 | 0.0 | 1.8446744073709552e+19 | inf
18446744073709551616 ; nan ; nan | nan | nan | nan | nan | nan | nan
18446744073709551616 ; 0.1 ; 1.8446744073709552e+19 | 1.8446744073709552e+19 | 1.8446744073709553e+18 | 1.844674407370955e+20 | 1.844674407370955e+20 | 5.684341886080802e-14 | 84.44850628946526
True ; 0.0 ; 1.0 | 1.0 | 0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
True ; -0.0 ; 1.0 | 1.0 | -0.0 | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float modulo | 1.0
True ; 1.5 ; 2.5 | -0.5 | 1.5 | 0.6666666666666666 | 0.0 | 1.0 | 1.0
True ; -2.5 ; -1.5 | 3.5 | -2.5 | -0.4 | -1.0 | -1.5 | 1.0
True ; 1e+308 ; 1e+308 | -1e+308 | 1e+308 | 1e-308 | 0.0 | 1.0 | 1.0
True ; inf ; inf | -inf | inf | 0.0 | 0.0 | 1.0 | 1.0
True ; nan ; nan | nan | nan | nan | nan | nan | 1.0
True ; 0.1 ; 1.1 | 0.9 | 0.1 | 10.0 | 9.0 | 0.09999999999999995 | 1.0
"#;
    const REPRS: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"), (0x8000000000000000, "-0.0"), (0x3fb999999999999a, "0.1"),
        (0x3fc999999999999a, "0.2"), (0x3fd3333333333333, "0.3"), (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"), (0x3ff0000000000000, "1.0"), (0xbff0000000000000, "-1.0"),
        (0x4341c37937e08000, "1e+16"), (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"), (0x4376345785d8a000, "1e+17"),
        (0x3f1a36e2eb1c432d, "0.0001"), (0x3ee4f8b588e368f1, "1e-05"), (0x3f202e4b6ce5dc68, "0.00012345"),
        (0x3eef75104d551d69, "1.5e-05"), (0x42dc12218377de40, "123456789012345.0"),
        (0x43118b54f22aeb00, "1234567890123456.0"), (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x4351c37937e08002, "2.000000000000001e+16"), (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"), (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x7ff0000000000000, "inf"), (0xfff0000000000000, "-inf"), (0x7ff8000000000000, "nan"),
        (0x4480f0cf064dd592, "1e+22"), (0x44b52d02c7e14af6, "1e+23"), (0x4059000000000000, "100.0"),
        (0x3e7ad7f29abcaf48, "1e-07"), (0x4011666666666666, "4.35"),
        (0x3fd3333333333334, "0.30000000000000004"), (0x400921fb54442d18, "3.141592653589793"),
        (0x4005bf0a8b145769, "2.718281828459045"), (0x54b249ad2594c37d, "1e+100"), (0x4023000000000000, "9.5"),
        (0x41b1de784a000000, "299792458.0"), (0x58dcf5fed551a781, "1.1685051774599754e+120"),
        (0x76dbbaa1d3d22ac7, "3.4926166173543604e+264"), (0x1027ccacb52fa882, "7.664809327917964e-231"),
        (0x00000000252ca4b7, "3.08140217e-315"), (0xc4e1292909a9e0d8, "-6.483160303777565e+23"),
        (0x7e26265684b5e5c8, "4.635479684811431e+299"), (0x22364557bc8e8413, "7.134101175845635e-144"),
        (0x6646e929399d16be, "4.867515406047583e+184"), (0x891583edd369a53e, "-6.672555472037806e-265"),
        (0x09e7ac98f1d9f359, "6.014634495610515e-261"), (0xe8c8c95147e7a9d9, "-5.790026861873665e+196"),
        (0xf14eff67c8b28dbc, "-6.307768556948179e+237"), (0xe18e3c61796eefd8, "-8.501783635857637e+161"),
        (0x3052f99310365038, "6.554817477875612e-76"), (0x5bbedf86c1918741, "8.765547240537495e+133"),
        (0xe7244769cfa1ff7e, "-7.058833543792543e+188"), (0x99e822a7287b5095, "-7.100133186044314e-184"),
        (0x9ea85f79f8187765, "-5.417519864614284e-161"), (0x1ddbc2881ec74af9, "7.532170085109946e-165"),
        (0x999d828001c8cc68, "-2.712866617222931e-185"), (0x12e0e3d3f74a5fbf, "9.569331223494053e-218"),
        (0xbc20c13f372c1457, "-4.5414168417148e-19"), (0x36235c902bf9e6ce, "6.623863563426771e-48"),
        (0xa0e1c92477ea56af, "-2.716711026025601e-150"), (0x9c334570c0138df7, "-7.791703554532624e-173"),
        (0x8415f359907dbec4, "-5.631061597629153e-289"), (0xe49596564b7e0046, "-3.417077927504538e+176"),
        (0xe040e77109b991bf, "-4.532930093176868e+155"), (0xf9d8dd9a7deff470, "-8.815675986556063e+278"),
        (0xe9a549b2e26a3a7d, "-8.147411602576974e+200"), (0x35928a02e2e804da, "1.2387667430690596e-50"),
        (0x53ca218ea06839f8, "4.360597935994146e+95"), (0xebbf5bb825958af4, "-1.030930044458892e+211"),
        (0xcb555806c5c0dfc0, "-8.17734001701804e+54"), (0x240414bee450c44f, "3.453489252042602e-135"),
        (0xf6bcd5d9213583e7, "-9.079906191155508e+263"), (0x9c34f8c764ff5899, "-8.479261907970843e-173"),
        (0x5a454b01b3feca5b, "7.20684096744462e+126"), (0xcf283dacf8d791d3, "-2.1414999699395366e+73"),
        (0x032c06125e1b6f49, "2.1939159562226263e-293"), (0xbe94829717691957, "-3.056245740134348e-07"),
        (0x094793f7d294c2a2, "5.849796776281959e-264"), (0x55f08f58b290670d, "9.495053976915536e+105"),
        (0xcf9135a2aa44c770, "-1.946020998422794e+75"), (0xe596c7fe3453f353, "-2.3632759465673223e+181"),
        (0xa6f5477670859628, "-5.150341755872584e-121"), (0x205fedc97d1a7bc8, "9.525451405682549e-153"),
        (0xbb523a528137676a, "-6.031080195942063e-23"), (0xecd1c297edf5ee4d, "-1.530604772238977e+216"),
        (0x4209d71bc7262366, "13872888036.767284"), (0x7fed629b13a614d0, "1.650797942679093e+308"),
        (0xef3d717a8fe3afde, "-6.974978531747122e+227"), (0x1f2dfcd496dca612, "1.7063741999860936e-158"),
        (0x0de02c077d4665bd, "7.579087748535256e-242"), (0xa937feea007b3ad4, "-3.991131806949055e-110"),
        (0xc034b63f18a5760c, "-20.71190027274683"), (0xb6beaf644f09e547, "-5.374877201903263e-45"),
        (0x55023a5da2b4c176, "3.189534968530393e+101"), (0xec5b9615ec74e12f, "-9.286882552760667e+213"),
        (0xb64dfac99591a28f, "-4.1025802046110393e-47"), (0xeaec5769293fcb9a, "-1.1373891459151042e+207"),
        (0xb5699b94d7dfee27, "-2.1388582361821772e-51"), (0x8653d3b1140b5932, "-3.4952583817713237e-278"),
        (0x2cd0348d36ca567e, "7.768870405145091e-93"), (0x4c139f22128a0cd1, "3.079171627942351e+58"),
        (0xe14679dbb209be33, "-3.949907220782418e+160"), (0xe1351eb0654b5b68, "-1.8557913154744998e+160"),
        (0x9c85bd23d1bf315f, "-2.812604054175517e-171"), (0x7acdd318e0cf1bda, "3.4648189102163895e+283"),
        (0xe9aa077cc2c791fe, "-9.962050462489773e+200"), (0xe013af7288e6b5b3, "-6.59843191715288e+154"),
        (0x91198039edfb2ab5, "-2.6911537100626103e-226"), (0x891d89e79125a054, "-9.160834784807089e-265"),
        (0xc5837ac69f462fa0, "-7.535802629064867e+26"), (0xbab517a3441c7be5, "-6.81530100748364e-26"),
        (0xf3015156ade9c54c, "-9.459701027837981e+245"), (0xf2dc7ec337275170, "-1.9456632814676656e+245"),
        (0x0ab9a8c855db7c4f, "5.340336612879176e-257"), (0xc366a91db1c9c69c, "-5.102715591656778e+16"),
        (0x5cacc0bf3c9b6995, "2.6750379864093877e+138"), (0x2f68647b2883c733, "2.571506080916056e-80"),
        (0x015b0e6a25328017, "3.945416736405637e-302"), (0xa79ae54eff8d4046, "-6.66599759122798e-118"),
        (0x68f304f00e26f8ca, "3.55427827198471e+197"), (0xbc134a2d7ba4793b, "-2.6142494900584543e-19"),
        (0x7666510024ebf836, "2.195990931074855e+262"), (0x800000202cca9034, "-6.8275142152e-313"),
        (0xf315044e267aaff4, "-2.2960610063772113e+246"), (0x657a691eb6b691a4, "6.849456201497321e+180"),
        (0x6c871e6498d6279a, "6.226310254623131e+214"), (0x1a4c39787a0c6948, "5.313966419472617e-182"),
        (0x9e4a514fc7aaddf5, "-9.140270017566652e-163"), (0xc09424e156e522ef, "-1289.2200580408642"),
        (0x83d72ee3ea3ebd0a, "-3.717037295452331e-290"), (0x5231d256618718e8, "8.863110992657116e+87"),
        (0x3def5353f8509ccc, "2.279230104629325e-10"), (0xc4e8e02f48064078, "-9.397781859309959e+23"),
        (0x788d264a6d7e0ece, "4.9278592301316824e+272"), (0x01933465ab1742a1, "4.480756432264197e-301"),
        (0xb9a14bf5914e13b8, "-4.263969654537104e-31"), (0x1ab42c46ccf65a37, "4.861520579227607e-180"),
        (0x81a2856a9a824420, "-8.64256141615212e-301"), (0x78f129fe17e2749a, "3.7141155760736036e+274"),
        (0x0b2800a098fd227d, "6.394244880811022e-255"), (0x252284f9720cd2ed, "8.349097295857392e-130"),
        (0xe5ed3ae22dea1d6a, "-9.703231761790843e+182"), (0x85cb41ae84fad020, "-9.384804808645558e-281"),
        (0xc831910b604c29e0, "-5.977597365455833e+39"), (0xb89516fa3d00bbdd, "-3.966542214766213e-36"),
        (0xacedc0ab493b1cbc, "-2.8527023649770844e-92"), (0x775e8f32730db873, "9.853725974708718e+266"),
        (0x6f044248274e7ddb, "5.999055805460092e+226"), (0xecba81931f05c138, "-5.710887208101543e+215"),
        (0xed74d69c18b3d281, "-1.8389907719371323e+219"), (0xc86ecb05ecb63d63, "-8.38266804267518e+40"),
        (0x20b7ed98e8869596, "4.568679183105764e-151"), (0x8000000000000000, "-0.0"),
        (0xadee82df244ee675, "-1.9172149482171597e-87"), (0xa047b8fcb921cf6f, "-3.5386256088286116e-153"),
        (0xebe27c171f7087cd, "-4.861609023419092e+211"), (0x7aee13bbd3fca1ca, "1.3976604257508173e+284"),
        (0x71fdb27083ab6920, "1.237626376267003e+241"), (0xbafc1f6bb965b054, "-1.4539114515277888e-24"),
        (0xbc6c1a3fcdb29178, "-1.2187532261280183e-17"), (0x9e4406685f7edd34, "-6.95481419951657e-163"),
        (0xb6a90d231a42eee1, "-2.1940232414587515e-45"), (0x8771825dacccf66e, "-8.091541745702879e-273"),
        (0x66caf128d9abe680, "1.4653373963568385e+187"), (0x947f1c86d5848381, "-5.9145681759322984e-210"),
        (0x1b2907132085dc12, "7.720268316450387e-178"), (0x7827eafec8cf7472, "6.317861143754146e+270"),
        (0x18c559d47cf47955, "2.39601147269737e-189"), (0x8ec6ae928bddedbc, "-1.741619639593927e-237"),
        (0xcec631a721c02dc1, "-3.063541161060467e+71"), (0x4182b720c507e171, "39248920.628847964"),
        (0xfdeb73c33d2d50ec, "-3.5907307487174663e+298"), (0x122409a4b2d10d0e, "2.771662854424943e-221"),
        (0x646615ac55d6bd95, "4.369766433104593e+175"), (0x4b28a002f4e4847f, "1.1793053697285209e+54"),
        (0x85ae555db62504b1, "-2.611055064768987e-281"), (0x67cd94be5adfc75d, "1.0543882101271012e+192"),
        (0xda96c3a68c4ce954, "-2.465538047244101e+128"), (0x9b03e38330377d50, "-1.5337671259335533e-178"),
        (0xacfd90c2791193e8, "-5.66951730142725e-92"), (0xacbf5c91ee5ecca8, "-3.758716653460794e-93"),
        (0x773714a4edd45b9e, "1.8605616365726985e+266"), (0xf220a4ac51cd92bf, "-5.548873023316626e+241"),
        (0xeb162bdd710b72cd, "-7.118182490188136e+207"), (0x1b9f5928865de9b5, "1.2377592581394519e-175"),
        (0xcffc015b8a0704e0, "-2.0267453420041003e+77"), (0x769449adfd55e76a, "1.5970974659420607e+263"),
        (0x1378718f15fbba18, "7.090683284923757e-215"), (0x2d01b2db328cbec1, "6.787840808219261e-92"),
        (0xe5b378949b9286cc, "-8.079529056367941e+181"), (0x2c32fef255fd12b8, "8.89325868220039e-96"),
        (0x458091e960b4935d, "6.410195620344285e+26"), (0xed711826b1e5d3ee, "-1.5085830003268645e+219"),
        (0x43bb19f93318a7b7, "1.9528659112941135e+18"), (0x287cd4480785930b, "1.1706703029261803e-113"),
        (0xa9670974f8885a4a, "-3.065324061532132e-109"), (0x9a24cf9850e7c829, "-9.795438374644003e-183"),
        (0x0b9514ac19893d92, "7.188358531470815e-253"), (0xce86ce410e41b1d7, "-1.9674877475827142e+70"),
        (0x42a673a4adfd4423, "12342969958050.068"), (0x52bc1d7e6c8ad74b, "3.579480932400726e+90"),
        (0x4ed435b2570756cb, "5.57930341994419e+71"), (0x97a512c8facc9275, "-9.021255773483338e-195"),
        (0x6f09749eedfa05a2, "7.537880332581917e+226"), (0x93a561e5b6fb41cb, "-4.962148683614791e-214"),
        (0xae255bbae70c71c2, "-2.147327843609651e-86"), (0x60310fd32a903e1c, "2.2876155040889044e+155"),
        (0x6501ecddf8f116b2, "3.631892278891425e+178"), (0x4a020b8c02441c33, "3.2966188340205456e+48"),
        (0x9826037798bac021, "-2.412474538765446e-192"), (0x48a0b4bbebe5c4a1, "7.276485957195784e+41"),
        (0xd47701dfe8ed9082, "-7.862934932011449e+98"), (0x510e393ab42db9e2, "2.8669118301516636e+82"),
        (0xdb4f0763ed0f531d, "-6.882624266621705e+131"), (0x3fb413f19c00520b, "0.07842931803345025"),
        (0xd74da6e727f51f96, "-3.5655117655777302e+112"),
    ];
    const INT_FROM_STR: &[(&str, u32, &str)] = &[
        ("0", 10, "0"),
        ("0", 0, "0"),
        ("12", 10, "12"),
        ("12", 0, "12"),
        ("12", 16, "18"),
        ("12", 8, "10"),
        ("12", 2, "ValueError: invalid literal for int() with base 2: '12'"),
        ("12", 36, "38"),
        ("12", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("12", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        (" 12 ", 10, "12"),
        (" 12 ", 0, "12"),
        ("\t-12\n", 10, "-12"),
        ("\t-12\n", 0, "-12"),
        ("+7", 10, "7"),
        ("+7", 0, "7"),
        ("1_000", 10, "1000"),
        ("1_000", 0, "1000"),
        ("1_000", 16, "4096"),
        ("1_000", 8, "512"),
        ("1_000", 2, "8"),
        ("1_000", 36, "46656"),
        ("1_000", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("1_000", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("_1", 10, "ValueError: invalid literal for int() with base 10: '_1'"),
        ("_1", 0, "ValueError: invalid literal for int() with base 0: '_1'"),
        ("1_", 10, "ValueError: invalid literal for int() with base 10: '1_'"),
        ("1_", 0, "ValueError: invalid literal for int() with base 0: '1_'"),
        ("1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'"),
        ("1__0", 0, "ValueError: invalid literal for int() with base 0: '1__0'"),
        ("0x1f", 10, "ValueError: invalid literal for int() with base 10: '0x1f'"),
        ("0x1f", 0, "31"),
        ("0x1f", 16, "31"),
        ("0x1f", 8, "ValueError: invalid literal for int() with base 8: '0x1f'"),
        ("0x1f", 2, "ValueError: invalid literal for int() with base 2: '0x1f'"),
        ("0x1f", 36, "42819"),
        ("0x1f", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0x1f", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0X1F", 10, "ValueError: invalid literal for int() with base 10: '0X1F'"),
        ("0X1F", 0, "31"),
        ("0X1F", 16, "31"),
        ("0X1F", 8, "ValueError: invalid literal for int() with base 8: '0X1F'"),
        ("0X1F", 2, "ValueError: invalid literal for int() with base 2: '0X1F'"),
        ("0X1F", 36, "42819"),
        ("0X1F", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0X1F", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0o17", 10, "ValueError: invalid literal for int() with base 10: '0o17'"),
        ("0o17", 0, "15"),
        ("0o17", 16, "ValueError: invalid literal for int() with base 16: '0o17'"),
        ("0o17", 8, "15"),
        ("0o17", 2, "ValueError: invalid literal for int() with base 2: '0o17'"),
        ("0o17", 36, "31147"),
        ("0o17", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0o17", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0b101", 10, "ValueError: invalid literal for int() with base 10: '0b101'"),
        ("0b101", 0, "5"),
        ("0b101", 16, "45313"),
        ("0b101", 8, "ValueError: invalid literal for int() with base 8: '0b101'"),
        ("0b101", 2, "5"),
        ("0b101", 36, "514513"),
        ("0b101", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0b101", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0b", 10, "ValueError: invalid literal for int() with base 10: '0b'"),
        ("0b", 0, "ValueError: invalid literal for int() with base 0: '0b'"),
        ("0b", 16, "11"),
        ("0b", 8, "ValueError: invalid literal for int() with base 8: '0b'"),
        ("0b", 2, "ValueError: invalid literal for int() with base 2: '0b'"),
        ("0b", 36, "11"),
        ("0b", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0b", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0x", 10, "ValueError: invalid literal for int() with base 10: '0x'"),
        ("0x", 0, "ValueError: invalid literal for int() with base 0: '0x'"),
        ("0x", 16, "ValueError: invalid literal for int() with base 16: '0x'"),
        ("0x", 8, "ValueError: invalid literal for int() with base 8: '0x'"),
        ("0x", 2, "ValueError: invalid literal for int() with base 2: '0x'"),
        ("0x", 36, "33"),
        ("0x", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0x", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0_0", 10, "0"),
        ("0_0", 0, "0"),
        ("00", 10, "0"),
        ("00", 0, "0"),
        ("010", 10, "10"),
        ("010", 0, "ValueError: invalid literal for int() with base 0: '010'"),
        ("0x_1f", 10, "ValueError: invalid literal for int() with base 10: '0x_1f'"),
        ("0x_1f", 0, "31"),
        ("0x_1f", 16, "31"),
        ("0x_1f", 8, "ValueError: invalid literal for int() with base 8: '0x_1f'"),
        ("0x_1f", 2, "ValueError: invalid literal for int() with base 2: '0x_1f'"),
        ("0x_1f", 36, "42819"),
        ("0x_1f", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("0x_1f", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("", 10, "ValueError: invalid literal for int() with base 10: ''"),
        ("", 0, "ValueError: invalid literal for int() with base 0: ''"),
        (" ", 10, "ValueError: invalid literal for int() with base 10: ' '"),
        (" ", 0, "ValueError: invalid literal for int() with base 0: ' '"),
        ("x", 10, "ValueError: invalid literal for int() with base 10: 'x'"),
        ("x", 0, "ValueError: invalid literal for int() with base 0: 'x'"),
        ("x", 16, "ValueError: invalid literal for int() with base 16: 'x'"),
        ("x", 8, "ValueError: invalid literal for int() with base 8: 'x'"),
        ("x", 2, "ValueError: invalid literal for int() with base 2: 'x'"),
        ("x", 36, "33"),
        ("x", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("x", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("12a", 10, "ValueError: invalid literal for int() with base 10: '12a'"),
        ("12a", 0, "ValueError: invalid literal for int() with base 0: '12a'"),
        ("١٢٣", 10, "123"),
        ("١٢٣", 0, "123"),
        ("１２３", 10, "123"),
        ("１２３", 0, "123"),
        ("9223372036854775807", 10, "9223372036854775807"),
        ("9223372036854775807", 0, "9223372036854775807"),
        ("9223372036854775808", 10, "9223372036854775808"),
        ("9223372036854775808", 0, "9223372036854775808"),
        ("-9223372036854775808", 10, "-9223372036854775808"),
        ("-9223372036854775808", 0, "-9223372036854775808"),
        ("-9223372036854775809", 10, "-9223372036854775809"),
        ("-9223372036854775809", 0, "-9223372036854775809"),
        ("123456789012345678901234567890", 10, "123456789012345678901234567890"),
        ("123456789012345678901234567890", 0, "123456789012345678901234567890"),
        ("z", 10, "ValueError: invalid literal for int() with base 10: 'z'"),
        ("z", 0, "ValueError: invalid literal for int() with base 0: 'z'"),
        ("z", 16, "ValueError: invalid literal for int() with base 16: 'z'"),
        ("z", 8, "ValueError: invalid literal for int() with base 8: 'z'"),
        ("z", 2, "ValueError: invalid literal for int() with base 2: 'z'"),
        ("z", 36, "35"),
        ("z", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("z", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("Z", 10, "ValueError: invalid literal for int() with base 10: 'Z'"),
        ("Z", 0, "ValueError: invalid literal for int() with base 0: 'Z'"),
        ("Z", 16, "ValueError: invalid literal for int() with base 16: 'Z'"),
        ("Z", 8, "ValueError: invalid literal for int() with base 8: 'Z'"),
        ("Z", 2, "ValueError: invalid literal for int() with base 2: 'Z'"),
        ("Z", 36, "35"),
        ("Z", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("Z", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("-0", 10, "0"),
        ("-0", 0, "0"),
        ("1 2", 10, "ValueError: invalid literal for int() with base 10: '1 2'"),
        ("1 2", 0, "ValueError: invalid literal for int() with base 0: '1 2'"),
        ("٣x", 10, "ValueError: invalid literal for int() with base 10: '٣x'"),
        ("٣x", 0, "ValueError: invalid literal for int() with base 0: '٣x'"),
        ("\u{a0}12\u{3000}", 10, "12"),
        ("\u{a0}12\u{3000}", 0, "12"),
        ("1e5", 10, "ValueError: invalid literal for int() with base 10: '1e5'"),
        ("1e5", 0, "ValueError: invalid literal for int() with base 0: '1e5'"),
        ("1.5", 10, "ValueError: invalid literal for int() with base 10: '1.5'"),
        ("1.5", 0, "ValueError: invalid literal for int() with base 0: '1.5'"),
    ];
    const FLOAT_FROM_STR: &[(&str, &str)] = &[
        ("1.5", "1.5"),
        (" 1.5 ", "1.5"),
        ("-1.5", "-1.5"),
        ("+.5", "0.5"),
        ("5.", "5.0"),
        (".", "ValueError: could not convert string to float: '.'"),
        ("1e5", "100000.0"),
        ("1E5", "100000.0"),
        ("1e+5", "100000.0"),
        ("1e-5", "1e-05"),
        ("1e", "ValueError: could not convert string to float: '1e'"),
        ("e5", "ValueError: could not convert string to float: 'e5'"),
        ("1_0.5", "10.5"),
        ("1__0", "ValueError: could not convert string to float: '1__0'"),
        ("_1", "ValueError: could not convert string to float: '_1'"),
        ("1_", "ValueError: could not convert string to float: '1_'"),
        ("1_e5", "ValueError: could not convert string to float: '1_e5'"),
        ("1e1_0", "10000000000.0"),
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("+Infinity", "inf"),
        ("INF", "inf"),
        ("nan", "nan"),
        ("-NaN", "nan"),
        ("nanx", "ValueError: could not convert string to float: 'nanx'"),
        ("infinit", "ValueError: could not convert string to float: 'infinit'"),
        ("", "ValueError: could not convert string to float: ''"),
        (" ", "ValueError: could not convert string to float: ' '"),
        ("x", "ValueError: could not convert string to float: 'x'"),
        ("0x10", "ValueError: could not convert string to float: '0x10'"),
        ("١.٥", "1.5"),
        ("1e400", "inf"),
        ("-1e400", "-inf"),
        ("1e-400", "0.0"),
        ("0.1", "0.1"),
        ("2.675", "2.675"),
        ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ("4.9e-324", "5e-324"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("1.5 x", "ValueError: could not convert string to float: '1.5 x'"),
        ("1,5", "ValueError: could not convert string to float: '1,5'"),
    ];
    const ROUNDS: &[(fn() -> Value, Option<fn() -> Value>, &str)] = &[
        (|| Value::Float(2.5), None, "2"),
        (|| Value::Float(3.5), None, "4"),
        (|| Value::Float(-0.5), None, "0"),
        (|| Value::Float(-1.5), None, "-2"),
        (|| Value::Float(0.49999999999999994), None, "0"),
        (|| Value::Float(1e+20), None, "100000000000000000000"),
        (|| Value::Float(f64::INFINITY), None, "OverflowError: cannot convert float infinity to integer"),
        (|| Value::Float(f64::NAN), None, "ValueError: cannot convert float NaN to integer"),
        (|| Value::Float(2.675), Some(|| Value::Int(2)), "2.67"),
        (|| Value::Float(1.005), Some(|| Value::Int(2)), "1.0"),
        (|| Value::Float(0.125), Some(|| Value::Int(2)), "0.12"),
        (|| Value::Float(0.375), Some(|| Value::Int(2)), "0.38"),
        (|| Value::Float(15.5), Some(|| Value::Int(-1)), "20.0"),
        (|| Value::Float(25.0), Some(|| Value::Int(-1)), "20.0"),
        (|| Value::Float(35.0), Some(|| Value::Int(-1)), "40.0"),
        (|| Value::Float(-25.0), Some(|| Value::Int(-1)), "-20.0"),
        (|| Value::Float(1e+300), Some(|| Value::Int(-400)), "0.0"),
        (|| Value::Float(1.7976931348623157e+308), Some(|| Value::Int(-308)), "OverflowError: rounded value too large to represent"),
        (|| Value::Float(0.5), Some(|| Value::Int(0)), "0.0"),
        (|| Value::Float(1.5), Some(|| Value::Int(0)), "2.0"),
        (|| Value::Float(-0.0), Some(|| Value::Int(1)), "-0.0"),
        (|| Value::Float(-0.001), Some(|| Value::Int(2)), "-0.0"),
        (|| Value::Float(123.456), Some(|| Value::Int(-2)), "100.0"),
        (|| Value::Float(123.456), Some(|| Value::Int(5)), "123.456"),
        (|| Value::Float(1e-300), Some(|| Value::Int(301)), "1e-300"),
        (|| Value::Float(5e-324), Some(|| Value::Int(400)), "5e-324"),
        (|| Value::Float(f64::INFINITY), Some(|| Value::Int(2)), "inf"),
        (|| Value::Float(1234.5678), Some(|| Value::Int(3)), "1234.568"),
        (|| Value::Int(1234), Some(|| Value::Int(-2)), "1200"),
        (|| Value::Int(1250), Some(|| Value::Int(-2)), "1200"),
        (|| Value::Int(1350), Some(|| Value::Int(-2)), "1400"),
        (|| Value::Int(-1250), Some(|| Value::Int(-2)), "-1200"),
        (|| Value::Int(5), Some(|| Value::Int(2)), "5"),
        (|| big("1180591620767411303424"), Some(|| Value::Int(-11)), "1180591620800000000000"),
        (|| Value::Bool(true), None, "1"),
        (|| Value::Int(7), None, "7"),
        (|| Value::Int(-7), Some(|| Value::Int(-1)), "-10"),
        (|| Value::Int(15), Some(|| Value::Int(-1)), "20"),
        (|| Value::Int(25), Some(|| Value::Int(-1)), "20"),
        (|| Value::Float(1.5), Some(|| big("1180591620717411303424")), "1.5"),
        (|| Value::Float(1.5), Some(|| big("-1180591620717411303424")), "0.0"),
        (|| Value::Int(3), Some(|| big("1180591620717411303424")), "3"),
        (|| Value::Float(0.5), None, "0"),
        (|| Value::Float(1.5), None, "2"),
        (|| Value::Float(2.5e-308), Some(|| Value::Int(308)), "2e-308"),
    ];
    const HASHES: &[(fn() -> Value, i64)] = &[
        (|| Value::Int(0), 0),
        (|| Value::Int(1), 1),
        (|| Value::Int(-1), -2),
        (|| Value::Int(-2), -2),
        (|| Value::Int(7), 7),
        (|| Value::Int(2305843009213693951), 0),
        (|| Value::Int(2305843009213693952), 1),
        (|| Value::Int(4611686018427387904), 2),
        (|| Value::Int(i64::MIN), -4),
        (|| big("18446744073709551616"), 8),
        (|| big("-18446744073709551616"), -8),
        (|| big("1000000000000000000000000000000"), 465258685558744706),
        (|| big("-1000000000000000000000000000000"), -465258685558744706),
        (|| Value::Bool(true), 1),
        (|| Value::Bool(false), 0),
        (|| Value::Float(0.0), 0),
        (|| Value::Float(-0.0), 0),
        (|| Value::Float(1.0), 1),
        (|| Value::Float(1.5), 1152921504606846977),
        (|| Value::Float(-1.5), -1152921504606846977),
        (|| Value::Float(0.1), 230584300921369408),
        (|| Value::Float(1e+100), 1822893315824342674),
        (|| Value::Float(-1e-100), -1735222877707689105),
        (|| Value::Float(1.8446744073709552e+19), 8),
        (|| Value::Float(2.305843009213694e+18), 1),
        (|| Value::Float(f64::INFINITY), 314159),
        (|| Value::Float(f64::NEG_INFINITY), -314159),
        (|| Value::Float(5e-324), 16777216),
        (|| Value::Float(1.7976931348623157e+308), 2234066890152476671),
        (|| Value::Float(123456.789), 1819310134279660096),
    ];
    const DIVMODS: &[(fn() -> Value, fn() -> Value, &str)] = &[
        (|| Value::Int(7), || Value::Int(2), "(3, 1)"),
        (|| Value::Int(-7), || Value::Int(2), "(-4, 1)"),
        (|| Value::Int(7), || Value::Int(-2), "(-4, -1)"),
        (|| Value::Int(-7), || Value::Int(-2), "(3, -1)"),
        (|| Value::Int(7), || Value::Int(0), "ZeroDivisionError: integer division or modulo by zero"),
        (|| Value::Int(i64::MIN), || Value::Int(-1), "(9223372036854775808, 0)"),
        (|| big("18446744073709551616"), || Value::Int(7), "(2635249153387078802, 2)"),
        (|| big("-18446744073709551616"), || Value::Int(7), "(-2635249153387078803, 5)"),
        (|| Value::Float(7.5), || Value::Int(2), "(3.0, 1.5)"),
        (|| Value::Float(-7.5), || Value::Int(2), "(-4.0, 0.5)"),
        (|| Value::Float(7.5), || Value::Int(-2), "(-4.0, -0.5)"),
        (|| Value::Float(1.0), || Value::Float(0.0), "ZeroDivisionError: float divmod()"),
        (|| Value::Float(0.0), || Value::Int(-5), "(-0.0, -0.0)"),
        (|| Value::Float(-0.0), || Value::Int(5), "(-0.0, 0.0)"),
        (|| Value::Float(1e+308), || Value::Float(1e-308), "(inf, 3.498445546245627e-309)"),
        (|| Value::Bool(true), || Value::Int(3), "(0, 1)"),
    ];
}
