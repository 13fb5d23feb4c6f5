//! `repr()` of the built-in data types, and the quoting and escaping rules
//! behind it (CPython's `unicode_repr`, `bytes_repr`, `list_repr`...).
//!
//! Containers show their items through [`Host::repr`], so instances inside
//! a list use their `__repr__`. A container that contains itself prints as
//! `[...]` / `{...}`, as `Py_ReprEnter` makes CPython do: the containers
//! whose repr is being built are kept on a per-host-thread stack.

use super::error::ExcKind;
use super::num;
use super::value::{Key, Value};
use crate::vm::Interp;
use std::cell::RefCell;
use std::rc::Rc;

/// What formatting and `repr` need from the interpreter: the VM's
/// `Interp` provides it; tests use a stand-in that knows only built-in
/// values. Every method has the meaning of the `Interp` method of the same name.
pub trait Host {
    /// A new exception instance of this kind with this message.
    fn error(&self, kind: ExcKind, msg: String) -> Value;
    /// `repr(v)` of any value.
    fn repr(&mut self, v: &Value) -> Result<String, Value>;
    /// `str(v)` of any value.
    fn to_str(&mut self, v: &Value) -> Result<String, Value>;
    /// The name of v's type, for messages.
    fn type_name(&self, v: &Value) -> Rc<str>;
    /// `getattr(v, name)`.
    fn get_attr(&mut self, v: &Value, name: &str) -> Result<Value, Value>;
    /// Calls a callable to completion.
    fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Value, Value>;
    /// `operator.index(v)`.
    fn index(&mut self, v: &Value) -> Result<i64, Value>;

    /// `KeyError(key)`: the exception whose single argument is the key.
    fn key_error(&mut self, key: &Value) -> Value;

    /// `format(v, spec)` for any value, user-defined `__format__` included.
    fn format(&mut self, v: &Value, spec: &str) -> Result<String, Value> {
        super::format::format_any(self, v, spec)
    }
}

impl Host for Interp<'_> {
    fn error(&self, kind: ExcKind, msg: String) -> Value {
        Interp::error(self, kind, msg)
    }
    fn repr(&mut self, v: &Value) -> Result<String, Value> {
        Interp::repr(self, v)
    }
    fn to_str(&mut self, v: &Value) -> Result<String, Value> {
        Interp::to_str(self, v)
    }
    fn type_name(&self, v: &Value) -> Rc<str> {
        Interp::type_name(self, v)
    }
    fn get_attr(&mut self, v: &Value, name: &str) -> Result<Value, Value> {
        Interp::get_attr(self, v, name)
    }
    fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Value, Value> {
        Interp::call(self, f, args)
    }
    fn index(&mut self, v: &Value) -> Result<i64, Value> {
        Interp::index(self, v)
    }
    fn key_error(&mut self, key: &Value) -> Value {
        self.new_exception(ExcKind::KeyError, vec![key.clone()])
    }
    fn format(&mut self, v: &Value, spec: &str) -> Result<String, Value> {
        Interp::format(self, v, spec)
    }
}

thread_local! {
    /// The containers whose repr is being built (`Py_ReprEnter`'s list).
    static ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being printed until dropped (also on errors).
struct ReprGuard(usize);

impl ReprGuard {
    /// None when the container is already being printed: a cycle.
    fn enter(id: usize) -> Option<ReprGuard> {
        ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if a.contains(&id) {
                None
            } else {
                a.push(id);
                Some(ReprGuard(id))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if let Some(i) = a.iter().rposition(|&x| x == self.0) {
                a.remove(i);
            }
        });
    }
}

/// `repr(v)` for the built-in data types: None, bool, int, float, str,
/// bytes, tuple, list, dict, set, frozenset, range and slice. Functions,
/// classes, instances and modules are the VM's; they get `<object>` here.
pub fn repr<H: Host + ?Sized>(host: &mut H, v: &Value) -> Result<String, Value> {
    let seq = |host: &mut H, items: &[Value], out: &mut String| -> Result<(), Value> {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&host.repr(x)?);
        }
        Ok(())
    };
    Ok(match v {
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(_) => num::int_to_decimal(v).map_err(|(k, m)| host.error(k, m))?,
        Value::Float(x) => num::float_repr(*x),
        Value::Str(s) => str_repr(s),
        Value::Bytes(b) => bytes_repr(b),
        Value::Tuple(items) => {
            if items.is_empty() {
                return Ok("()".into());
            }
            let Some(_g) = ReprGuard::enter(v.identity()) else { return Ok("(...)".into()) };
            let mut out = String::from("(");
            seq(host, items, &mut out)?;
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
            out
        }
        Value::List(l) => {
            let Some(_g) = ReprGuard::enter(v.identity()) else { return Ok("[...]".into()) };
            // A snapshot: an item's __repr__ may change the list.
            let items = l.borrow().clone();
            let mut out = String::from("[");
            seq(host, &items, &mut out)?;
            out.push(']');
            out
        }
        Value::Dict(d) => {
            let Some(_g) = ReprGuard::enter(v.identity()) else { return Ok("{...}".into()) };
            let items: Vec<(Value, Value)> = d.borrow().iter().map(|(k, x)| (k.0.clone(), x.clone())).collect();
            let mut out = String::from("{");
            for (i, (k, x)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&host.repr(k)?);
                out.push_str(": ");
                out.push_str(&host.repr(x)?);
            }
            out.push('}');
            out
        }
        Value::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().map(|k: &Key| k.0.clone()).collect();
            set_repr(host, v, "set", &items, false)?
        }
        Value::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().map(|k| k.0.clone()).collect();
            set_repr(host, v, "frozenset", &items, true)?
        }
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Slice(s) => {
            let mut out = String::from("slice(");
            seq(host, &s[..], &mut out)?;
            out.push(')');
            out
        }
        _ => "<object>".into(),
    })
}

