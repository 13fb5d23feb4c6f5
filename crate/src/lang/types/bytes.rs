//! `bytes`: its methods, constructor, indexing and `in`. Indexing gives
//! ints; whitespace and case are ASCII-only, as in CPython's
//! `Objects/bytes_methods.c`.

use super::args::{builtin_value, instance_of, int_arg, method_no_args, receiver, ret, split_cls, Sig, Style};
use super::seq::{self, classify, normalize, resolve_slice, Index};
use super::str::{adjust_indices, codec_args, encode_str, opt_index, slot_args, Codec, Side};
use crate::lang::code::BinOp;
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Flow, Iter, NativeFn, NativeResult, Value};
use crate::vm::Interp;
use std::cell::RefCell;
use std::rc::Rc;

/// The methods of `bytes`, installed in its class dict.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("decode", decode),
    ("upper", upper),
    ("lower", lower),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("split", split),
    ("join", join),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("replace", replace),
    ("hex", hex),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
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

fn this(interp: &Interp<'_>, args: &Args, method: &str) -> Result<Rc<[u8]>, Value> {
    receiver(interp, args, "bytes", method, |v| match v {
        Value::Bytes(b) => Some(b.clone()),
        _ => None,
    })
}

fn rest(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(b.into())
}

/// A bytes-like argument, or "a bytes-like object is required, not 'str'".
fn bytes_arg(interp: &Interp<'_>, v: &Value) -> Result<Rc<[u8]>, Value> {
    match builtin_value(v) {
        Value::Bytes(b) => Ok(b),
        _ => Err(interp.error(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", interp.type_name(v)),
        )),
    }
}

/// The searched-for argument of `find`, `count`...: bytes, or one byte as an int.
fn needle(interp: &mut Interp<'_>, v: &Value) -> Result<Vec<u8>, Value> {
    match builtin_value(v) {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(vec![byte_value(interp, v)?]),
        _ => Err(interp.error(
            ExcKind::TypeError,
            format!(
                "argument should be integer or bytes-like object, not '{}'",
                interp.type_name(v)
            ),
        )),
    }
}

