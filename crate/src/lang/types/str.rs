//! `str`: its methods, constructor, indexing and `in`.
//!
//! Strings are UTF-8 (`Rc<str>`) while Python indexes them by code point, so
//! positions are counted in characters: `len('唱歌') == 2`. ASCII strings
//! (the common case) take a fast path where bytes and characters coincide.
//! Character classes follow CPython's definitions (`Objects/unicodectype.c`)
//! as far as Rust's Unicode tables allow; where the two differ (digits
//! outside ASCII, titlecase digraphs) the methods say how.

use super::args::{builtin_value, instance_of, int_arg, method_arg, method_no_args, receiver, ret, split_cls, str_arg, Sig, Style};
use super::seq::{self, classify, normalize, resolve_slice, Index};
use crate::lang::error::ExcKind;
use crate::lang::format;
use crate::lang::value::{Args, Flow, Iter, NativeFn, NativeResult, Value};
use crate::vm::Interp;
use std::cell::RefCell;
use std::rc::Rc;

/// The methods of `str`, installed in its class dict.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("swapcase", swapcase),
    ("title", title),
    ("capitalize", capitalize),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("format", format_method),
    ("encode", encode),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isascii", isascii),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
    ("format_map", format_map),
    ("translate", translate),
    ("zfill", zfill),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("partition", partition),
    ("rpartition", rpartition),
    ("expandtabs", expandtabs),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("__len__", dunder_len),
    ("__contains__", dunder_contains),
    ("__getitem__", dunder_getitem),
    ("__iter__", dunder_iter),
    ("__mod__", dunder_mod),
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

/// The static methods of `str` (to be installed wrapped in
/// `Descriptor::Static`: no receiver).
pub const STATIC_METHODS: &[(&str, NativeFn)] = &[("maketrans", maketrans)];

/// The receiver of a `str` method.
fn this(interp: &Interp<'_>, args: &Args, method: &str) -> Result<Rc<str>, Value> {
    receiver(interp, args, "str", method, |v| match v {
        Value::Str(s) => Some(s.clone()),
        _ => None,
    })
}

/// The arguments after `self`.
fn rest(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

fn no_args(interp: &Interp<'_>, args: &Args, method: &'static str, qual: &'static str) -> Result<Rc<str>, Value> {
    let s = this(interp, args, method)?;
    method_no_args(interp, args, method, qual)?;
    Ok(s)
}

fn one_arg(
    interp: &Interp<'_>,
    args: &Args,
    method: &'static str,
    qual: &'static str,
) -> Result<(Rc<str>, Value), Value> {
    let s = this(interp, args, method)?;
    Ok((s, method_arg(interp, args, method, qual)?))
}

// ---- characters ---------------------------------------------------------

/// Number of characters (code points).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of character `ci` (the end of the string when past it).
fn byte_at(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        ci.min(s.len())
    } else {
        s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
    }
}

/// Character position of byte offset `b`.
fn char_at(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

/// `str.isspace` for one character: Unicode whitespace plus the four
/// information separators U+001C..U+001F, which Python counts and Rust's
/// `char::is_whitespace` does not.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Whether `c` ends a line for `splitlines` (`\r\n` is handled by the caller).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether `c` has a case (CPython's `_PyUnicode_IsCased`).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// The titlecase letters (category Lt): the Latin digraphs, and the Greek
/// letters with a prosgegrammeni, which Rust's tables do not flag.
fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{1C5}' | '\u{1C8}' | '\u{1CB}' | '\u{1F2}' | '\u{1F88}'..='\u{1F8F}' | '\u{1F98}'..='\u{1F9F}' | '\u{1FA8}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}')
}

/// Appends the titlecase form of `c`: the digraphs have their own; a
/// character whose uppercase is several letters (ß → SS) keeps the first
/// upper and lowers the rest (ß → Ss), as Unicode's titlecase mappings do.
fn push_title(out: &mut String, c: char) {
    match c {
        '\u{1C4}'..='\u{1C6}' => out.push('\u{1C5}'),
        '\u{1C7}'..='\u{1C9}' => out.push('\u{1C8}'),
        '\u{1CA}'..='\u{1CC}' => out.push('\u{1CB}'),
        '\u{1F1}'..='\u{1F3}' => out.push('\u{1F2}'),
        _ => {
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
            }
            out.extend(up.flat_map(|u| u.to_lowercase()));
        }
    }
}

/// Numbers that are not digits: letter numbers (Roman numerals) and
/// vulgar fractions, which `char::is_numeric` includes.
fn numeric_not_digit(c: char) -> bool {
    matches!(c as u32, 0xBC..=0xBE | 0x2150..=0x2182 | 0x2185..=0x218B | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303A | 0x16EE..=0x16F0 | 0x09F4..=0x09F9 | 0x0D58..=0x0D5E | 0x0D70..=0x0D78)
}

/// Digits that are not decimal: superscripts, subscripts, circled digits.
fn digit_not_decimal(c: char) -> bool {
    matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0x2070..=0x209F | 0x2460..=0x24FF | 0x2776..=0x2793 | 0x1369..=0x1371)
}

/// Han characters that Unicode gives a numeric value (`'一'.isnumeric()`).
fn han_numeral(c: char) -> bool {
    "〇一二三四五六七八九十百千万亿兆零壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸廿卅".contains(c)
}