fn set_repr<H: Host + ?Sized>(host: &mut H, v: &Value, name: &str, items: &[Value], wrap: bool) -> Result<String, Value> {
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    let Some(_g) = ReprGuard::enter(v.identity()) else { return Ok(format!("{name}(...)")) };
    let mut out = String::new();
    if wrap {
        out.push_str(name);
        out.push('(');
    }
    out.push('{');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&host.repr(x)?);
    }
    out.push('}');
    if wrap {
        out.push(')');
    }
    Ok(out)
}

fn push_escape(out: &mut String, c: char) {
    let n = c as u32;
    if n <= 0xff {
        out.push_str(&format!("\\x{n:02x}"));
    } else if n <= 0xffff {
        out.push_str(&format!("\\u{n:04x}"));
    } else {
        out.push_str(&format!("\\U{n:08x}"));
    }
}

/// The repr of a str: single quotes unless it contains `'` and no `"`;
/// `\n \r \t \\` and the quote escaped, other control characters as `\xHH`,
/// non-printable characters as `\xHH`, `\uHHHH` or `\UHHHHHHHH`; printable
/// non-ASCII text (Chinese, accents, emoji) kept as is.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// The repr of bytes: `b'...'` with the quoting rule of str, `\xhh` for
/// bytes outside printable ASCII.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// What `ascii()` makes of a repr: every non-ASCII character escaped as
/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// Python's `str.isprintable()` for one character: not in the categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs, except the space itself.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x80 {
        return (0x20..0x7f).contains(&n);
    }
    let i = NON_PRINTABLE.partition_point(|&(start, _)| start <= n);
    i == 0 || NON_PRINTABLE[i - 1].1 < n
}