/// An int that must be a byte: "byte must be in range(0, 256)".
fn byte_value(interp: &mut Interp<'_>, v: &Value) -> Result<u8, Value> {
    let i = match v {
        Value::BigInt(_) => -1,
        _ => int_arg(interp, v)?,
    };
    u8::try_from(i).map_err(|_| interp.error(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

/// Position of `needle` in `hay`, from the left or (with `last`) the right.
pub fn find_bytes(hay: &[u8], needle: &[u8], last: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let mut starts = 0..=hay.len() - needle.len();
    let matches = |i: &usize| hay[*i..*i + needle.len()] == *needle;
    if last {
        starts.rev().find(matches)
    } else {
        starts.find(matches)
    }
}

/// Non-overlapping occurrences of `needle` in `hay`.
pub fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(at) = find_bytes(&hay[i..], needle, false) {
        n += 1;
        i += at + needle.len();
    }
    n
}

/// Replaces up to `count` (all when negative) occurrences of `old`.
pub fn replace_bytes(hay: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(hay.len());
    if old.is_empty() {
        for b in hay {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(*b);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        let Some(at) = find_bytes(&hay[i..], old, false) else {
            break;
        };
        out.extend_from_slice(&hay[i..i + at]);
        out.extend_from_slice(new);
        i += at + old.len();
        left -= 1;
    }
    out.extend_from_slice(&hay[i..]);
    out
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `bytes.split(sep, maxsplit)` with CPython's whitespace rules (ASCII only).
pub fn split_bytes(s: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<Vec<u8>> {
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut i = 0;
            while left > 0 {
                let Some(at) = find_bytes(&s[i..], sep, false) else {
                    break;
                };
                out.push(s[i..i + at].to_vec());
                i += at + sep.len();
                left -= 1;
            }
            out.push(s[i..].to_vec());
        }
        None => {
            let mut i = 0;
            loop {
                while i < s.len() && is_space(s[i]) {
                    i += 1;
                }
                if i == s.len() {
                    break;
                }
                if left == 0 {
                    out.push(s[i..].to_vec());
                    break;
                }
                let end = (i..s.len()).find(|k| is_space(s[*k])).unwrap_or(s.len());
                out.push(s[i..end].to_vec());
                i = end;
                left -= 1;
            }
        }
    }
    out
}

/// Decodes bytes with a codec; errors 'strict' (CPython's messages),
/// 'replace' (U+FFFD) or 'ignore'.
pub fn decode_bytes(interp: &Interp<'_>, b: &[u8], codec: Codec, errors: &str) -> Result<String, Value> {
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else if errors == "replace" {
                    out.push('\u{fffd}');
                } else if errors != "ignore" {
                    return Err(interp.error(
                        ExcKind::UnicodeDecodeError,
                        format!("'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"),
                    ));
                }
            }
            Ok(out)
        }
        Codec::Utf8 => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) if errors == "replace" => Ok(String::from_utf8_lossy(b).into_owned()),
            Err(_) if errors == "ignore" => Ok(String::from_utf8_lossy(b).replace('\u{fffd}', "")),
            Err(e) => {
                let at = e.valid_up_to();
                let (len, reason) = match e.error_len() {
                    None => (b.len() - at, "unexpected end of data"),
                    Some(n) if matches!(b[at], 0x80..=0xC1 | 0xF5..=0xFF) => (n, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                let what = if len == 1 {
                    format!("byte 0x{:02x} in position {at}", b[at])
                } else {
                    format!("bytes in position {at}-{}", at + len - 1)
                };
                Err(interp.error(
                    ExcKind::UnicodeDecodeError,
                    format!("'utf-8' codec can't decode {what}: {reason}"),
                ))
            }
        },
    }
}

fn decode(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "decode")?;
    let slots =
        Sig::kw("decode", "bytes.decode", &["encoding", "errors"], 0, 0).parse(interp, rest(&args), &args.kw)?;
    let (codec, errors) = codec_args(interp, "decode", &slots[0], &slots[1])?;
    ret(Value::str(&decode_bytes(interp, &b, codec, &errors)?))
}

fn no_args(interp: &Interp<'_>, args: &Args, method: &'static str, qual: &'static str) -> Result<Rc<[u8]>, Value> {
    let b = this(interp, args, method)?;
    method_no_args(interp, args, method, qual)?;
    Ok(b)
}

pub(super) fn upper(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = no_args(interp, &args, "upper", "bytes.upper")?;
    ret(bytes_value(b.to_ascii_uppercase()))
}

pub(super) fn lower(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = no_args(interp, &args, "lower", "bytes.lower")?;
    ret(bytes_value(b.to_ascii_lowercase()))
}

fn predicate(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    f: fn(&[u8]) -> bool,
) -> NativeResult {
    let b = no_args(interp, &args, method, qual)?;
    ret(Value::Bool(f(&b)))
}

fn isdigit(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isdigit", "bytes.isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}

fn isalpha(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isalpha", "bytes.isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isalnum(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isalnum", "bytes.isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isspace", "bytes.isspace", |b| {
        !b.is_empty() && b.iter().all(|c| is_space(*c))
    })
}

fn isupper(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isupper", "bytes.isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn islower(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "islower", "bytes.islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn strip_impl(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    side: Side,
) -> NativeResult {
    let b = this(interp, &args, method)?;
    let slots = Sig::pos(method, qual, &["bytes"], 0, Style::Clinic).parse(interp, rest(&args), &args.kw)?;
    let set: Option<Rc<[u8]>> = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(interp, v)?),
    };
    let strip = |c: &u8| match &set {
        None => is_space(*c),
        Some(s) => s.contains(c),
    };
    let mut start = 0;
    let mut end = b.len();
    if matches!(side, Side::Left | Side::Both) {
        while start < end && strip(&b[start]) {
            start += 1;
        }
    }
    if matches!(side, Side::Right | Side::Both) {
        while end > start && strip(&b[end - 1]) {
            end -= 1;
        }
    }
    ret(bytes_value(b[start..end].to_vec()))
}