fn char_isdigit(c: char) -> bool {
    c.is_ascii_digit() || (c.is_numeric() && !numeric_not_digit(c))
}

fn char_isdecimal(c: char) -> bool {
    char_isdigit(c) && !digit_not_decimal(c)
}

fn char_isnumeric(c: char) -> bool {
    c.is_numeric() || han_numeral(c)
}

fn char_isalpha(c: char) -> bool {
    // Python's letters are categories L*; Rust's Alphabetic adds letter
    // numbers, which `numeric_not_digit` lists.
    c.is_alphabetic() && !numeric_not_digit(c)
}

// ---- case ----------------------------------------------------------------

fn map_str(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    f: fn(&str) -> String,
) -> NativeResult {
    let s = no_args(interp, &args, method, qual)?;
    ret(Value::str(&f(&s)))
}

fn upper(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    map_str(interp, args, "upper", "str.upper", |s| s.to_uppercase())
}

fn lower(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    map_str(interp, args, "lower", "str.lower", |s| s.to_lowercase())
}

fn casefold(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    map_str(interp, args, "casefold", "str.casefold", |s| {
        s.to_lowercase().replace('ß', "ss").replace('ς', "σ")
    })
}

fn swapcase(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    map_str(interp, args, "swapcase", "str.swapcase", swap_case)
}

/// The lowercase of each character of `s` in its context: only a capital
/// sigma depends on its neighbours (ς at the end of a word, else σ:
/// CPython's `handle_capital_sigma`). Rust's `str::to_lowercase` applies
/// the same rule to the whole string; every other character lowers on its
/// own, so the whole string's lowercase can be cut back into characters.
fn lowered_in_context(s: &str) -> Vec<String> {
    let whole: Vec<char> = s.to_lowercase().chars().collect();
    let mut at = 0;
    s.chars()
        .map(|c| {
            let n = c.to_lowercase().count();
            let piece: String = whole.get(at..at + n).map_or_else(|| c.to_lowercase().collect(), |p| p.iter().collect());
            at += n;
            piece
        })
        .collect()
}

/// `str.swapcase`: uppercase letters lowered (a final sigma becoming ς),
/// lowercase ones raised.
pub fn swap_case(s: &str) -> String {
    let lowered = lowered_in_context(s);
    let mut out = String::with_capacity(s.len());
    for (c, low) in s.chars().zip(&lowered) {
        if c.is_uppercase() {
            out.push_str(low);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn title(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    map_str(interp, args, "title", "str.title", to_title)
}

/// `str.title`: CPython's `do_title`: a letter after an uncased character
/// is titlecased, any other is lowered.
pub fn to_title(s: &str) -> String {
    let lowered = lowered_in_context(s);
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (c, low) in s.chars().zip(&lowered) {
        if previous_cased {
            out.push_str(low);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

fn capitalize(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    map_str(interp, args, "capitalize", "str.capitalize", |s| {
        let mut out = String::with_capacity(s.len());
        let lowered = lowered_in_context(s);
        for (i, (c, low)) in s.chars().zip(&lowered).enumerate() {
            if i == 0 {
                push_title(&mut out, c);
            } else {
                out.push_str(low);
            }
        }
        out
    })
}

// ---- predicates ----------------------------------------------------------

fn predicate(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    f: fn(&str) -> bool,
) -> NativeResult {
    let s = no_args(interp, &args, method, qual)?;
    ret(Value::Bool(f(&s)))
}

fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn isdigit(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isdigit", "str.isdigit", |s| all_chars(s, char_isdigit))
}

fn isdecimal(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isdecimal", "str.isdecimal", |s| {
        all_chars(s, char_isdecimal)
    })
}

fn isnumeric(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isnumeric", "str.isnumeric", |s| {
        all_chars(s, char_isnumeric)
    })
}

fn isalpha(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isalpha", "str.isalpha", |s| all_chars(s, char_isalpha))
}

fn isalnum(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isalnum", "str.isalnum", |s| {
        all_chars(s, |c| char_isalpha(c) || char_isnumeric(c))
    })
}

fn isspace(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isspace", "str.isspace", |s| all_chars(s, is_space))
}

fn isascii(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isascii", "str.isascii", |s| s.is_ascii())
}

fn isidentifier(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isidentifier", "str.isidentifier", |s| {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c == '_' || char_isalpha(c))
            && chars.all(|c| c == '_' || char_isalpha(c) || char_isdecimal(c) || c.is_alphanumeric())
    })
}

/// Whether `repr` shows `c` as itself: not a control, format, separator
/// or unassigned character, except the space (CPython's
/// `Py_UNICODE_ISPRINTABLE`, approximated with Rust's tables).
pub fn is_printable(c: char) -> bool {
    c == ' '
        || !(c.is_control()
            || c.is_whitespace()
            || matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}' | '\u{e000}'..='\u{f8ff}'))
}

fn isprintable(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isprintable", "str.isprintable", |s| s.chars().all(is_printable))
}

/// `str.isupper`: some cased character, and none lowercase or titlecase.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `str.islower`: some cased character, and none uppercase or titlecase.
pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `str.istitle`: uppercase letters only after uncased characters,
/// lowercase ones only after cased characters, and at least one cased.
pub fn is_title(s: &str) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

fn isupper(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "isupper", "str.isupper", is_upper)
}

fn islower(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "islower", "str.islower", is_lower)
}

fn istitle(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    predicate(interp, args, "istitle", "str.istitle", is_title)
}