/// The non-ASCII characters Python 3.11 (Unicode 14.0.0) does not print in
/// reprs, as inclusive ranges. Generated with
/// `[c for c in range(0x80, 0x110000) if not chr(c).isprintable()]`, merged.
const NON_PRINTABLE: &[(u32, u32)] = &[
    (0x80, 0xA0), (0xAD, 0xAD), (0x378, 0x379), (0x380, 0x383), (0x38B, 0x38B), (0x38D, 0x38D),
    (0x3A2, 0x3A2), (0x530, 0x530), (0x557, 0x558), (0x58B, 0x58C), (0x590, 0x590), (0x5C8, 0x5CF),
    (0x5EB, 0x5EE), (0x5F5, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70E, 0x70F), (0x74B, 0x74C),
    (0x7B2, 0x7BF), (0x7FB, 0x7FC), (0x82E, 0x82F), (0x83F, 0x83F), (0x85C, 0x85D), (0x85F, 0x85F),
    (0x86B, 0x86F), (0x88F, 0x897), (0x8E2, 0x8E2), (0x984, 0x984), (0x98D, 0x98E), (0x991, 0x992),
    (0x9A9, 0x9A9), (0x9B1, 0x9B1), (0x9B3, 0x9B5), (0x9BA, 0x9BB), (0x9C5, 0x9C6), (0x9C9, 0x9CA),
    (0x9CF, 0x9D6), (0x9D8, 0x9DB), (0x9DE, 0x9DE), (0x9E4, 0x9E5), (0x9FF, 0xA00), (0xA04, 0xA04),
    (0xA0B, 0xA0E), (0xA11, 0xA12), (0xA29, 0xA29), (0xA31, 0xA31), (0xA34, 0xA34), (0xA37, 0xA37),
    (0xA3A, 0xA3B), (0xA3D, 0xA3D), (0xA43, 0xA46), (0xA49, 0xA4A), (0xA4E, 0xA50), (0xA52, 0xA58),
    (0xA5D, 0xA5D), (0xA5F, 0xA65), (0xA77, 0xA80), (0xA84, 0xA84), (0xA8E, 0xA8E), (0xA92, 0xA92),
    (0xAA9, 0xAA9), (0xAB1, 0xAB1), (0xAB4, 0xAB4), (0xABA, 0xABB), (0xAC6, 0xAC6), (0xACA, 0xACA),
    (0xACE, 0xACF), (0xAD1, 0xADF), (0xAE4, 0xAE5), (0xAF2, 0xAF8), (0xB00, 0xB00), (0xB04, 0xB04),
    (0xB0D, 0xB0E), (0xB11, 0xB12), (0xB29, 0xB29), (0xB31, 0xB31), (0xB34, 0xB34), (0xB3A, 0xB3B),
    (0xB45, 0xB46), (0xB49, 0xB4A), (0xB4E, 0xB54), (0xB58, 0xB5B), (0xB5E, 0xB5E), (0xB64, 0xB65),
    (0xB78, 0xB81), (0xB84, 0xB84), (0xB8B, 0xB8D), (0xB91, 0xB91), (0xB96, 0xB98), (0xB9B, 0xB9B),
    (0xB9D, 0xB9D), (0xBA0, 0xBA2), (0xBA5, 0xBA7), (0xBAB, 0xBAD), (0xBBA, 0xBBD), (0xBC3, 0xBC5),
    (0xBC9, 0xBC9), (0xBCE, 0xBCF), (0xBD1, 0xBD6), (0xBD8, 0xBE5), (0xBFB, 0xBFF), (0xC0D, 0xC0D),
    (0xC11, 0xC11), (0xC29, 0xC29), (0xC3A, 0xC3B), (0xC45, 0xC45), (0xC49, 0xC49), (0xC4E, 0xC54),
    (0xC57, 0xC57), (0xC5B, 0xC5C), (0xC5E, 0xC5F), (0xC64, 0xC65), (0xC70, 0xC76), (0xC8D, 0xC8D),
    (0xC91, 0xC91), (0xCA9, 0xCA9), (0xCB4, 0xCB4), (0xCBA, 0xCBB), (0xCC5, 0xCC5), (0xCC9, 0xCC9),
    (0xCCE, 0xCD4), (0xCD7, 0xCDC), (0xCDF, 0xCDF), (0xCE4, 0xCE5), (0xCF0, 0xCF0), (0xCF3, 0xCFF),
    (0xD0D, 0xD0D), (0xD11, 0xD11), (0xD45, 0xD45), (0xD49, 0xD49), (0xD50, 0xD53), (0xD64, 0xD65),
    (0xD80, 0xD80), (0xD84, 0xD84), (0xD97, 0xD99), (0xDB2, 0xDB2), (0xDBC, 0xDBC), (0xDBE, 0xDBF),
    (0xDC7, 0xDC9), (0xDCB, 0xDCE), (0xDD5, 0xDD5), (0xDD7, 0xDD7), (0xDE0, 0xDE5), (0xDF0, 0xDF1),
    (0xDF5, 0xE00), (0xE3B, 0xE3E), (0xE5C, 0xE80), (0xE83, 0xE83), (0xE85, 0xE85), (0xE8B, 0xE8B),
    (0xEA4, 0xEA4), (0xEA6, 0xEA6), (0xEBE, 0xEBF), (0xEC5, 0xEC5), (0xEC7, 0xEC7), (0xECE, 0xECF),
    (0xEDA, 0xEDB), (0xEE0, 0xEFF), (0xF48, 0xF48), (0xF6D, 0xF70), (0xF98, 0xF98), (0xFBD, 0xFBD),
    (0xFCD, 0xFCD), (0xFDB, 0xFFF), (0x10C6, 0x10C6), (0x10C8, 0x10CC), (0x10CE, 0x10CF),
    (0x1249, 0x1249), (0x124E, 0x124F), (0x1257, 0x1257), (0x1259, 0x1259), (0x125E, 0x125F),
    (0x1289, 0x1289), (0x128E, 0x128F), (0x12B1, 0x12B1), (0x12B6, 0x12B7), (0x12BF, 0x12BF),
    (0x12C1, 0x12C1), (0x12C6, 0x12C7), (0x12D7, 0x12D7), (0x1311, 0x1311), (0x1316, 0x1317),
    (0x135B, 0x135C), (0x137D, 0x137F), (0x139A, 0x139F), (0x13F6, 0x13F7), (0x13FE, 0x13FF),
    (0x1680, 0x1680), (0x169D, 0x169F), (0x16F9, 0x16FF), (0x1716, 0x171E), (0x1737, 0x173F),
    (0x1754, 0x175F), (0x176D, 0x176D), (0x1771, 0x1771), (0x1774, 0x177F), (0x17DE, 0x17DF),
    (0x17EA, 0x17EF), (0x17FA, 0x17FF), (0x180E, 0x180E), (0x181A, 0x181F), (0x1879, 0x187F),
    (0x18AB, 0x18AF), (0x18F6, 0x18FF), (0x191F, 0x191F), (0x192C, 0x192F), (0x193C, 0x193F),
    (0x1941, 0x1943), (0x196E, 0x196F), (0x1975, 0x197F), (0x19AC, 0x19AF), (0x19CA, 0x19CF),
    (0x19DB, 0x19DD), (0x1A1C, 0x1A1D), (0x1A5F, 0x1A5F), (0x1A7D, 0x1A7E), (0x1A8A, 0x1A8F),
    (0x1A9A, 0x1A9F), (0x1AAE, 0x1AAF), (0x1ACF, 0x1AFF), (0x1B4D, 0x1B4F), (0x1B7F, 0x1B7F),
    (0x1BF4, 0x1BFB), (0x1C38, 0x1C3A), (0x1C4A, 0x1C4C), (0x1C89, 0x1C8F), (0x1CBB, 0x1CBC),
    (0x1CC8, 0x1CCF), (0x1CFB, 0x1CFF), (0x1F16, 0x1F17), (0x1F1E, 0x1F1F), (0x1F46, 0x1F47),
    (0x1F4E, 0x1F4F), (0x1F58, 0x1F58), (0x1F5A, 0x1F5A), (0x1F5C, 0x1F5C), (0x1F5E, 0x1F5E),
    (0x1F7E, 0x1F7F), (0x1FB5, 0x1FB5), (0x1FC5, 0x1FC5), (0x1FD4, 0x1FD5), (0x1FDC, 0x1FDC),
    (0x1FF0, 0x1FF1), (0x1FF5, 0x1FF5), (0x1FFF, 0x200F), (0x2028, 0x202F), (0x205F, 0x206F),
    (0x2072, 0x2073), (0x208F, 0x208F), (0x209D, 0x209F), (0x20C1, 0x20CF), (0x20F1, 0x20FF),
    (0x218C, 0x218F), (0x2427, 0x243F), (0x244B, 0x245F), (0x2B74, 0x2B75), (0x2B96, 0x2B96),
    (0x2CF4, 0x2CF8), (0x2D26, 0x2D26), (0x2D28, 0x2D2C), (0x2D2E, 0x2D2F), (0x2D68, 0x2D6E),
    (0x2D71, 0x2D7E), (0x2D97, 0x2D9F), (0x2DA7, 0x2DA7), (0x2DAF, 0x2DAF), (0x2DB7, 0x2DB7),
    (0x2DBF, 0x2DBF), (0x2DC7, 0x2DC7), (0x2DCF, 0x2DCF), (0x2DD7, 0x2DD7), (0x2DDF, 0x2DDF),
    (0x2E5E, 0x2E7F), (0x2E9A, 0x2E9A), (0x2EF4, 0x2EFF), (0x2FD6, 0x2FEF), (0x2FFC, 0x3000),
    (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104), (0x3130, 0x3130), (0x318F, 0x318F),
    (0x31E4, 0x31EF), (0x321F, 0x321F), (0xA48D, 0xA48F), (0xA4C7, 0xA4CF), (0xA62C, 0xA63F),
    (0xA6F8, 0xA6FF), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2), (0xA7D4, 0xA7D4), (0xA7DA, 0xA7F1),
    (0xA82D, 0xA82F), (0xA83A, 0xA83F), (0xA878, 0xA87F), (0xA8C6, 0xA8CD), (0xA8DA, 0xA8DF),
    (0xA954, 0xA95E), (0xA97D, 0xA97F), (0xA9CE, 0xA9CE), (0xA9DA, 0xA9DD), (0xA9FF, 0xA9FF),
    (0xAA37, 0xAA3F), (0xAA4E, 0xAA4F), (0xAA5A, 0xAA5B), (0xAAC3, 0xAADA), (0xAAF7, 0xAB00),
    (0xAB07, 0xAB08), (0xAB0F, 0xAB10), (0xAB17, 0xAB1F), (0xAB27, 0xAB27), (0xAB2F, 0xAB2F),
    (0xAB6C, 0xAB6F), (0xABEE, 0xABEF), (0xABFA, 0xABFF), (0xD7A4, 0xD7AF), (0xD7C7, 0xD7CA),
    (0xD7FC, 0xF8FF), (0xFA6E, 0xFA6F), (0xFADA, 0xFAFF), (0xFB07, 0xFB12), (0xFB18, 0xFB1C),
    (0xFB37, 0xFB37), (0xFB3D, 0xFB3D), (0xFB3F, 0xFB3F), (0xFB42, 0xFB42), (0xFB45, 0xFB45),
    (0xFBC3, 0xFBD2), (0xFD90, 0xFD91), (0xFDC8, 0xFDCE), (0xFDD0, 0xFDEF), (0xFE1A, 0xFE1F),
    (0xFE53, 0xFE53), (0xFE67, 0xFE67), (0xFE6C, 0xFE6F), (0xFE75, 0xFE75), (0xFEFD, 0xFF00),
    (0xFFBF, 0xFFC1), (0xFFC8, 0xFFC9), (0xFFD0, 0xFFD1), (0xFFD8, 0xFFD9), (0xFFDD, 0xFFDF),
    (0xFFE7, 0xFFE7), (0xFFEF, 0xFFFB), (0xFFFE, 0xFFFF), (0x1000C, 0x1000C), (0x10027, 0x10027),
    (0x1003B, 0x1003B), (0x1003E, 0x1003E), (0x1004E, 0x1004F), (0x1005E, 0x1007F),
    (0x100FB, 0x100FF), (0x10103, 0x10106), (0x10134, 0x10136), (0x1018F, 0x1018F),
    (0x1019D, 0x1019F), (0x101A1, 0x101CF), (0x101FE, 0x1027F), (0x1029D, 0x1029F),
    (0x102D1, 0x102DF), (0x102FC, 0x102FF), (0x10324, 0x1032C), (0x1034B, 0x1034F),
    (0x1037B, 0x1037F), (0x1039E, 0x1039E), (0x103C4, 0x103C7), (0x103D6, 0x103FF),
    (0x1049E, 0x1049F), (0x104AA, 0x104AF), (0x104D4, 0x104D7), (0x104FC, 0x104FF),
    (0x10528, 0x1052F), (0x10564, 0x1056E), (0x1057B, 0x1057B), (0x1058B, 0x1058B),
    (0x10593, 0x10593), (0x10596, 0x10596), (0x105A2, 0x105A2), (0x105B2, 0x105B2),
    (0x105BA, 0x105BA), (0x105BD, 0x105FF), (0x10737, 0x1073F), (0x10756, 0x1075F),
    (0x10768, 0x1077F), (0x10786, 0x10786), (0x107B1, 0x107B1), (0x107BB, 0x107FF),
    (0x10806, 0x10807), (0x10809, 0x10809), (0x10836, 0x10836), (0x10839, 0x1083B),
    (0x1083D, 0x1083E), (0x10856, 0x10856), (0x1089F, 0x108A6), (0x108B0, 0x108DF),
    (0x108F3, 0x108F3), (0x108F6, 0x108FA), (0x1091C, 0x1091E), (0x1093A, 0x1093E),
    (0x10940, 0x1097F), (0x109B8, 0x109BB), (0x109D0, 0x109D1), (0x10A04, 0x10A04),
    (0x10A07, 0x10A0B), (0x10A14, 0x10A14), (0x10A18, 0x10A18), (0x10A36, 0x10A37),
    (0x10A3B, 0x10A3E), (0x10A49, 0x10A4F), (0x10A59, 0x10A5F), (0x10AA0, 0x10ABF),
    (0x10AE7, 0x10AEA), (0x10AF7, 0x10AFF), (0x10B36, 0x10B38), (0x10B56, 0x10B57),
    (0x10B73, 0x10B77), (0x10B92, 0x10B98), (0x10B9D, 0x10BA8), (0x10BB0, 0x10BFF),
    (0x10C49, 0x10C7F), (0x10CB3, 0x10CBF), (0x10CF3, 0x10CF9), (0x10D28, 0x10D2F),
    (0x10D3A, 0x10E5F), (0x10E7F, 0x10E7F), (0x10EAA, 0x10EAA), (0x10EAE, 0x10EAF),
    (0x10EB2, 0x10EFF), (0x10F28, 0x10F2F), (0x10F5A, 0x10F6F), (0x10F8A, 0x10FAF),
    (0x10FCC, 0x10FDF), (0x10FF7, 0x10FFF), (0x1104E, 0x11051), (0x11076, 0x1107E),
    (0x110BD, 0x110BD), (0x110C3, 0x110CF), (0x110E9, 0x110EF), (0x110FA, 0x110FF),
    (0x11135, 0x11135), (0x11148, 0x1114F), (0x11177, 0x1117F), (0x111E0, 0x111E0),
    (0x111F5, 0x111FF), (0x11212, 0x11212), (0x1123F, 0x1127F), (0x11287, 0x11287),
    (0x11289, 0x11289), (0x1128E, 0x1128E), (0x1129E, 0x1129E), (0x112AA, 0x112AF),
    (0x112EB, 0x112EF), (0x112FA, 0x112FF), (0x11304, 0x11304), (0x1130D, 0x1130E),
    (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334),
    (0x1133A, 0x1133A), (0x11345, 0x11346), (0x11349, 0x1134A), (0x1134E, 0x1134F),
    (0x11351, 0x11356), (0x11358, 0x1135C), (0x11364, 0x11365), (0x1136D, 0x1136F),
    (0x11375, 0x113FF), (0x1145C, 0x1145C), (0x11462, 0x1147F), (0x114C8, 0x114CF),
    (0x114DA, 0x1157F), (0x115B6, 0x115B7), (0x115DE, 0x115FF), (0x11645, 0x1164F),
    (0x1165A, 0x1165F), (0x1166D, 0x1167F), (0x116BA, 0x116BF), (0x116CA, 0x116FF),
    (0x1171B, 0x1171C), (0x1172C, 0x1172F), (0x11747, 0x117FF), (0x1183C, 0x1189F),
    (0x118F3, 0x118FE), (0x11907, 0x11908), (0x1190A, 0x1190B), (0x11914, 0x11914),
    (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193A), (0x11947, 0x1194F),
    (0x1195A, 0x1199F), (0x119A8, 0x119A9), (0x119D8, 0x119D9), (0x119E5, 0x119FF),
    (0x11A48, 0x11A4F), (0x11AA3, 0x11AAF), (0x11AF9, 0x11BFF), (0x11C09, 0x11C09),
    (0x11C37, 0x11C37), (0x11C46, 0x11C4F), (0x11C6D, 0x11C6F), (0x11C90, 0x11C91),
    (0x11CA8, 0x11CA8), (0x11CB7, 0x11CFF), (0x11D07, 0x11D07), (0x11D0A, 0x11D0A),
    (0x11D37, 0x11D39), (0x11D3B, 0x11D3B), (0x11D3E, 0x11D3E), (0x11D48, 0x11D4F),
    (0x11D5A, 0x11D5F), (0x11D66, 0x11D66), (0x11D69, 0x11D69), (0x11D8F, 0x11D8F),
    (0x11D92, 0x11D92), (0x11D99, 0x11D9F), (0x11DAA, 0x11EDF), (0x11EF9, 0x11FAF),
    (0x11FB1, 0x11FBF), (0x11FF2, 0x11FFE), (0x1239A, 0x123FF), (0x1246F, 0x1246F),
    (0x12475, 0x1247F), (0x12544, 0x12F8F), (0x12FF3, 0x12FFF), (0x1342F, 0x143FF),
    (0x14647, 0x167FF), (0x16A39, 0x16A3F), (0x16A5F, 0x16A5F), (0x16A6A, 0x16A6D),
    (0x16ABF, 0x16ABF), (0x16ACA, 0x16ACF), (0x16AEE, 0x16AEF), (0x16AF6, 0x16AFF),
    (0x16B46, 0x16B4F), (0x16B5A, 0x16B5A), (0x16B62, 0x16B62), (0x16B78, 0x16B7C),
    (0x16B90, 0x16E3F), (0x16E9B, 0x16EFF), (0x16F4B, 0x16F4E), (0x16F88, 0x16F8E),
    (0x16FA0, 0x16FDF), (0x16FE5, 0x16FEF), (0x16FF2, 0x16FFF), (0x187F8, 0x187FF),
    (0x18CD6, 0x18CFF), (0x18D09, 0x1AFEF), (0x1AFF4, 0x1AFF4), (0x1AFFC, 0x1AFFC),
    (0x1AFFF, 0x1AFFF), (0x1B123, 0x1B14F), (0x1B153, 0x1B163), (0x1B168, 0x1B16F),
    (0x1B2FC, 0x1BBFF), (0x1BC6B, 0x1BC6F), (0x1BC7D, 0x1BC7F), (0x1BC89, 0x1BC8F),
    (0x1BC9A, 0x1BC9B), (0x1BCA0, 0x1CEFF), (0x1CF2E, 0x1CF2F), (0x1CF47, 0x1CF4F),
    (0x1CFC4, 0x1CFFF), (0x1D0F6, 0x1D0FF), (0x1D127, 0x1D128), (0x1D173, 0x1D17A),
    (0x1D1EB, 0x1D1FF), (0x1D246, 0x1D2DF), (0x1D2F4, 0x1D2FF), (0x1D357, 0x1D35F),
    (0x1D379, 0x1D3FF), (0x1D455, 0x1D455), (0x1D49D, 0x1D49D), (0x1D4A0, 0x1D4A1),
    (0x1D4A3, 0x1D4A4), (0x1D4A7, 0x1D4A8), (0x1D4AD, 0x1D4AD), (0x1D4BA, 0x1D4BA),
    (0x1D4BC, 0x1D4BC), (0x1D4C4, 0x1D4C4), (0x1D506, 0x1D506), (0x1D50B, 0x1D50C),
    (0x1D515, 0x1D515), (0x1D51D, 0x1D51D), (0x1D53A, 0x1D53A), (0x1D53F, 0x1D53F),
    (0x1D545, 0x1D545), (0x1D547, 0x1D549), (0x1D551, 0x1D551), (0x1D6A6, 0x1D6A7),
    (0x1D7CC, 0x1D7CD), (0x1DA8C, 0x1DA9A), (0x1DAA0, 0x1DAA0), (0x1DAB0, 0x1DEFF),
    (0x1DF1F, 0x1DFFF), (0x1E007, 0x1E007), (0x1E019, 0x1E01A), (0x1E022, 0x1E022),
    (0x1E025, 0x1E025), (0x1E02B, 0x1E0FF), (0x1E12D, 0x1E12F), (0x1E13E, 0x1E13F),
    (0x1E14A, 0x1E14D), (0x1E150, 0x1E28F), (0x1E2AF, 0x1E2BF), (0x1E2FA, 0x1E2FE),
    (0x1E300, 0x1E7DF), (0x1E7E7, 0x1E7E7), (0x1E7EC, 0x1E7EC), (0x1E7EF, 0x1E7EF),
    (0x1E7FF, 0x1E7FF), (0x1E8C5, 0x1E8C6), (0x1E8D7, 0x1E8FF), (0x1E94C, 0x1E94F),
    (0x1E95A, 0x1E95D), (0x1E960, 0x1EC70), (0x1ECB5, 0x1ED00), (0x1ED3E, 0x1EDFF),
    (0x1EE04, 0x1EE04), (0x1EE20, 0x1EE20), (0x1EE23, 0x1EE23), (0x1EE25, 0x1EE26),
    (0x1EE28, 0x1EE28), (0x1EE33, 0x1EE33), (0x1EE38, 0x1EE38), (0x1EE3A, 0x1EE3A),
    (0x1EE3C, 0x1EE41), (0x1EE43, 0x1EE46), (0x1EE48, 0x1EE48), (0x1EE4A, 0x1EE4A),
    (0x1EE4C, 0x1EE4C), (0x1EE50, 0x1EE50), (0x1EE53, 0x1EE53), (0x1EE55, 0x1EE56),
    (0x1EE58, 0x1EE58), (0x1EE5A, 0x1EE5A), (0x1EE5C, 0x1EE5C), (0x1EE5E, 0x1EE5E),
    (0x1EE60, 0x1EE60), (0x1EE63, 0x1EE63), (0x1EE65, 0x1EE66), (0x1EE6B, 0x1EE6B),
    (0x1EE73, 0x1EE73), (0x1EE78, 0x1EE78), (0x1EE7D, 0x1EE7D), (0x1EE7F, 0x1EE7F),
    (0x1EE8A, 0x1EE8A), (0x1EE9C, 0x1EEA0), (0x1EEA4, 0x1EEA4), (0x1EEAA, 0x1EEAA),
    (0x1EEBC, 0x1EEEF), (0x1EEF2, 0x1EFFF), (0x1F02C, 0x1F02F), (0x1F094, 0x1F09F),
    (0x1F0AF, 0x1F0B0), (0x1F0C0, 0x1F0C0), (0x1F0D0, 0x1F0D0), (0x1F0F6, 0x1F0FF),
    (0x1F1AE, 0x1F1E5), (0x1F203, 0x1F20F), (0x1F23C, 0x1F23F), (0x1F249, 0x1F24F),
    (0x1F252, 0x1F25F), (0x1F266, 0x1F2FF), (0x1F6D8, 0x1F6DC), (0x1F6ED, 0x1F6EF),
    (0x1F6FD, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D9, 0x1F7DF), (0x1F7EC, 0x1F7EF),
    (0x1F7F1, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8AF), (0x1F8B2, 0x1F8FF), (0x1FA54, 0x1FA5F),
    (0x1FA6E, 0x1FA6F), (0x1FA75, 0x1FA77), (0x1FA7D, 0x1FA7F), (0x1FA87, 0x1FA8F),
    (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABF), (0x1FAC6, 0x1FACF), (0x1FADA, 0x1FADF),
    (0x1FAE8, 0x1FAEF), (0x1FAF7, 0x1FAFF), (0x1FB93, 0x1FB93), (0x1FBCB, 0x1FBEF),
    (0x1FBFA, 0x1FFFF), (0x2A6E0, 0x2A6FF), (0x2B739, 0x2B73F), (0x2B81E, 0x2B81F),
    (0x2CEA2, 0x2CEAF), (0x2EBE1, 0x2F7FF), (0x2FA1E, 0x2FFFF), (0x3134B, 0xE00FF),
    (0xE01F0, 0x10FFFF),
];