pub(super) fn strip(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    strip_impl(interp, args, "strip", "bytes.strip", Side::Both)
}

pub(super) fn lstrip(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    strip_impl(interp, args, "lstrip", "bytes.lstrip", Side::Left)
}

pub(super) fn rstrip(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    strip_impl(interp, args, "rstrip", "bytes.rstrip", Side::Right)
}

pub(super) fn split(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "split")?;
    let slots = Sig::kw("split", "bytes.split", &["sep", "maxsplit"], 0, 0).parse(interp, rest(&args), &args.kw)?;
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = bytes_arg(interp, v)?;
            if sep.is_empty() {
                return Err(interp.error(ExcKind::ValueError, "empty separator"));
            }
            Some(sep)
        }
    };
    let maxsplit = match &slots[1] {
        Some(v) => int_arg(interp, v)?,
        None => -1,
    };
    let parts = split_bytes(&b, sep.as_deref(), maxsplit);
    ret(Value::list(parts.into_iter().map(bytes_value).collect()))
}

pub(super) fn join(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let sep = this(interp, &args, "join")?;
    let mut slots =
        Sig::pos("join", "bytes.join", &["iterable"], 1, Style::One).parse(interp, rest(&args), &args.kw)?;
    let iterable = slots.remove(0).unwrap_or(Value::None);
    let it = interp
        .iter(&iterable)
        .map_err(|_| interp.error(ExcKind::TypeError, "can only join an iterable"))?;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(item) = interp.next(&it)? {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match builtin_value(&item) {
            Value::Bytes(b) => out.extend_from_slice(&b),
            _ => {
                let name = interp.type_name(&item);
                return Err(interp.error(
                    ExcKind::TypeError,
                    format!("sequence item {i}: expected a bytes-like object, {name} found"),
                ));
            }
        }
        i += 1;
    }
    ret(bytes_value(out))
}

/// The receiver, needle and window of `find` and its kin.
fn search_args(
    interp: &mut Interp<'_>,
    args: &Args,
    method: &'static str,
) -> Result<(Rc<[u8]>, Vec<u8>, i64, i64), Value> {
    let b = this(interp, args, method)?;
    let slots =
        Sig::pos(method, method, &["sub", "start", "end"], 1, Style::Tuple).parse(interp, rest(args), &args.kw)?;
    let sub = needle(interp, slots[0].as_ref().unwrap_or(&Value::None))?;
    let start = opt_index(interp, &slots[1])?;
    let end = opt_index(interp, &slots[2])?;
    let (start, end) = adjust_indices(b.len(), start, end);
    Ok((b, sub, start, end))
}

fn find_impl(interp: &mut Interp<'_>, args: Args, method: &'static str, last: bool, raise: bool) -> NativeResult {
    let (b, sub, start, end) = search_args(interp, &args, method)?;
    let found = if end - start < sub.len() as i64 {
        None
    } else {
        find_bytes(&b[start as usize..end as usize], &sub, last).map(|i| i as i64 + start)
    };
    match found {
        Some(i) => ret(Value::Int(i)),
        None if raise => Err(interp.error(ExcKind::ValueError, "subsection not found")),
        None => ret(Value::Int(-1)),
    }
}

fn find(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    find_impl(interp, args, "find", false, false)
}

fn rfind(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    find_impl(interp, args, "rfind", true, false)
}

fn index(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    find_impl(interp, args, "index", false, true)
}

fn rindex(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    find_impl(interp, args, "rindex", true, true)
}