// ---- strip, split, join --------------------------------------------------

/// Which ends `strip` works on (shared with `bytes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// `lstrip`
    Left,
    /// `rstrip`
    Right,
    /// `strip`
    Both,
}

fn strip_impl(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    side: Side,
) -> NativeResult {
    let s = this(interp, &args, method)?;
    let slots = Sig::pos(method, qual, &["chars"], 0, Style::Clinic).parse(interp, rest(&args), &args.kw)?;
    let chars = match slots[0].as_ref().map(builtin_value) {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c),
        Some(_) => return Err(interp.error(ExcKind::TypeError, format!("{method} arg must be None or str"))),
    };
    let stripped = strip_chars(&s, chars.as_deref(), side);
    if stripped.len() == s.len() {
        return ret(Value::Str(s));
    }
    ret(Value::str(stripped))
}

fn strip_chars<'a>(s: &'a str, chars: Option<&str>, side: Side) -> &'a str {
    let f = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    match side {
        Side::Left => s.trim_start_matches(f),
        Side::Right => s.trim_end_matches(f),
        Side::Both => s.trim_matches(f),
    }
}

fn strip(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    strip_impl(interp, args, "strip", "str.strip", Side::Both)
}

fn lstrip(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    strip_impl(interp, args, "lstrip", "str.lstrip", Side::Left)
}

fn rstrip(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    strip_impl(interp, args, "rstrip", "str.rstrip", Side::Right)
}

/// `str.split(sep, maxsplit)`: with no separator, runs of whitespace split
/// and whitespace at the ends yields no empty strings; a negative maxsplit
/// means no limit.
pub fn split_str<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Vec<&'a str> {
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                let Some(at) = rest.find(sep) else { break };
                out.push(&rest[..at]);
                rest = &rest[at + sep.len()..];
                left -= 1;
            }
            out.push(rest);
        }
        None => {
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = rest[end..].trim_start_matches(is_space);
                left -= 1;
            }
        }
    }
    out
}

/// `str.rsplit(sep, maxsplit)`: `split_str` from the right.
pub fn rsplit_str<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Vec<&'a str> {
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                let Some(at) = rest.rfind(sep) else { break };
                out.push(&rest[at + sep.len()..]);
                rest = &rest[..at];
                left -= 1;
            }
            out.push(rest);
        }
        None => {
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let start = rest
                    .rfind(is_space)
                    .map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(is_space);
                left -= 1;
            }
        }
    }
    out.reverse();
    out
}

fn split_args(
    interp: &mut Interp<'_>,
    args: &Args,
    method: &'static str,
    qual: &'static str,
) -> Result<(Rc<str>, Option<Rc<str>>, i64), Value> {
    let s = this(interp, args, method)?;
    let slots = Sig::kw(method, qual, &["sep", "maxsplit"], 0, 0).parse(interp, rest(args), &args.kw)?;
    let sep = match slots[0].as_ref().map(builtin_value) {
        None | Some(Value::None) => None,
        Some(Value::Str(sep)) if sep.is_empty() => return Err(interp.error(ExcKind::ValueError, "empty separator")),
        Some(Value::Str(sep)) => Some(sep),
        Some(other) => {
            let name = interp.type_name(&other);
            return Err(interp.error(ExcKind::TypeError, format!("must be str or None, not {name}")));
        }
    };
    let maxsplit = match &slots[1] {
        Some(v) => int_arg(interp, v)?,
        None => -1,
    };
    Ok((s, sep, maxsplit))
}

fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

fn split(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (s, sep, maxsplit) = split_args(interp, &args, "split", "str.split")?;
    ret(str_list(split_str(&s, sep.as_deref(), maxsplit)))
}

fn rsplit(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (s, sep, maxsplit) = split_args(interp, &args, "rsplit", "str.rsplit")?;
    ret(str_list(rsplit_str(&s, sep.as_deref(), maxsplit)))
}