#[cfg(test)]
pub(crate) mod tests {
    //! Expected values come from CPython 3.11.7.
    // Tables of closures building values are generated from CPython's answers.
    #![allow(clippy::type_complexity)]
    use super::*;
    use crate::lang::value::Dict;

    /// A host that knows only built-in values: exceptions are
    /// `(kind name, message)` tuples; no value has attributes.
    pub(crate) struct TestHost;

    impl Host for TestHost {
        fn error(&self, kind: ExcKind, msg: String) -> Value {
            Value::tuple(vec![Value::str(kind.name()), Value::str(&msg)])
        }
        fn repr(&mut self, v: &Value) -> Result<String, Value> {
            repr(self, v)
        }
        fn to_str(&mut self, v: &Value) -> Result<String, Value> {
            match v {
                Value::Str(s) => Ok(s.to_string()),
                _ => repr(self, v),
            }
        }
        fn type_name(&self, v: &Value) -> Rc<str> {
            Rc::from(v.kind_name())
        }
        fn get_attr(&mut self, v: &Value, name: &str) -> Result<Value, Value> {
            let msg = format!("'{}' object has no attribute '{name}'", v.kind_name());
            Err(self.error(ExcKind::AttributeError, msg))
        }
        fn call(&mut self, f: &Value, _args: Vec<Value>) -> Result<Value, Value> {
            Err(self.error(ExcKind::TypeError, format!("'{}' object is not callable", f.kind_name())))
        }
        fn index(&mut self, v: &Value) -> Result<i64, Value> {
            match v {
                Value::Int(i) => Ok(*i),
                Value::Bool(b) => Ok(*b as i64),
                _ => {
                    let msg = format!("'{}' object cannot be interpreted as an integer", v.kind_name());
                    Err(self.error(ExcKind::TypeError, msg))
                }
            }
        }
        fn key_error(&mut self, key: &Value) -> Value {
            let shown = repr(self, key).expect("a printable key");
            self.error(ExcKind::KeyError, shown)
        }
    }