fn count(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (b, sub, start, end) = search_args(interp, &args, "count")?;
    if end - start < sub.len() as i64 {
        return ret(Value::Int(0));
    }
    ret(Value::Int(count_bytes(&b[start as usize..end as usize], &sub) as i64))
}

fn affix(interp: &mut Interp<'_>, args: Args, method: &'static str, at_end: bool) -> NativeResult {
    let b = this(interp, &args, method)?;
    let slots =
        Sig::pos(method, method, &["prefix", "start", "end"], 1, Style::Tuple).parse(interp, rest(&args), &args.kw)?;
    let start = opt_index(interp, &slots[1])?;
    let end = opt_index(interp, &slots[2])?;
    let (start, end) = adjust_indices(b.len(), start, end);
    let matches = |sub: &[u8]| {
        if end - (sub.len() as i64) < start {
            return false;
        }
        let window = &b[start as usize..end as usize];
        if at_end {
            window.ends_with(sub)
        } else {
            window.starts_with(sub)
        }
    };
    let what = slots[0].clone().unwrap_or(Value::None);
    match builtin_value(&what) {
        Value::Bytes(sub) => ret(Value::Bool(matches(&sub))),
        Value::Tuple(items) => {
            for item in items.iter() {
                match builtin_value(item) {
                    Value::Bytes(sub) if matches(&sub) => return ret(Value::Bool(true)),
                    Value::Bytes(_) => {}
                    _ => {
                        let name = interp.type_name(item);
                        return Err(interp.error(
                            ExcKind::TypeError,
                            format!("a bytes-like object is required, not '{name}'"),
                        ));
                    }
                }
            }
            ret(Value::Bool(false))
        }
        _ => {
            let name = interp.type_name(&what);
            Err(interp.error(
                ExcKind::TypeError,
                format!("{method} first arg must be bytes or a tuple of bytes, not {name}"),
            ))
        }
    }
}

fn startswith(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    affix(interp, args, "startswith", false)
}

fn endswith(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    affix(interp, args, "endswith", true)
}

pub(super) fn replace(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "replace")?;
    let slots = Sig::pos("replace", "bytes.replace", &["old", "new", "count"], 2, Style::Clinic).parse(
        interp,
        rest(&args),
        &args.kw,
    )?;
    let old = bytes_arg(interp, slots[0].as_ref().unwrap_or(&Value::None))?;
    let new = bytes_arg(interp, slots[1].as_ref().unwrap_or(&Value::None))?;
    let count = match &slots[2] {
        Some(v) => int_arg(interp, v)?,
        None => -1,
    };
    ret(bytes_value(replace_bytes(&b, &old, &new, count)))
}

/// `b.hex(sep=None, bytes_per_sep=1)`: two hex digits a byte, with `sep`
/// between groups of `bytes_per_sep` bytes counted from the right (from
/// the left when negative).
fn hex(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "hex")?;
    let slots = Sig::kw("hex", "bytes.hex", &["sep", "bytes_per_sep"], 0, 0).parse(interp, rest(&args), &args.kw)?;
    let sep = match &slots[0] {
        None => None,
        Some(Value::Str(s)) if s.chars().count() == 1 => s.chars().next(),
        Some(Value::Bytes(s)) if s.len() == 1 => Some(char::from(s[0])),
        Some(Value::Str(_) | Value::Bytes(_)) => return Err(interp.error(ExcKind::ValueError, "sep must be length 1.")),
        Some(v) => {
            let t = interp.type_name(v);
            return Err(interp.error(ExcKind::TypeError, format!("object of type '{t}' has no len()")));
        }
    };
    let per = match &slots[1] {
        Some(v) => int_arg(interp, v)?,
        None => 1,
    };
    ret(Value::str(&hex_string(&b, sep, per)))
}