/// `str.splitlines(keepends)`: every Unicode line boundary, `\r\n` as one.
pub fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some((_, '\n')) = chars.peek() {
                chars.next();
                end += 1;
            }
        }
        out.push(&s[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn splitlines(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "splitlines")?;
    let slots = Sig::kw("splitlines", "str.splitlines", &["keepends"], 0, 0).parse(interp, rest(&args), &args.kw)?;
    let keepends = match &slots[0] {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    ret(str_list(split_lines(&s, keepends)))
}

fn join(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (sep, iterable) = one_arg(interp, &args, "join", "str.join")?;
    let items = match builtin_value(&iterable) {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => {
            let it = interp
                .iter(&iterable)
                .map_err(|_| interp.error(ExcKind::TypeError, "can only join an iterable"))?;
            let mut items = Vec::new();
            while let Some(v) = interp.next(&it)? {
                items.push(v);
            }
            items
        }
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match builtin_value(item) {
            Value::Str(s) => out.push_str(&s),
            _ => {
                let name = interp.type_name(item);
                return Err(interp.error(
                    ExcKind::TypeError,
                    format!("sequence item {i}: expected str instance, {name} found"),
                ));
            }
        }
    }
    ret(Value::str(&out))
}

fn replace(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "replace")?;
    let slots = Sig::pos("replace", "str.replace", &["old", "new", "count"], 2, Style::Clinic).parse(
        interp,
        rest(&args),
        &args.kw,
    )?;
    let mut strs = Vec::new();
    for (i, v) in slots[..2].iter().enumerate() {
        let v = v.clone().unwrap_or(Value::None);
        match builtin_value(&v) {
            Value::Str(x) => strs.push(x),
            _ => {
                let name = interp.type_name(&v);
                return Err(interp.error(
                    ExcKind::TypeError,
                    format!("replace() argument {} must be str, not {name}", i + 1),
                ));
            }
        }
    }
    let count = match &slots[2] {
        Some(v) => int_arg(interp, v)?,
        None => -1,
    };
    let out = if count < 0 {
        s.replace(&*strs[0], &strs[1])
    } else {
        s.replacen(&*strs[0], &strs[1], count as usize)
    };
    ret(Value::str(&out))
}

// ---- searching -----------------------------------------------------------

/// CPython's `ADJUST_INDICES`: optional start and end, counted from the end
/// when negative, end clamped to `len` (start is not: past the end it
/// finds nothing).
pub fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (i64, i64) {
    let n = len as i64;
    let end = match end {
        None => n,
        Some(e) if e > n => n,
        Some(e) if e < 0 => (e + n).max(0),
        Some(e) => e,
    };
    let start = match start {
        None => 0,
        Some(s) if s < 0 => (s + n).max(0),
        Some(s) => s,
    };
    (start, end)
}

/// An optional start or end argument: None or an integer.
pub fn opt_index(interp: &mut Interp<'_>, v: &Option<Value>) -> Result<Option<i64>, Value> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(v @ (Value::Bool(_) | Value::BigInt(_))) => {
            let v = v.clone();
            interp.index(&v).map(Some)
        }
        Some(v) if super::args::class_has(interp, v, "__index__") => {
            let v = v.clone();
            interp.index(&v).map(Some)
        }
        Some(_) => Err(interp.error(
            ExcKind::TypeError,
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// The receiver, the searched-for string and the character window of
/// `find`, `count`, `index` and their right-hand twins.
fn search_args(
    interp: &mut Interp<'_>,
    args: &Args,
    method: &'static str,
) -> Result<(Rc<str>, Rc<str>, i64, i64), Value> {
    let s = this(interp, args, method)?;
    let qual = match method {
        "find" => "str.find",
        "rfind" => "str.rfind",
        "index" => "str.index",
        "rindex" => "str.rindex",
        _ => "str.count",
    };
    let slots =
        Sig::pos(method, qual, &["sub", "start", "end"], 1, Style::Tuple).parse(interp, rest(args), &args.kw)?;
    let sub = str_arg(interp, slots[0].as_ref().unwrap_or(&Value::None))?;
    let start = opt_index(interp, &slots[1])?;
    let end = opt_index(interp, &slots[2])?;
    let (start, end) = adjust_indices(char_len(&s), start, end);
    Ok((s, sub, start, end))
}

/// Where `sub` occurs in `s` within the character window, from the left
/// or (with `last`) the right; a character position.
pub fn find_in(s: &str, sub: &str, start: i64, end: i64, last: bool) -> Option<usize> {
    if end - start < char_len(sub) as i64 {
        return None;
    }
    let (bs, be) = (byte_at(s, start as usize), byte_at(s, end as usize));
    let window = &s[bs..be];
    let at = if last { window.rfind(sub) } else { window.find(sub) }?;
    Some(start as usize + char_at(window, at))
}

/// How many times `sub` occurs in `s` within the window, without overlaps.
pub fn count_in(s: &str, sub: &str, start: i64, end: i64) -> usize {
    if end - start < char_len(sub) as i64 {
        return 0;
    }
    if sub.is_empty() {
        return (end - start) as usize + 1;
    }
    let (bs, be) = (byte_at(s, start as usize), byte_at(s, end as usize));
    s[bs..be].matches(sub).count()
}

fn find_impl(interp: &mut Interp<'_>, args: Args, method: &'static str, last: bool, raise: bool) -> NativeResult {
    let (s, sub, start, end) = search_args(interp, &args, method)?;
    match find_in(&s, &sub, start, end, last) {
        Some(i) => ret(Value::Int(i as i64)),
        None if raise => Err(interp.error(ExcKind::ValueError, "substring not found")),
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
    let (s, sub, start, end) = search_args(interp, &args, "count")?;
    ret(Value::Int(count_in(&s, &sub, start, end) as i64))
}

/// Whether `s` starts (or, with `at_end`, ends) with `sub` within the
/// character window: CPython's `tailmatch`.
pub fn tail_match(s: &str, sub: &str, start: i64, end: i64, at_end: bool) -> bool {
    let sub_len = char_len(sub) as i64;
    if end - sub_len < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let (bs, be) = (byte_at(s, start as usize), byte_at(s, end as usize));
    let window = &s[bs..be];
    if at_end {
        window.ends_with(sub)
    } else {
        window.starts_with(sub)
    }
}

fn affix(interp: &mut Interp<'_>, args: Args, method: &'static str, at_end: bool) -> NativeResult {
    let s = this(interp, &args, method)?;
    let qual = if at_end { "str.endswith" } else { "str.startswith" };
    let slots =
        Sig::pos(method, qual, &["prefix", "start", "end"], 1, Style::Tuple).parse(interp, rest(&args), &args.kw)?;
    let start = opt_index(interp, &slots[1])?;
    let end = opt_index(interp, &slots[2])?;
    let (start, end) = adjust_indices(char_len(&s), start, end);
    let what = slots[0].clone().unwrap_or(Value::None);
    match builtin_value(&what) {
        Value::Str(sub) => ret(Value::Bool(tail_match(&s, &sub, start, end, at_end))),
        Value::Tuple(items) => {
            for item in items.iter() {
                match builtin_value(item) {
                    Value::Str(sub) => {
                        if tail_match(&s, &sub, start, end, at_end) {
                            return ret(Value::Bool(true));
                        }
                    }
                    _ => {
                        let name = interp.type_name(item);
                        return Err(interp.error(
                            ExcKind::TypeError,
                            format!("tuple for {method} must only contain str, not {name}"),
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
                format!("{method} first arg must be str or a tuple of str, not {name}"),
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

// ---- formatting and padding ----------------------------------------------

fn format_method(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "format")?;
    let out = format::str_format(interp, &s, rest(&args), &args.kw)?;
    ret(Value::str(&out))
}

/// `s.format_map(mapping)`: `format` with the mapping's entries as keywords.
fn format_map(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (s, mapping) = one_arg(interp, &args, "format_map", "str.format_map")?;
    let mut kw = Vec::new();
    for (k, v) in interp.mapping_items(&mapping)? {
        if let Value::Str(name) = k.0 {
            kw.push((name, v));
        }
    }
    let out = format::str_format(interp, &s, &[], &kw)?;
    ret(Value::str(&out))
}

/// `s.translate(table)`: each character looked up in the table by its
/// code point; a missing entry keeps it, None drops it, an int or a str
/// replaces it.
fn translate(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (s, table) = one_arg(interp, &args, "translate", "str.translate")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let code = Value::Int(c as i64);
        let mapped = match &table {
            Value::Dict(d) => Ok(d.borrow().get(&crate::lang::value::Key(code.clone())).cloned()),
            _ => match interp.get_item(&table, &code) {
                Ok(v) => Ok(Some(v)),
                Err(e) if interp.is_kind(&e, ExcKind::LookupError) => Ok(None),
                Err(e) => Err(e),
            },
        }?;
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(&r),
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => {
                    return Err(interp.error(ExcKind::ValueError, "character mapping must be in range(0x110000)"))
                }
            },
            Some(_) => {
                return Err(interp.error(ExcKind::TypeError, "character mapping must return integer, None or str"))
            }
        }
    }
    ret(Value::str(&out))
}

/// `str.maketrans(x[, y[, z]])`: a translation table for `translate`.
fn maketrans(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let slots = Sig::pos("maketrans", "str.maketrans", &["x", "y", "z"], 1, Style::Clinic).parse(interp, &args.pos, &args.kw)?;
    let mut table = crate::lang::value::Dict::default();
    let key = |c: char| crate::lang::value::Key(Value::Int(c as i64));
    match (&slots[0], &slots[1]) {
        (Some(x), None) => {
            let Value::Dict(d) = builtin_value(x) else {
                return Err(interp.error(
                    ExcKind::TypeError,
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let entries: Vec<_> = d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
            for (k, v) in entries {
                match k {
                    Value::Str(s) => {
                        let mut cs = s.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => {
                                table.insert(key(c), v);
                            }
                            _ => {
                                return Err(interp.error(
                                    ExcKind::ValueError,
                                    "string keys in translate table must be of length 1",
                                ))
                            }
                        }
                    }
                    Value::Int(_) | Value::Bool(_) => {
                        table.insert(crate::lang::value::Key(k), v);
                    }
                    _ => {
                        return Err(interp.error(
                            ExcKind::TypeError,
                            "keys in translate table must be strings or integers",
                        ))
                    }
                }
            }
        }
        (Some(x), Some(y)) => {
            let name = |i: usize, v: &Value| {
                format!("maketrans() argument {i} must be str, not {}", interp.type_name(v))
            };
            let (Value::Str(x), Value::Str(y)) = (builtin_value(x), builtin_value(y)) else {
                let bad = if matches!(builtin_value(x), Value::Str(_)) { (2, y) } else { (1, x) };
                return Err(interp.error(ExcKind::TypeError, name(bad.0, bad.1)));
            };
            if char_len(&x) != char_len(&y) {
                return Err(interp.error(
                    ExcKind::ValueError,
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                table.insert(key(a), Value::Int(b as i64));
            }
            if let Some(z) = &slots[2] {
                let Value::Str(z) = builtin_value(z) else {
                    return Err(interp.error(ExcKind::TypeError, name(3, z)));
                };
                for c in z.chars() {
                    table.insert(key(c), Value::None);
                }
            }
        }
        _ => {}
    }
    ret(Value::dict(table))
}

/// `s % args`.
pub fn percent(interp: &mut Interp<'_>, s: &str, args: &Value) -> Result<Value, Value> {
    format::percent(interp, s, args).map(|out| Value::str(&out))
}

fn zfill(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (s, width) = one_arg(interp, &args, "zfill", "str.zfill")?;
    let width = int_arg(interp, &width)?;
    let len = char_len(&s) as i64;
    if width <= len {
        return ret(Value::Str(s));
    }
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(s.len() + fill);
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, &s[..]),
    };
    out.extend(sign);
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(digits);
    ret(Value::str(&out))
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

/// Pads `s` (of `len` characters) to `width` with `fill`; centring puts
/// the odd character where CPython's `pad` does.
fn pad(s: &str, len: usize, width: usize, fill: char, align: Align) -> String {
    let marg = width - len;
    let left = match align {
        Align::Left => 0,
        Align::Right => marg,
        Align::Center => marg / 2 + (marg & width & 1),
    };
    let mut out = String::with_capacity(s.len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(s);
    out.extend(std::iter::repeat(fill).take(marg - left));
    out
}

fn justify(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    align: Align,
) -> NativeResult {
    let s = this(interp, &args, method)?;
    let slots =
        Sig::pos(method, qual, &["width", "fillchar"], 1, Style::Clinic).parse(interp, rest(&args), &args.kw)?;
    let width = int_arg(interp, slots[0].as_ref().unwrap_or(&Value::None))?;
    let fill = match slots[1].as_ref().map(builtin_value) {
        None => ' ',
        Some(Value::Str(f)) => {
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(interp.error(
                        ExcKind::TypeError,
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
        Some(other) => {
            let name = interp.type_name(&other);
            return Err(interp.error(
                ExcKind::TypeError,
                format!("The fill character must be a unicode character, not {name}"),
            ));
        }
    };
    let len = char_len(&s);
    if width <= len as i64 {
        return ret(Value::Str(s));
    }
    if width as u64 > seq::MAX_REPEAT_BYTES {
        return Err(interp.new_exception(ExcKind::MemoryError, vec![]));
    }
    let width = width as usize;
    ret(Value::str(&pad(&s, len, width, fill, align)))
}

fn center(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    justify(interp, args, "center", "str.center", Align::Center)
}

fn ljust(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    justify(interp, args, "ljust", "str.ljust", Align::Left)
}

fn rjust(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    justify(interp, args, "rjust", "str.rjust", Align::Right)
}

fn partition_impl(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    last: bool,
) -> NativeResult {
    let (s, sep) = one_arg(interp, &args, method, qual)?;
    let sep = str_arg(interp, &sep)?;
    if sep.is_empty() {
        return Err(interp.error(ExcKind::ValueError, "empty separator"));
    }
    let found = if last { s.rfind(&*sep) } else { s.find(&*sep) };
    let parts = match found {
        Some(at) => [
            Value::str(&s[..at]),
            Value::Str(sep.clone()),
            Value::str(&s[at + sep.len()..]),
        ],
        None if last => [Value::str(""), Value::str(""), Value::Str(s.clone())],
        None => [Value::Str(s.clone()), Value::str(""), Value::str("")],
    };
    ret(Value::tuple(parts.to_vec()))
}

fn partition(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    partition_impl(interp, args, "partition", "str.partition", false)
}

fn rpartition(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    partition_impl(interp, args, "rpartition", "str.rpartition", true)
}

/// `str.expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
pub fn expand_tabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut column = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    out.extend(std::iter::repeat(' ').take(n as usize));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

fn expandtabs(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "expandtabs")?;
    let slots = Sig::kw("expandtabs", "str.expandtabs", &["tabsize"], 0, 0).parse(interp, rest(&args), &args.kw)?;
    let tabsize = match &slots[0] {
        Some(v) => int_arg(interp, v)?,
        None => 8,
    };
    let tabs = s.matches('\t').count();
    if tabsize > 0 && (tabsize as u64).saturating_mul(tabs as u64) > seq::MAX_REPEAT_BYTES {
        return Err(interp.error(ExcKind::OverflowError, "result too long"));
    }
    ret(Value::str(&expand_tabs(&s, tabsize)))
}

fn remove_affix(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    suffix: bool,
) -> NativeResult {
    let (s, affix) = one_arg(interp, &args, method, qual)?;
    let Value::Str(affix) = builtin_value(&affix) else {
        let name = interp.type_name(&affix);
        return Err(interp.error(
            ExcKind::TypeError,
            format!("{method}() argument must be str, not {name}"),
        ));
    };
    let out = if suffix {
        s.strip_suffix(&*affix)
    } else {
        s.strip_prefix(&*affix)
    };
    match out {
        Some(out) if !affix.is_empty() => ret(Value::str(out)),
        _ => ret(Value::Str(s)),
    }
}

fn removeprefix(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    remove_affix(interp, args, "removeprefix", "str.removeprefix", false)
}

fn removesuffix(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    remove_affix(interp, args, "removesuffix", "str.removesuffix", true)
}

// ---- encoding ------------------------------------------------------------

/// The codecs pyconc knows, by CPython's normalized names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// `utf-8` (also `utf8`, `UTF-8`, `u8`).
    Utf8,
    /// `ascii` (also `us-ascii`).
    Ascii,
    /// `latin-1` (also `latin1`, `iso-8859-1`, `l1`).
    Latin1,
}

impl Codec {
    /// The codec of an encoding name, or CPython's LookupError.
    pub fn lookup(interp: &Interp<'_>, name: &str) -> Result<Codec, Value> {
        let norm: String = name.trim().to_ascii_lowercase().replace('_', "-");
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
            "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "latin" => Ok(Codec::Latin1),
            _ => Err(interp.error(ExcKind::LookupError, format!("unknown encoding: {name}"))),
        }
    }

    /// The name errors show: 'utf-8', 'ascii', 'latin-1'.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// The `repr` of one character as CPython's codec errors show it: '\xe4', '\u20ac'.
fn char_escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// Encodes `s`; `errors` is 'strict', 'ignore' or 'replace' ('?').
pub fn encode_str(interp: &Interp<'_>, s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, Value> {
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                return Err(interp.error(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                        codec.name(),
                        char_escape(c)
                    ),
                ))
            }
        }
    }
    Ok(out)
}

/// The optional encoding and errors arguments of `encode`, `decode`, `str()`.
pub fn codec_args(
    interp: &Interp<'_>,
    method: &str,
    encoding: &Option<Value>,
    errors: &Option<Value>,
) -> Result<(Codec, Rc<str>), Value> {
    let text = |v: &Option<Value>, what: &str, default: &str| match v.as_ref().map(builtin_value) {
        None => Ok(Rc::from(default)),
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(interp.error(
            ExcKind::TypeError,
            format!(
                "{method}() argument '{what}' must be str, not {}",
                interp.type_name(&other)
            ),
        )),
    };
    let encoding = text(encoding, "encoding", "utf-8")?;
    let errors = text(errors, "errors", "strict")?;
    Ok((Codec::lookup(interp, &encoding)?, errors))
}

fn encode(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "encode")?;
    let slots = Sig::kw("encode", "str.encode", &["encoding", "errors"], 0, 0).parse(interp, rest(&args), &args.kw)?;
    let (codec, errors) = codec_args(interp, "encode", &slots[0], &slots[1])?;
    let bytes = encode_str(interp, &s, codec, &errors)?;
    ret(Value::Bytes(bytes.into()))
}

// ---- the sequence protocol -----------------------------------------------

/// `s[index]`: a character or a slice, counted in characters.
pub fn getitem(interp: &mut Interp<'_>, s: &Rc<str>, index: &Value) -> Result<Value, Value> {
    let ix = classify(interp, index, |t| format!("string indices must be integers, not '{t}'"))?;
    let ascii = s.is_ascii();
    match ix {
        Index::At(i) => {
            let len = if ascii { s.len() } else { s.chars().count() };
            let Some(i) = normalize(i, len) else {
                return Err(interp.error(ExcKind::IndexError, "string index out of range"));
            };
            if ascii {
                return Ok(Value::str(&s[i..i + 1]));
            }
            let c = s.chars().nth(i).unwrap_or_default();
            Ok(Value::str(c.encode_utf8(&mut [0; 4])))
        }
        Index::Slice(sl) => {
            if ascii {
                let r = resolve_slice(interp, &sl, s.len())?;
                if r.step == 1 {
                    let start = r.start as usize;
                    return Ok(Value::str(&s[start..start + r.len]));
                }
                let bytes = s.as_bytes();
                let out: String = r.positions().map(|p| bytes[p] as char).collect();
                return Ok(Value::str(&out));
            }
            let chars: Vec<char> = s.chars().collect();
            let r = resolve_slice(interp, &sl, chars.len())?;
            let out: String = r.positions().map(|p| chars[p]).collect();
            Ok(Value::str(&out))
        }
    }
}

/// `item in s`.
pub fn contains(interp: &mut Interp<'_>, s: &str, item: &Value) -> Result<bool, Value> {
    match builtin_value(item) {
        Value::Str(sub) => Ok(s.contains(&*sub)),
        _ => {
            let name = interp.type_name(item);
            Err(interp.error(
                ExcKind::TypeError,
                format!("'in <string>' requires string as left operand, not {name}"),
            ))
        }
    }
}

/// The receiver and the one argument of a slot wrapper (`__getitem__`),
/// worded as CPython's wrappers word a wrong count.
pub fn slot_args(interp: &Interp<'_>, args: &Args, expected: usize) -> Result<(), Value> {
    let given = args.pos.len().saturating_sub(1);
    if given != expected || !args.kw.is_empty() {
        return Err(interp.error(
            ExcKind::TypeError,
            format!(
                "expected {expected} argument{}, got {given}",
                super::args::plural(expected)
            ),
        ));
    }
    Ok(())
}

fn dunder_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "__len__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Int(char_len(&s) as i64))
}

fn dunder_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "__contains__")?;
    slot_args(interp, &args, 1)?;
    ret(Value::Bool(contains(interp, &s, &args.pos[1])?))
}

fn dunder_getitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "__getitem__")?;
    slot_args(interp, &args, 1)?;
    getitem(interp, &s, &args.pos[1]).map(Flow::Return)
}

fn dunder_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "__iter__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Iterator(Rc::new(RefCell::new(Iter::Str(s, 0)))))
}

fn dunder_mod(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "__mod__")?;
    slot_args(interp, &args, 1)?;
    percent(interp, &s, &args.pos[1]).map(Flow::Return)
}

fn dunder_add(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "__add__")?;
    slot_args(interp, &args, 1)?;
    seq::binary_method(interp, crate::lang::code::BinOp::Add, Value::Str(s), &args.pos[1])
}