    /// `"Kind: message"` for an error from [`TestHost`], as Python prints it.
    pub(crate) fn shown(r: Result<String, Value>) -> String {
        match r {
            Ok(s) => s,
            Err(Value::Tuple(t)) => match (&t[0], &t[1]) {
                (Value::Str(k), Value::Str(m)) => format!("{k}: {m}"),
                _ => unreachable!("TestHost errors are (kind, message)"),
            },
            Err(other) => format!("{other:?}"),
        }
    }

    pub(crate) fn big(s: &str) -> Value {
        Value::from_bigint(s.parse().expect("a decimal literal"))
    }

    pub(crate) fn dict(items: Vec<(Value, Value)>) -> Value {
        let mut d = Dict::default();
        for (k, v) in items {
            d.insert(Key(k), v);
        }
        Value::dict(d)
    }

    #[test]
    fn reprs_match_cpython() {
        for (v, want) in REPRS {
            assert_eq!(shown(repr(&mut TestHost, &v())), *want);
        }
    }

    #[test]
    fn ascii_escapes_match_cpython() {
        for (s, want) in ASCII {
            assert_eq!(ascii_escape(s), *want);
        }
    }

    #[test]
    fn other_builtin_reprs() {
        let set = |items: Vec<Value>| {
            Value::Set(Rc::new(RefCell::new(items.into_iter().map(Key).collect())))
        };
        let r = |v: Value| shown(repr(&mut TestHost, &v));
        assert_eq!(r(set(vec![])), "set()");
        assert_eq!(r(set(vec![Value::Int(1), Value::Int(2)])), "{1, 2}");
        assert_eq!(r(Value::FrozenSet(Rc::new(Default::default()))), "frozenset()");
        let fs: crate::lang::value::Set = [Key(Value::Int(1))].into_iter().collect();
        assert_eq!(r(Value::FrozenSet(Rc::new(fs))), "frozenset({1})");
        let range = |start, stop, step| Value::Range(Rc::new(crate::lang::value::RangeObj { start, stop, step }));
        assert_eq!(r(range(0, 5, 1)), "range(0, 5)");
        assert_eq!(r(range(0, 5, 2)), "range(0, 5, 2)");
        assert_eq!(r(range(5, -1, -1)), "range(5, -1, -1)");
        assert_eq!(r(Value::Slice(Rc::new([Value::Int(1), Value::None, Value::None]))), "slice(1, None, None)");
        assert_eq!(r(big(&format!("1{}", "0".repeat(4300)))).split(';').next().unwrap(),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion");
    }

    #[test]
    fn recursive_containers_print_ellipses() {
        let l = Value::list(vec![Value::Int(1)]);
        if let Value::List(items) = &l {
            items.borrow_mut().push(l.clone());
        }
        assert_eq!(shown(repr(&mut TestHost, &l)), "[1, [...]]");
        let d = dict(vec![(Value::str("a"), Value::Int(1))]);
        if let Value::Dict(m) = &d {
            m.borrow_mut().insert(Key(Value::str("self")), d.clone());
        }
        assert_eq!(shown(repr(&mut TestHost, &d)), "{'a': 1, 'self': {...}}");
        // A tuple holding a list holding the tuple: `([(...)],)`.
        let inner = Value::list(vec![]);
        let t = Value::tuple(vec![inner.clone()]);
        if let Value::List(items) = &inner {
            items.borrow_mut().push(t.clone());
        }
        assert_eq!(shown(repr(&mut TestHost, &t)), "([(...)],)");
        // The guard is released: printing again gives the same text.
        assert_eq!(shown(repr(&mut TestHost, &l)), "[1, [...]]");
        // Break the cycles so the test does not leak.
        if let Value::List(items) = &l {
            items.borrow_mut().clear();
        }
        if let Value::Dict(m) = &d {
            m.borrow_mut().clear();
        }
        if let Value::List(items) = &inner {
            items.borrow_mut().clear();
        }
    }

    #[test]
    fn printable_follows_unicode_14() {
        assert!(is_printable('中') && is_printable('é') && is_printable('😀') && is_printable(' '));
        assert!(!is_printable('\u{a0}') && !is_printable('\u{ad}') && !is_printable('\u{200b}'));
        assert!(!is_printable('\u{3000}') && !is_printable('\u{e000}') && !is_printable('\u{10ffff}'));
        assert!(!is_printable('\n') && !is_printable('\x7f') && !is_printable('\u{85}'));
    }

    const REPRS: &[(fn() -> Value, &str)] = &[
        (|| Value::str("a'b"), "\"a'b\""),
        (|| Value::str("a\"b"), "'a\"b'"),
        (|| Value::str("a'\"b"), "'a\\'\"b'"),
        (|| Value::str("\n\t\r\\\u{0}\u{7f}\u{80}\u{a0}\u{ad}\u{200b}\u{3000}中文😀\u{e0001}\u{feff}\u{2028}"), "'\\n\\t\\r\\\\\\x00\\x7f\\x80\\xa0\\xad\\u200b\\u3000中文😀\\U000e0001\\ufeff\\u2028'"),
        (|| Value::str(""), "''"),
        (|| Value::str("é"), "'é'"),
        (|| Value::str("'"), "\"'\""),
        (|| Value::str("\""), "'\"'"),
        (|| Value::str("\u{1b}[0m"), "'\\x1b[0m'"),
        (|| Value::Bytes(Rc::from(vec![97u8, 39u8, 98u8, 10u8, 0u8, 255u8])), "b\"a'b\\n\\x00\\xff\""),
        (|| Value::Bytes(Rc::from(&b"a'\"b"[..])), "b'a\\'\"b'"),
        (|| Value::Bytes(Rc::from(&b""[..])), "b''"),
        (|| Value::Bytes(Rc::from(&b"\\\t"[..])), "b'\\\\\\t'"),
        (|| Value::Bytes(Rc::from(&b"\""[..])), "b'\"'"),
        (|| Value::tuple(vec![]), "()"),
        (|| Value::tuple(vec![Value::Int(1)]), "(1,)"),
        (|| Value::tuple(vec![Value::Int(1), Value::Int(2)]), "(1, 2)"),
        (|| Value::list(vec![]), "[]"),
        (|| Value::list(vec![Value::Int(1), Value::str("a"), Value::None, Value::Bool(true), Value::Float(1.5), big("1180591620717411303424")]), "[1, 'a', None, True, 1.5, 1180591620717411303424]"),
        (|| dict(vec![]), "{}"),
        (|| dict(vec![(Value::Int(1), Value::Int(2)), (Value::str("a"), Value::list(vec![Value::Int(1)]))]), "{1: 2, 'a': [1]}"),
        (|| Value::tuple(vec![Value::tuple(vec![Value::Int(1)]), Value::list(vec![Value::Int(2)]), dict(vec![(Value::Int(3), Value::tuple(vec![Value::Int(4)]))])]), "((1,), [2], {3: (4,)})"),
        (|| Value::list(vec![Value::Bytes(Rc::from(&b"x"[..])), Value::Float(-0.0), Value::Float(f64::NAN), Value::Float(f64::NEG_INFINITY)]), "[b'x', -0.0, nan, -inf]"),
        (|| Value::list(vec![Value::str("中"), Value::str("é\n")]), "['中', 'é\\n']"),
    ];
    const ASCII: &[(&str, &str)] = &[
        ("é中😀", "\\xe9\\u4e2d\\U0001f600"),
        ("abc", "abc"),
        ("\u{80}\u{ffff}𐀀", "\\x80\\uffff\\U00010000"),
    ];
}