/// The hex digits of `b`, grouped as `bytes.hex` groups them.
fn hex_string(b: &[u8], sep: Option<char>, per: i64) -> String {
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, c) in b.iter().enumerate() {
        // Bytes before a separator: counted from the left, or from the right.
        let from_edge = if per < 0 { i } else { b.len() - i };
        if let Some(s) = sep.filter(|_| i > 0 && group > 0 && from_edge % group == 0) {
            out.push(s);
        }
        out.push_str(&format!("{c:02x}"));
    }
    out
}

/// `bytes.fromhex(string)`: pairs of hex digits, ASCII whitespace between
/// pairs allowed; `args.pos[0]` is the class.
pub fn fromhex(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let slots = Sig::pos("fromhex", "bytes.fromhex", &["string"], 1, Style::One).parse(interp, rest(&args), &args.kw)?;
    let text = match slots[0].as_ref().map(builtin_value) {
        Some(Value::Str(s)) => s,
        v => {
            let t = interp.type_name(v.as_ref().unwrap_or(&Value::None));
            return Err(interp.error(ExcKind::TypeError, format!("fromhex() argument must be str, not {t}")));
        }
    };
    match parse_hex(&text.chars().collect::<Vec<char>>()) {
        Ok(b) => ret(bytes_value(b)),
        Err(at) => Err(interp.error(
            ExcKind::ValueError,
            format!("non-hexadecimal number found in fromhex() arg at position {at}"),
        )),
    }
}

/// The bytes the hex pairs of `s` spell, or the position of the first bad char.
fn parse_hex(s: &[char]) -> Result<Vec<u8>, usize> {
    let mut out = vec![];
    let mut i = 0;
    while i < s.len() {
        if s[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let digit = |at: usize| s.get(at).and_then(|c| c.to_digit(16)).ok_or(at);
        out.push((digit(i)? * 16 + digit(i + 1)?) as u8);
        i += 2;
    }
    Ok(out)
}

/// `b[index]`: an int, or bytes for a slice.
pub fn getitem(interp: &mut Interp<'_>, b: &Rc<[u8]>, index: &Value) -> Result<Value, Value> {
    match classify(interp, index, |t| {
        format!("byte indices must be integers or slices, not {t}")
    })? {
        Index::At(i) => match normalize(i, b.len()) {
            Some(i) => Ok(Value::Int(b[i] as i64)),
            None => Err(interp.error(ExcKind::IndexError, "index out of range")),
        },
        Index::Slice(sl) => {
            let r = resolve_slice(interp, &sl, b.len())?;
            Ok(bytes_value(r.positions().map(|p| b[p]).collect()))
        }
    }
}

/// `item in b`: a byte value or a subsequence.
pub fn contains(interp: &mut Interp<'_>, b: &[u8], item: &Value) -> Result<bool, Value> {
    match builtin_value(item) {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let byte = byte_value(interp, item)?;
            Ok(b.contains(&byte))
        }
        Value::Bytes(sub) => Ok(find_bytes(b, &sub, false).is_some()),
        _ => Err(interp.error(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", interp.type_name(item)),
        )),
    }
}

fn dunder_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "__len__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Int(b.len() as i64))
}

fn dunder_getitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "__getitem__")?;
    slot_args(interp, &args, 1)?;
    getitem(interp, &b, &args.pos[1]).map(Flow::Return)
}

fn dunder_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "__contains__")?;
    slot_args(interp, &args, 1)?;
    ret(Value::Bool(contains(interp, &b, &args.pos[1])?))
}

fn dunder_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "__iter__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Iterator(Rc::new(RefCell::new(Iter::Bytes(b, 0)))))
}

fn dunder_add(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "__add__")?;
    slot_args(interp, &args, 1)?;
    seq::binary_method(interp, BinOp::Add, Value::Bytes(b), &args.pos[1])
}