fn dunder_mul(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let s = this(interp, &args, "__mul__")?;
    slot_args(interp, &args, 1)?;
    seq::binary_method(interp, crate::lang::code::BinOp::Mul, Value::Str(s), &args.pos[1])
}

/// `str(object='')`, `str(bytes, encoding, errors)`: the type's `__new__`
/// (the class being instantiated first, see `args::split_cls`).
pub fn new_str(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().str.clone();
    let (cls, args) = split_cls(interp, args, &builtin);
    let slots = Sig::kw("str", "str", &["object", "encoding", "errors"], 0, 0).parse(interp, &args.pos, &args.kw)?;
    let s = match (&slots[0], &slots[1], &slots[2]) {
        (None, None, None) => Value::str(""),
        (Some(v), None, None) => match v {
            Value::Str(_) => v.clone(),
            _ => Value::str(&interp.to_str(v)?),
        },
        (obj, encoding, errors) => {
            let (codec, errors) = codec_args(interp, "str", encoding, errors)?;
            match obj.as_ref().map(builtin_value) {
                None => Value::str(""),
                Some(Value::Bytes(b)) => Value::str(&super::bytes::decode_bytes(interp, &b, codec, &errors)?),
                Some(Value::Str(_)) => return Err(interp.error(ExcKind::TypeError, "decoding str is not supported")),
                Some(other) => {
                    let name = interp.type_name(&other);
                    return Err(interp.error(
                        ExcKind::TypeError,
                        format!("decoding to str: need a bytes-like object, {name} found"),
                    ));
                }
            }
        }
    };
    ret(instance_of(&cls, &builtin, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_follows_python_whitespace_rules() {
        assert_eq!(split_str("  a  b  ", None, 1), vec!["a", "b  "]);
        assert_eq!(rsplit_str("  a  b  ", None, 1), vec!["  a", "b"]);
        assert_eq!(split_str("a,b,,c", Some(","), 2), vec!["a", "b", ",c"]);
        assert_eq!(rsplit_str("a,b,,c", Some(","), 2), vec!["a,b", "", "c"]);
        assert_eq!(split_str("a b", Some(" "), -1), vec!["a", "b"]);
        assert_eq!(split_str("", Some(" "), -1), vec![""]);
        assert!(split_str("", None, -1).is_empty());
        assert!(split_str("  ", None, -1).is_empty());
        assert_eq!(split_str(" a ", Some(" "), -1), vec!["", "a", ""]);
        assert_eq!(split_str("a\x1cb\u{3000}c", None, -1), vec!["a", "b", "c"]);
        assert_eq!(rsplit_str("a b\u{3000}c", None, 1), vec!["a b", "c"]);
    }

    #[test]
    fn splitlines_knows_every_boundary() {
        assert_eq!(
            split_lines("a\nb\r\nc\rd\x0be\x1cf\u{85}g\u{2028}h", false),
            vec!["a", "b", "c", "d", "e", "f", "g", "h"]
        );
        assert_eq!(split_lines("a\n\nb\n", true), vec!["a\n", "\n", "b\n"]);
        assert!(split_lines("", false).is_empty());
    }

    #[test]
    fn searching_uses_character_windows() {
        let (s, e) = adjust_indices(3, Some(3), None);
        assert_eq!(find_in("abc", "", s, e, false), Some(3));
        let (s, e) = adjust_indices(3, Some(4), None);
        assert_eq!(find_in("abc", "", s, e, false), None);
        assert_eq!(count_in("abc", "", 0, 3), 4);
        let (s, e) = adjust_indices(3, Some(1), Some(2));
        assert_eq!(count_in("abc", "", s, e), 2);
        assert_eq!(count_in("aaa", "aa", 0, 3), 1);
        let (s, e) = adjust_indices(4, Some(1), None);
        assert_eq!(find_in("唱歌唱歌", "唱", s, e, false), Some(2));
        assert_eq!(find_in("唱歌唱歌", "歌", 0, 4, true), Some(3));
        assert!(tail_match("abc", "", 3, 3, false));
        let (s, e) = adjust_indices(3, Some(4), None);
        assert!(!tail_match("abc", "", s, e, false));
        let (s, e) = adjust_indices(3, Some(-1), None);
        assert!(tail_match("abc", "c", s, e, true));
    }

    #[test]
    fn case_mappings_match_cpython() {
        assert_eq!(to_title("hello world foo"), "Hello World Foo");
        assert_eq!(to_title("they're bill's"), "They'Re Bill'S");
        assert_eq!(to_title("ǆa"), "ǅa");
        assert_eq!(to_title("ßa"), "Ssa");
        assert_eq!(swap_case("ΣΑΣ"), "σας");
        assert!(is_title("ǅ") && !is_upper("ǅ") && !is_lower("ǅ"));
        assert!(is_title("Hello World") && !is_title("Hello world") && !is_title("123"));
        assert!(is_upper("ABC1") && !is_upper("123") && is_lower("abc1"));
    }

    #[test]
    fn padding_and_tabs_match_cpython() {
        assert_eq!(pad("abc", 3, 6, '*', Align::Center), "*abc**");
        assert_eq!(pad("abc", 3, 7, '*', Align::Center), "**abc**");
        assert_eq!(pad("ab", 2, 5, '*', Align::Center), "**ab*");
        assert_eq!(pad("abc", 3, 8, '*', Align::Center), "**abc***");
        assert_eq!(pad("a", 1, 4, '*', Align::Center), "*a**");
        assert_eq!(expand_tabs("a\tb\tc", 4), "a   b   c");
        assert_eq!(expand_tabs("ab\n\tc", 8), "ab\n        c");
    }

    #[test]
    fn character_classes() {
        assert!("１２３".chars().all(char_isdigit));
        assert!(char_isdigit('²') && !char_isdecimal('²'));
        assert!(char_isnumeric('½') && !char_isdigit('½'));
        assert!(char_isnumeric('一') && !char_isdigit('Ⅷ') && char_isnumeric('Ⅷ') && !char_isalpha('Ⅷ'));
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
    }
}