fn dunder_mul(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let b = this(interp, &args, "__mul__")?;
    slot_args(interp, &args, 1)?;
    seq::binary_method(interp, BinOp::Mul, Value::Bytes(b), &args.pos[1])
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(str, encoding,
/// errors)`: the type's `__new__` (the class first, see `args::split_cls`).
pub fn new_bytes(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().bytes.clone();
    let (cls, args) = split_cls(interp, args, &builtin);
    let slots =
        Sig::kw("bytes", "bytes", &["source", "encoding", "errors"], 0, 0).parse(interp, &args.pos, &args.kw)?;
    let source = slots[0].clone();
    let value = match (
        source.as_ref().map(builtin_value),
        slots[1].is_some() || slots[2].is_some(),
    ) {
        (None, false) => bytes_value(Vec::new()),
        (Some(Value::Str(s)), true) => {
            let (codec, errors) = codec_args(interp, "bytes", &slots[1], &slots[2])?;
            bytes_value(encode_str(interp, &s, codec, &errors)?)
        }
        (Some(Value::Str(_)), false) => {
            return Err(interp.error(ExcKind::TypeError, "string argument without an encoding"))
        }
        (_, true) => {
            let msg = if source.is_none() {
                "encoding or errors without sequence argument"
            } else {
                "encoding without a string argument"
            };
            return Err(interp.error(ExcKind::TypeError, msg));
        }
        (Some(b @ Value::Bytes(_)), false) => b,
        (Some(n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))), false) => {
            let n = int_arg(interp, &n)?;
            if n < 0 {
                return Err(interp.error(ExcKind::ValueError, "negative count"));
            }
            if n as u64 > seq::MAX_REPEAT_BYTES {
                return Err(interp.error(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"));
            }
            bytes_value(vec![0; n as usize])
        }
        (Some(Value::Float(_)), false) => {
            return Err(interp.error(ExcKind::TypeError, "cannot convert 'float' object to bytes"));
        }
        (Some(other), false) => {
            if super::args::class_has(interp, &other, "__bytes__") {
                let f = interp.get_attr(&other, "__bytes__")?;
                interp.call(&f, Vec::new())?
            } else {
                let it = interp.iter(&other).map_err(|_| {
                    interp.error(
                        ExcKind::TypeError,
                        format!("cannot convert '{}' object to bytes", interp.type_name(&other)),
                    )
                })?;
                let mut out = Vec::new();
                while let Some(v) = interp.next(&it)? {
                    let i = int_arg(interp, &v)?;
                    out.push(
                        u8::try_from(i)
                            .map_err(|_| interp.error(ExcKind::ValueError, "bytes must be in range(0, 256)"))?,
                    );
                }
                bytes_value(out)
            }
        }
    };
    ret(instance_of(&cls, &builtin, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching_bytes() {
        assert_eq!(find_bytes(b"abcabc", b"bc", false), Some(1));
        assert_eq!(find_bytes(b"abcabc", b"bc", true), Some(4));
        assert_eq!(find_bytes(b"abc", b"", true), Some(3));
        assert_eq!(find_bytes(b"ab", b"abc", false), None);
        assert_eq!(count_bytes(b"aaaa", b"aa"), 2);
        assert_eq!(count_bytes(b"ab", b""), 3);
    }

    #[test]
    fn replacing_and_splitting_bytes() {
        assert_eq!(replace_bytes(b"abc", b"b", b"x", 1), b"axc");
        assert_eq!(replace_bytes(b"ab", b"", b"-", -1), b"-a-b-");
        assert_eq!(replace_bytes(b"ab", b"", b"-", 2), b"-a-b");
        assert_eq!(
            split_bytes(b"a b\x0bc\x1cd", None, -1),
            vec![b"a".to_vec(), b"b".to_vec(), b"c\x1cd".to_vec()]
        );
        assert_eq!(split_bytes(b" a  b ", None, 1), vec![b"a".to_vec(), b"b ".to_vec()]);
        assert_eq!(
            split_bytes(b"a,,b", Some(b","), -1),
            vec![b"a".to_vec(), b"".to_vec(), b"b".to_vec()]
        );
    }
}
