//! Text formatting: the format-spec mini-language of `format()`, f-strings
//! and `str.format` (CPython's `Python/formatter_unicode.c`), `str.format`'s
//! replacement fields (`Objects/stringlib/unicode_format.h`) and printf-style
//! `%` formatting (`PyUnicode_Format` in `Objects/unicodeobject.c`).
//!
//! The spec functions for int, float and str are pure and report errors as
//! `(ExcKind, message)`; the entry points that may meet any value take a
//! [`Host`] (the VM's `Interp`) to reach `repr`, `str`, attributes and
//! user-defined `__format__`. Widths count characters (code points), as
//! CPython does.

use super::error::ExcKind;
use super::num::{self, FloatFlags, NumError};
use super::repr::{self, Host};
use super::types::args::builtin_value;
use super::types::{float, int};
use super::value::{Key, Name, Value};

fn value_error<T>(msg: impl Into<String>) -> Result<T, NumError> {
    Err((ExcKind::ValueError, msg.into()))
}

fn raise<H: Host + ?Sized>(host: &H, e: NumError) -> Value {
    host.error(e.0, e.1)
}

// ---------------------------------------------------------------------------
// The format-spec mini-language

/// Thousands separators of a spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Grouping {
    None,
    /// `,`: groups of three.
    Comma,
    /// `_`: groups of three, or four for `b o x X`.
    Underscore(usize),
}

/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
/// CPython's `InternalFormatSpec`.
#[derive(Clone, Debug)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alt: bool,
    /// -1 when not given.
    width: i64,
    grouping: Grouping,
    /// -1 when not given.
    precision: i64,
    ty: Option<char>,
}

/// Reads a decimal number at `pos` (Unicode digits count, as
/// `Py_UNICODE_TODECIMAL`); `None` when there is none.
fn spec_integer(chars: &[char], pos: &mut usize) -> Result<Option<i64>, NumError> {
    let start = *pos;
    let mut acc: i64 = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| num::decimal_value(c)) {
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as i64)) {
            Some(a) => a,
            None => return value_error("Too many decimal digits in format string"),
        };
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

fn code_name(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// `parse_internal_render_format_spec`: `default_align` is `>` for numbers
/// and `<` for str; `default_type` the type a spec without one gets.
fn parse_spec(spec: &str, default_align: char, default_type: Option<char>, type_name: &str) -> Result<Spec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alt: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut pos = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if end >= 2 && is_align(chars[1]) {
        s.align = chars[1];
        s.fill = chars[0];
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        s.align = chars[0];
        align_given = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        s.alt = true;
        pos += 1;
    }
    if !fill_given && pos < end && chars[pos] == '0' {
        s.fill = '0';
        if !align_given && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    if let Some(w) = spec_integer(&chars, &mut pos)? {
        s.width = w;
    }
    if pos < end && chars[pos] == ',' {
        s.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if s.grouping != Grouping::None {
            return value_error("Cannot specify both ',' and '_'.");
        }
        s.grouping = Grouping::Underscore(3);
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && s.grouping != Grouping::None {
        return value_error("Cannot specify both ',' and '_'.");
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match spec_integer(&chars, &mut pos)? {
            Some(p) => s.precision = p,
            None => return value_error("Format specifier missing precision"),
        }
    }
    if end - pos > 1 {
        return value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if end - pos == 1 {
        s.ty = Some(chars[pos]);
    }
    if s.grouping != Grouping::None {
        let sep = if s.grouping == Grouping::Comma { ',' } else { '_' };
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => s.grouping = Grouping::Underscore(4),
            Some(t) => return value_error(format!("Cannot specify '{sep}' with '{}'.", code_name(t))),
        }
    }
    Ok(s)
}

fn unknown_code(ty: char, type_name: &str) -> NumError {
    (ExcKind::ValueError, format!("Unknown format code '{}' for object of type '{type_name}'", code_name(ty)))
}

/// Groups `digits` from the right, padding with zeros up to `min_width`
/// characters (`_PyUnicode_InsertThousandsGrouping`): `group` 0 is no grouping.
fn group_digits(digits: &str, min_width: i64, sep: char, group: usize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut rev: Vec<char> = Vec::new();
    let mut end = digits.len();
    let mut use_sep = false;
    let mut emit = |rev: &mut Vec<char>, len: i64, remaining: i64, use_sep: bool| {
        let zeros = (len - remaining).max(0);
        let chars = remaining.min(len).max(0) as usize;
        if use_sep {
            rev.push(sep);
        }
        for &c in digits[end - chars..end].iter().rev() {
            rev.push(c);
        }
        end -= chars;
        rev.extend(std::iter::repeat_n('0', zeros as usize));
        chars as i64
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            remaining -= emit(&mut rev, len, remaining, use_sep);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        emit(&mut rev, len, remaining, use_sep);
    }
    rev.into_iter().rev().collect()
}

/// Lays out a number (`calc_number_widths` + `fill_number`):
/// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
#[allow(clippy::too_many_arguments)]
fn fill_number(
    s: &Spec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    grouping: Grouping,
    upper: bool,
) -> String {
    let sign = match (s.sign, negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_decimal = has_decimal as i64;
    let n_remainder = remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if s.fill == '0' && s.align == '=' { s.width - non_digit } else { 0 };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        match grouping {
            Grouping::None => group_digits(digits, min_width, ',', 0),
            Grouping::Comma => group_digits(digits, min_width, ',', 3),
            Grouping::Underscore(n) => group_digits(digits, min_width, '_', n),
        }
    };
    let padding = s.width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match s.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let pad = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(s.fill, n as usize));
    let mut out = String::new();
    pad(&mut out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    if upper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    pad(&mut out, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    pad(&mut out, rpad);
    out
}

/// `format(v, spec)` for an int (or a bool with a non-empty spec):
/// `int.__format__`. `type_name` names the type in error messages.
pub fn format_int(v: &Value, spec: &str, type_name: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return num::int_to_decimal(v);
    }
    let s = parse_spec(spec, '>', Some('d'), type_name)?;
    match s.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_long(v, &s),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = num::to_f64(v).expect("an int")?;
            format_float_spec(x, &s)
        }
        Some(t) => Err(unknown_code(t, type_name)),
        None => unreachable!("ints default to 'd'"),
    }
}

/// `format_long_internal`.
fn format_long(v: &Value, s: &Spec) -> Result<String, NumError> {
    if s.precision != -1 {
        return value_error("Precision not allowed in integer format specifier");
    }
    if s.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let ty = s.ty.unwrap_or('d');
    if ty == 'c' {
        if s.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if s.alt {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let c = char_of(v)?;
        return Ok(fill_number(s, false, "", "", false, &c.to_string(), Grouping::None, false));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let (negative, digits) = if radix == 10 {
        let d = num::int_to_decimal(v)?;
        match d.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, d),
        }
    } else {
        num::int_to_radix(v, radix).expect("an int")
    };
    let prefix = if s.alt { prefix } else { "" };
    let grouping = if ty == 'n' { Grouping::None } else { s.grouping };
    Ok(fill_number(s, negative, prefix, &digits, false, "", grouping, ty == 'X'))
}

/// The character of code point `v` for `%c` and `{:c}`.
fn char_of(v: &Value) -> Result<char, NumError> {
    let code = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err((ExcKind::OverflowError, "Python int too large to convert to C long".into())),
        _ => return Err((ExcKind::TypeError, "%c requires int or char".into())),
    };
    if !(0..=0x10ffff).contains(&code) {
        return Err((ExcKind::OverflowError, "%c arg not in range(0x110000)".into()));
    }
    // A lone surrogate cannot live in a Rust string: it shows as U+FFFD.
    Ok(char::from_u32(code as u32).unwrap_or('\u{fffd}'))
}

/// `format(x, spec)` for a float: `float.__format__`.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(num::float_repr(x));
    }
    let s = parse_spec(spec, '>', None, type_name)?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &s),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// `format_float_internal`.
fn format_float_spec(x: f64, s: &Spec) -> Result<String, NumError> {
    if s.precision > i32::MAX as i64 {
        return value_error("precision too big");
    }
    let mut flags = FloatFlags { alt: s.alt, no_neg_0: s.no_neg_0, ..FloatFlags::default() };
    let mut default_precision = 6;
    let mut code = s.ty.unwrap_or('r');
    let mut x = x;
    let mut percent = false;
    if s.ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    if code == '%' {
        code = 'f';
        x *= 100.0;
        percent = true;
    }
    let precision = if s.precision < 0 {
        default_precision
    } else {
        if code == 'r' {
            code = 'g';
        }
        s.precision
    };
    let mut text = num::double_to_string(x, code, precision as usize, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if s.ty == Some('n') { Grouping::None } else { s.grouping };
    Ok(fill_number(s, negative, "", digits, has_decimal, remainder, grouping, false))
}

/// `format(s, spec)` for a str: `str.__format__`.
pub fn format_str(text: &str, spec: &str, type_name: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse_spec(spec, '<', Some('s'), type_name)?;
    match s.ty {
        Some('s') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
        None => unreachable!("str defaults to 's'"),
    }
    match s.sign {
        Some(' ') => return value_error("Space not allowed in string format specifier"),
        Some(_) => return value_error("Sign not allowed in string format specifier"),
        None => {}
    }
    if s.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if s.alt {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if s.align == '=' {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    let mut len = text.chars().count() as i64;
    let body: String = if s.precision >= 0 && len > s.precision {
        len = s.precision;
        text.chars().take(s.precision as usize).collect()
    } else {
        text.to_string()
    };
    let total = s.width.max(len);
    let lpad = match s.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::new();
    out.extend(std::iter::repeat_n(s.fill, lpad as usize));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(s.fill, rpad as usize));
    Ok(out)
}

/// `format(v, spec)` with the built-in `__format__` of v's type: int,
/// bool, float and str (and instances of their subclasses, through the
/// payload), otherwise `object.__format__` (`str(v)` for an empty spec, a
/// `TypeError` for any other). User-defined `__format__` methods are not
/// looked up here: see [`format_any`].
pub fn format_value<H: Host + ?Sized>(host: &mut H, v: &Value, spec: &str) -> Result<String, Value> {
    let inner = builtin_value(v);
    let target = &inner;
    let r = match target {
        Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_) if spec.is_empty() => {
            return host.to_str(v)
        }
        Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => format_int(target, spec, &host.type_name(v)),
        Value::Float(x) => format_float(*x, spec, &host.type_name(v)),
        Value::Str(s) => format_str(s, spec, &host.type_name(v)),
        _ if spec.is_empty() => return host.to_str(v),
        _ => Err((
            ExcKind::TypeError,
            format!("unsupported format string passed to {}.__format__", host.type_name(v)),
        )),
    };
    r.map_err(|e| raise(host, e))
}

/// `format(v, spec)` for any value (`PyObject_Format`): an instance whose
/// class defines `__format__` in Python gets it called; everything else
/// goes to [`format_value`].
pub fn format_any<H: Host + ?Sized>(host: &mut H, v: &Value, spec: &str) -> Result<String, Value> {
    if let Value::Object(_) = v {
        if let Ok(method) = host.get_attr(v, "__format__") {
            let user_defined = match &method {
                Value::BoundMethod(m) => matches!(m.0, Value::Function(_)) || matches!(m.1, Value::Function(_)),
                Value::Function(_) => true,
                _ => false,
            };
            if user_defined {
                let r = host.call(&method, vec![Value::str(spec)])?;
                return match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => {
                        let msg = format!("__format__ must return a str, not {}", host.type_name(&other));
                        Err(host.error(ExcKind::TypeError, msg))
                    }
                };
            }
        }
    }
    format_value(host, v, spec)
}

// ---------------------------------------------------------------------------
// str.format

/// `str.format`'s automatic field numbering state (`AutoNumber`).
#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// `fmt.format(*args, **kwargs)`: literal text with `{{` and `}}`, and
/// replacement fields `{[name][.attr|[key]]...[!r|!s|!a][:spec]}` whose
/// spec may itself contain fields (two levels at most), with CPython's
/// messages for every malformed string.
pub fn str_format<H: Host + ?Sized>(
    host: &mut H,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> Result<String, Value> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut auto = AutoNumber { state: AutoState::Init, next: 0 };
    build_string(host, &chars, args, kwargs, 2, &mut auto)
}

fn build_string<H: Host + ?Sized>(
    host: &mut H,
    s: &[char],
    args: &[Value],
    kwargs: &[(Name, Value)],
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<String, Value> {
    let verr = |host: &H, msg: &str| host.error(ExcKind::ValueError, msg.to_string());
    if depth == 0 {
        return Err(verr(host, "Max string recursion exceeded"));
    }
    let n = s.len();
    let mut out = String::new();
    let mut pos = 0;
    while pos < n {
        // MarkupIterator_next: literal text up to the next brace.
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < n {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if c == '}' && (at_end || s[pos] != '}') {
            return Err(verr(host, "Single '}' encountered in format string"));
        }
        if at_end && c == '{' {
            return Err(verr(host, "Single '{' encountered in format string"));
        }
        if !at_end {
            if s[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        // parse_field: the name ends at '}', ':' or '!' outside brackets.
        let name_start = pos;
        while pos < n {
            c = s[pos];
            pos += 1;
            match c {
                '{' => return Err(verr(host, "unexpected '{' in field name")),
                '[' => {
                    while pos < n && s[pos] != ']' {
                        pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let name = &s[name_start..pos - 1];
        let mut conversion = None;
        let mut spec: &[char] = &[];
        let mut nested = false;
        if c == '!' || c == ':' {
            let mut has_spec = true;
            if c == '!' {
                if pos >= n {
                    return Err(verr(host, "end of string while looking for conversion specifier"));
                }
                conversion = Some(s[pos]);
                pos += 1;
                if pos < n {
                    let c2 = s[pos];
                    pos += 1;
                    if c2 == '}' {
                        has_spec = false;
                    } else if c2 != ':' {
                        return Err(verr(host, "expected ':' after conversion specifier"));
                    }
                }
            }
            if has_spec {
                let spec_start = pos;
                let mut count = 1;
                let mut closed = false;
                while pos < n {
                    let c3 = s[pos];
                    pos += 1;
                    if c3 == '{' {
                        nested = true;
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = &s[spec_start..pos - 1];
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(verr(host, "unmatched '{' in format spec"));
                }
            }
        } else if c != '}' {
            return Err(verr(host, "expected '}' before end of string"));
        }
        // output_markup
        let obj = field_object(host, name, args, kwargs, auto)?;
        let obj = match conversion {
            None => obj,
            Some('r') => Value::str(&host.repr(&obj)?),
            Some('s') => Value::str(&host.to_str(&obj)?),
            Some('a') => Value::str(&repr::ascii_escape(&host.repr(&obj)?)),
            Some(other) => {
                let msg = format!("Unknown conversion specifier {}", code_name(other));
                return Err(host.error(ExcKind::ValueError, msg));
            }
        };
        let spec: String = if nested {
            build_string(host, spec, args, kwargs, depth - 1, auto)?
        } else {
            spec.iter().collect()
        };
        out.push_str(&host.format(&obj, &spec)?);
    }
    Ok(out)
}

/// A field name's leading number (`get_integer`): None unless it is all
/// decimal digits.
fn field_integer<H: Host + ?Sized>(host: &H, s: &[char]) -> Result<Option<usize>, Value> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = num::decimal_value(c) else { return Ok(None) };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)).filter(|&a| a <= isize::MAX as usize) {
            Some(a) => a,
            None => {
                return Err(host.error(ExcKind::ValueError, "Too many decimal digits in format string".into()))
            }
        };
    }
    Ok(Some(acc))
}

/// `get_field_object`: the argument a field names, then its `.attr` and `[key]` parts.
fn field_object<H: Host + ?Sized>(
    host: &mut H,
    field: &[char],
    args: &[Value],
    kwargs: &[(Name, Value)],
    auto: &mut AutoNumber,
) -> Result<Value, Value> {
    let split = field.iter().position(|&c| c == '.' || c == '[').unwrap_or(field.len());
    let first = &field[..split];
    let mut index = field_integer(host, first)?;
    let empty = first.is_empty();
    let numeric = empty || index.is_some();
    if auto.state == AutoState::Init && numeric {
        auto.state = if empty { AutoState::Auto } else { AutoState::Manual };
    }
    if numeric {
        if auto.state == AutoState::Manual && empty {
            return Err(host.error(
                ExcKind::ValueError,
                "cannot switch from manual field specification to automatic field numbering".into(),
            ));
        }
        if auto.state == AutoState::Auto && !empty {
            return Err(host.error(
                ExcKind::ValueError,
                "cannot switch from automatic field numbering to manual field specification".into(),
            ));
        }
    }
    if empty {
        index = Some(auto.next);
        auto.next += 1;
    }
    let mut obj = match index {
        Some(i) => match args.get(i) {
            Some(v) => v.clone(),
            None => {
                let msg = format!("Replacement index {i} out of range for positional args tuple");
                return Err(host.error(ExcKind::IndexError, msg));
            }
        },
        None => {
            let key: String = first.iter().collect();
            match kwargs.iter().find(|(k, _)| **k == *key) {
                Some((_, v)) => v.clone(),
                None => return Err(host.key_error(&Value::str(&key))),
            }
        }
    };
    let rest = &field[split..];
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        match c {
            '.' => {
                let start = i;
                while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    i += 1;
                }
                let name: String = rest[start..i].iter().collect();
                if name.is_empty() {
                    return Err(host.error(ExcKind::ValueError, "Empty attribute in format string".into()));
                }
                obj = host.get_attr(&obj, &name)?;
            }
            '[' => {
                let start = i;
                while i < rest.len() && rest[i] != ']' {
                    i += 1;
                }
                if i >= rest.len() {
                    return Err(host.error(ExcKind::ValueError, "Missing ']' in format string".into()));
                }
                let name = &rest[start..i];
                i += 1;
                let idx = field_integer(host, name)?;
                if name.is_empty() {
                    return Err(host.error(ExcKind::ValueError, "Empty attribute in format string".into()));
                }
                let key = match idx {
                    Some(k) => Value::Int(k as i64),
                    None => Value::str(&name.iter().collect::<String>()),
                };
                obj = get_item(host, &obj, &key)?;
            }
            _ => {
                return Err(host.error(
                    ExcKind::ValueError,
                    "Only '.' or '[' may follow ']' in format field specifier".into(),
                ))
            }
        }
    }
    Ok(obj)
}

/// `obj[key]` for the keys a format string can spell (a non-negative int
/// or a str): built-in sequences and dicts directly, anything else through
/// its `__getitem__`.
fn get_item<H: Host + ?Sized>(host: &mut H, obj: &Value, key: &Value) -> Result<Value, Value> {
    let seq_index = |host: &H, len: usize, what: &str| -> Result<usize, Value> {
        match key {
            Value::Int(i) if (*i as usize) < len => Ok(*i as usize),
            Value::Int(_) => Err(host.error(ExcKind::IndexError, format!("{what} index out of range"))),
            _ => Err(host.error(
                ExcKind::TypeError,
                format!("{what} indices must be integers or slices, not {}", host.type_name(key)),
            )),
        }
    };
    match obj {
        Value::List(l) => {
            let len = l.borrow().len();
            let i = seq_index(host, len, "list")?;
            Ok(l.borrow()[i].clone())
        }
        Value::Tuple(t) => {
            let i = seq_index(host, t.len(), "tuple")?;
            Ok(t[i].clone())
        }
        Value::Str(s) => {
            let i = seq_index(host, s.chars().count(), "string")?;
            Ok(Value::str(&s.chars().nth(i).expect("in range").to_string()))
        }
        Value::Dict(d) => {
            let found = d.borrow().get(&Key(key.clone())).cloned();
            match found {
                Some(v) => Ok(v),
                None => Err(host.key_error(key)),
            }
        }
        _ => match host.get_attr(obj, "__getitem__") {
            Ok(m) => host.call(&m, vec![key.clone()]),
            Err(_) => {
                let msg = format!("'{}' object is not subscriptable", host.type_name(obj));
                Err(host.error(ExcKind::TypeError, msg))
            }
        },
    }
}

// ---------------------------------------------------------------------------
// printf-style formatting

/// One conversion's flags, width and precision (`unicode_format_arg_t`).
struct Conv {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: i64,
    prec: i64,
}

/// Where the arguments of a `%` come from (`unicode_formatter_t`).
struct PercentArgs {
    /// The tuple's items, or the one argument (also a value from a mapping).
    args: Value,
    /// Tuple length, or -1 for a single argument.
    arglen: i64,
    /// The next index; -2 before the single argument is used.
    argidx: i64,
}

impl PercentArgs {
    fn next<H: Host + ?Sized>(&mut self, host: &H) -> Result<Value, Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Value::Tuple(t) = &self.args {
                return Ok(t[i as usize].clone());
            }
        }
        Err(host.error(ExcKind::TypeError, "not enough arguments for format string".into()))
    }
}

/// Whether `%` takes the argument as a mapping for `%(name)s`: anything
/// subscriptable but a tuple or a str (`PyMapping_Check`), so `'x' % []`
/// is `'x'`, as in CPython.
fn is_mapping<H: Host + ?Sized>(host: &mut H, v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::Range(_) => true,
        Value::Object(_) => host.get_attr(v, "__getitem__").is_ok(),
        _ => false,
    }
}

/// `fmt % args` for a str (`PyUnicode_Format`): conversions `s r a d i u
/// o x X e E f F g G c %` with flags `- + space # 0`, width and precision
/// (also `*`), `%(name)s` keys into a mapping, and CPython's errors.
pub fn percent<H: Host + ?Sized>(host: &mut H, fmt: &str, args: &Value) -> Result<String, Value> {
    percent_in(host, fmt.chars().collect(), args, false)
}

/// `fmt % args` for bytes (`_PyBytes_FormatEx`): as for str, but `%s` and
/// `%b` take bytes-like values, `%r` and `%a` give `ascii()`, and `%c`
/// takes an int below 256 or one byte. Each char of the format and of the
/// result stands for the byte of the same value (latin-1).
pub fn percent_bytes<H: Host + ?Sized>(host: &mut H, fmt: &[u8], args: &Value) -> Result<Vec<u8>, Value> {
    let out = percent_in(host, fmt.iter().map(|b| char::from(*b)).collect(), args, true)?;
    Ok(out.chars().map(|c| c as u8).collect())
}

/// The `%` formatter of str (`bytes` false) and bytes (`bytes` true).
fn percent_in<H: Host + ?Sized>(host: &mut H, s: Vec<char>, args: &Value, bytes: bool) -> Result<String, Value> {
    let n = s.len();
    let mut st = match args {
        Value::Tuple(t) => PercentArgs { args: args.clone(), arglen: t.len() as i64, argidx: 0 },
        _ => PercentArgs { args: args.clone(), arglen: -1, argidx: -2 },
    };
    // A bytes format takes a bytes argument as one value, not a mapping.
    let mapping = is_mapping(host, args) && !(bytes && matches!(args, Value::Bytes(_)));
    let dict = if mapping { Some(args.clone()) } else { None };
    let verr = |host: &H, msg: &str| host.error(ExcKind::ValueError, msg.to_string());
    let mut out = String::with_capacity(n);
    let mut pos = 0;
    while pos < n {
        if s[pos] != '%' {
            let run = s[pos..].iter().position(|c| *c == '%').unwrap_or(n - pos);
            out.extend(&s[pos..pos + run]);
            pos += run;
            continue;
        }
        pos += 1;
        if pos < n && s[pos] == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut conv = Conv { ljust: false, sign: false, blank: false, alt: false, zero: false, width: -1, prec: -1 };
        if pos < n && s[pos] == '(' {
            let Some(mapping) = &dict else {
                return Err(host.error(ExcKind::TypeError, "format requires a mapping".into()));
            };
            pos += 1;
            let key_start = pos;
            let mut depth = 1;
            while depth > 0 && pos < n {
                match s[pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(verr(host, "incomplete format key"));
            }
            let key = &s[key_start..pos - 1];
            let key = if bytes {
                Value::Bytes(key.iter().map(|c| *c as u8).collect::<Vec<u8>>().into())
            } else {
                Value::str(&key.iter().collect::<String>())
            };
            let value = get_item(host, &mapping.clone(), &key)?;
            st = PercentArgs { args: value, arglen: -1, argidx: -2 };
        }
        let rd = |pos: &mut usize| -> Option<char> {
            let c = s.get(*pos).copied();
            if c.is_some() {
                *pos += 1;
            }
            c
        };
        let mut ch = rd(&mut pos);
        while let Some(c) = ch {
            match c {
                '-' => conv.ljust = true,
                '+' => conv.sign = true,
                ' ' => conv.blank = true,
                '#' => conv.alt = true,
                '0' => conv.zero = true,
                _ => break,
            }
            ch = rd(&mut pos);
        }
        if ch == Some('*') {
            let v = st.next(host)?;
            let w = star_int(host, &v)?;
            if w < 0 {
                conv.ljust = true;
            }
            conv.width = w.saturating_abs();
            ch = rd(&mut pos);
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            conv.width = d as i64;
            loop {
                ch = rd(&mut pos);
                let Some(d) = ch.and_then(|c| c.to_digit(10)) else { break };
                conv.width = match conv.width.checked_mul(10).and_then(|w| w.checked_add(d as i64)) {
                    Some(w) => w,
                    None => return Err(verr(host, "width too big")),
                };
            }
        }
        if ch == Some('.') {
            conv.prec = 0;
            ch = rd(&mut pos);
            if ch == Some('*') {
                let v = st.next(host)?;
                conv.prec = star_int(host, &v)?.max(0);
                ch = rd(&mut pos);
            } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
                conv.prec = d as i64;
                loop {
                    ch = rd(&mut pos);
                    let Some(d) = ch.and_then(|c| c.to_digit(10)) else { break };
                    conv.prec = conv.prec * 10 + d as i64;
                    if conv.prec > i32::MAX as i64 {
                        return Err(verr(host, "precision too big"));
                    }
                }
            }
        }
        if matches!(ch, Some('h' | 'l' | 'L')) {
            ch = rd(&mut pos);
        }
        let Some(ch) = ch else {
            return Err(verr(host, "incomplete format"));
        };
        let v = st.next(host)?;
        if bytes {
            if let Some(text) = percent_byte_text(host, &v, ch)? {
                percent_output(&mut out, &text, ch, &conv, false);
                continue;
            }
        } else if let (Value::Str(x), 's') = (&v, ch) {
            percent_output(&mut out, x, ch, &conv, false);
            continue;
        }
        let (text, numeric) = match ch {
            's' => (host.to_str(&v)?, false),
            'r' => (host.repr(&v)?, false),
            'a' => (repr::ascii_escape(&host.repr(&v)?), false),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (percent_int(host, &v, ch, &conv)?, true),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = percent_float(host, &v)?;
                let flags = FloatFlags { alt: conv.alt, ..FloatFlags::default() };
                let prec = if conv.prec < 0 { 6 } else { conv.prec as usize };
                (num::double_to_string(x, ch, prec, flags), true)
            }
            'c' => {
                let c = match &v {
                    Value::Str(x) if x.chars().count() == 1 => x.chars().next().expect("one char"),
                    Value::Str(_) => {
                        return Err(host.error(ExcKind::TypeError, "%c requires int or char".into()));
                    }
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match char_of(&v) {
                        Ok(c) => c,
                        Err((_, _)) if matches!(v, Value::BigInt(_)) => {
                            return Err(host.error(ExcKind::OverflowError, "%c arg not in range(0x110000)".into()))
                        }
                        Err(e) => return Err(raise(host, e)),
                    },
                    Value::Object(_) => match host.index(&v) {
                        Ok(i) => char_of(&Value::Int(i)).map_err(|e| raise(host, e))?,
                        Err(_) => return Err(host.error(ExcKind::TypeError, "%c requires int or char".into())),
                    },
                    _ => return Err(host.error(ExcKind::TypeError, "%c requires int or char".into())),
                };
                (c.to_string(), false)
            }
            other => {
                let shown = if (31..=126).contains(&(other as u32)) { other } else { '?' };
                let msg =
                    format!("unsupported format character '{shown}' (0x{:x}) at index {}", other as u32, pos - 1);
                return Err(host.error(ExcKind::ValueError, msg));
            }
        };
        percent_output(&mut out, &text, ch, &conv, numeric);
    }
    if st.argidx < st.arglen && dict.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(host.error(ExcKind::TypeError, format!("not all arguments converted during {what} formatting")));
    }
    Ok(out)
}

/// The text of a bytes `%s %b %r %a %c` conversion, one char per byte;
/// None for the numeric conversions, which bytes share with str.
fn percent_byte_text<H: Host + ?Sized>(host: &mut H, v: &Value, ch: char) -> Result<Option<String>, Value> {
    let latin1 = |b: &[u8]| b.iter().map(|c| char::from(*c)).collect::<String>();
    // A bytearray is bytes-like.
    let bytes_like = crate::lang::types::args::builtin_value(v);
    Ok(Some(match (ch, &bytes_like) {
        ('s' | 'b', Value::Bytes(b)) => latin1(b),
        ('s' | 'b', _) => {
            let t = host.type_name(v);
            let msg = format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'");
            return Err(host.error(ExcKind::TypeError, msg));
        }
        ('r' | 'a', _) => repr::ascii_escape(&host.repr(v)?),
        ('c', Value::Bytes(b)) if b.len() == 1 => latin1(b),
        ('c', Value::Int(i)) if (0..256).contains(i) => latin1(&[*i as u8]),
        ('c', Value::Int(_) | Value::BigInt(_)) => {
            return Err(host.error(ExcKind::OverflowError, "%c arg not in range(256)".into()))
        }
        ('c', _) => {
            return Err(host.error(ExcKind::TypeError, "%c requires an integer in range(256) or a single byte".into()))
        }
        _ => return Ok(None),
    }))
}

/// A `*` width or precision: an int is required.
fn star_int<H: Host + ?Sized>(host: &H, v: &Value) -> Result<i64, Value> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(host.error(ExcKind::OverflowError, "Python int too large to convert to C ssize_t".into())),
        _ => Err(host.error(ExcKind::TypeError, "* wants int".into())),
    }
}

/// The int a `%d`/`%x` conversion formats (`mainformatlong`): floats
/// truncate for `d i u` and are refused for `o x X`.
fn percent_int<H: Host + ?Sized>(host: &mut H, v: &Value, ch: char, conv: &Conv) -> Result<String, Value> {
    let integer_only = matches!(ch, 'o' | 'x' | 'X');
    let wrong = |host: &H| {
        let what = if integer_only { "an integer is required" } else { "a real number is required" };
        host.error(ExcKind::TypeError, format!("%{ch} format: {what}, not {}", host.type_name(v)))
    };
    let int = match v {
        Value::Int(_) | Value::BigInt(_) => v.clone(),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Float(_) if integer_only => return Err(wrong(host)),
        Value::Float(x) => num::float_to_int(*x).map_err(|e| raise(host, e))?,
        Value::Object(_) if integer_only => match host.index(v) {
            Ok(i) => Value::Int(i),
            Err(_) => return Err(wrong(host)),
        },
        Value::Object(_) => match int::int_of_object(host, v, false) {
            Some(r) => r?,
            None => return Err(wrong(host)),
        },
        _ => return Err(wrong(host)),
    };
    // _PyUnicode_FormatLong
    let (negative, digits) = match ch {
        'o' => num::int_to_radix(&int, 8),
        'x' | 'X' => num::int_to_radix(&int, 16),
        _ => None,
    }
    .map(Ok)
    .unwrap_or_else(|| {
        num::int_to_decimal(&int).map(|d| match d.strip_prefix('-') {
            Some(r) => (true, r.to_string()),
            None => (false, d),
        })
    })
    .map_err(|e| raise(host, e))?;
    let mut text = String::new();
    if negative {
        text.push('-');
    }
    if conv.alt && ch != 'd' && ch != 'i' && ch != 'u' {
        text.push('0');
        text.push(if ch == 'o' { 'o' } else { 'x' });
    }
    if conv.prec > digits.len() as i64 {
        text.extend(std::iter::repeat_n('0', conv.prec as usize - digits.len()));
    }
    text.push_str(&digits);
    if ch == 'X' {
        text = text.to_ascii_uppercase();
    }
    Ok(text)
}

/// The float a `%f`/`%e`/`%g` conversion formats (`PyFloat_AsDouble`).
fn percent_float<H: Host + ?Sized>(host: &mut H, v: &Value) -> Result<f64, Value> {
    match float::float_of_object(host, v) {
        Some(r) => r,
        None => Err(host.error(ExcKind::TypeError, format!("must be real number, not {}", host.type_name(v)))),
    }
}

/// Pads one converted argument (`unicode_format_arg_output`). `numeric`
/// is CPython's `arg->sign`: numbers get `+`/space signs and zero padding
/// after the sign and the `0x` prefix.
fn percent_output(out: &mut String, text: &str, ch: char, conv: &Conv, numeric: bool) {
    // The common case, nothing to pad or cut, needs no character vector.
    if conv.width == -1 && conv.prec == -1 && !(conv.sign || conv.blank) {
        out.push_str(text);
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    let mut width = conv.width;
    let fill = if numeric && conv.zero { '0' } else { ' ' };
    if (width == -1 || width <= len) && (conv.prec == -1 || conv.prec >= len) && !(conv.sign || conv.blank) {
        out.push_str(text);
        return;
    }
    if matches!(ch, 's' | 'r' | 'a') && conv.prec >= 0 && len > conv.prec {
        len = conv.prec;
    }
    let mut idx = 0usize;
    let mut sign = numeric;
    let mut signchar = '\0';
    if sign {
        let c = chars.first().copied().unwrap_or('\0');
        if c == '-' || c == '+' {
            signchar = c;
            len -= 1;
            idx += 1;
        } else if conv.sign {
            signchar = '+';
        } else if conv.blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    let alt_prefix = conv.alt && matches!(ch, 'x' | 'X' | 'o');
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push(chars[idx]);
            out.push(chars[idx + 1]);
            idx += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !conv.ljust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push(chars[idx]);
            out.push(chars[idx + 1]);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len.max(0) as usize]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}

#[cfg(test)]
mod tests {
    //! Expected values come from CPython 3.11.7: `format(v, spec)`,
    //! `fmt % args` and `fmt.format(*args, **kwargs)`.
    // The tables are generated; 3.14159 is a sample value, not an approximation of pi.
    #![allow(clippy::type_complexity, clippy::approx_constant)]
    use super::*;
    use crate::lang::repr::tests::{big, dict, shown, TestHost};
    use std::rc::Rc;

    fn check_group(values: &[fn() -> Value], specs: &[(&str, &[&str])]) {
        for (spec, wants) in specs {
            assert_eq!(values.len(), wants.len());
            for (v, want) in values.iter().zip(wants.iter()) {
                let got = shown(format_value(&mut TestHost, &v(), spec));
                assert_eq!(got, *want, "format({:?}, {spec:?})", v());
            }
        }
    }

    #[test]
    fn int_specs_match_cpython() {
        check_group(INT_VALUES, INT_SPECS);
    }

    #[test]
    fn float_specs_match_cpython() {
        check_group(FLOAT_VALUES, FLOAT_SPECS);
    }

    #[test]
    fn str_specs_match_cpython() {
        check_group(STR_VALUES, STR_SPECS);
    }

    #[test]
    fn other_values_use_object_format() {
        for (v, spec, want) in OTHER_FORMATS {
            assert_eq!(shown(format_value(&mut TestHost, &v(), spec)), *want, "format({:?}, {spec:?})", v());
        }
    }

    #[test]
    fn grouping_pads_with_grouped_zeros() {
        let g = |d: &str, w: i64| group_digits(d, w, ',', 3);
        assert_eq!(g("1234", 0), "1,234");
        assert_eq!(g("1234", 9), "0,001,234");
        assert_eq!(g("1234", 8), "0,001,234");
        assert_eq!(g("1234", 10), "00,001,234");
        assert_eq!(g("123", 0), "123");
        assert_eq!(group_digits("5", 4, ',', 0), "0005");
        assert_eq!(group_digits("12345", 0, '_', 4), "1_2345");
    }

    #[test]
    fn percent_matches_cpython() {
        for (fmt, args, want) in PERCENT {
            let got = shown(percent(&mut TestHost, fmt, &args()));
            assert_eq!(got, *want, "{fmt:?} % {:?}", args());
        }
    }

    #[test]
    fn str_format_matches_cpython() {
        for (fmt, args, kwargs, want) in STR_FORMAT {
            let kw: Vec<(Name, Value)> = kwargs.iter().map(|(k, v)| (Rc::from(*k), v())).collect();
            let got = shown(str_format(&mut TestHost, fmt, &args(), &kw));
            assert_eq!(got, *want, "{fmt:?}.format({:?}, {kw:?})", args());
        }
    }

    const INT_VALUES: &[fn() -> Value] = &[|| Value::Int(0), || Value::Int(-1), || Value::Int(1234567), || Value::Int(255), || big("1180591620717411303424"), || Value::Bool(true), || Value::Int(i64::MIN)];
    const INT_SPECS: &[(&str, &[&str])] = &[
        ("", &["0", "-1", "1234567", "255", "1180591620717411303424", "True", "-9223372036854775808"]),
        ("d", &["0", "-1", "1234567", "255", "1180591620717411303424", "1", "-9223372036854775808"]),
        ("x", &["0", "-1", "12d687", "ff", "400000000000000000", "1", "-8000000000000000"]),
        ("#x", &["0x0", "-0x1", "0x12d687", "0xff", "0x400000000000000000", "0x1", "-0x8000000000000000"]),
        ("X", &["0", "-1", "12D687", "FF", "400000000000000000", "1", "-8000000000000000"]),
        ("#X", &["0X0", "-0X1", "0X12D687", "0XFF", "0X400000000000000000", "0X1", "-0X8000000000000000"]),
        ("o", &["0", "-1", "4553207", "377", "200000000000000000000000", "1", "-1000000000000000000000"]),
        ("#o", &["0o0", "-0o1", "0o4553207", "0o377", "0o200000000000000000000000", "0o1", "-0o1000000000000000000000"]),
        ("b", &["0", "-1", "100101101011010000111", "11111111", "10000000000000000000000000000000000000000000000000000000000000000000000", "1", "-1000000000000000000000000000000000000000000000000000000000000000"]),
        ("#b", &["0b0", "-0b1", "0b100101101011010000111", "0b11111111", "0b10000000000000000000000000000000000000000000000000000000000000000000000", "0b1", "-0b1000000000000000000000000000000000000000000000000000000000000000"]),
        ("c", &["\u{0}", "OverflowError: %c arg not in range(0x110000)", "OverflowError: %c arg not in range(0x110000)", "ÿ", "OverflowError: Python int too large to convert to C long", "\u{1}", "OverflowError: %c arg not in range(0x110000)"]),
        ("e", &["0.000000e+00", "-1.000000e+00", "1.234567e+06", "2.550000e+02", "1.180592e+21", "1.000000e+00", "-9.223372e+18"]),
        ("E", &["0.000000E+00", "-1.000000E+00", "1.234567E+06", "2.550000E+02", "1.180592E+21", "1.000000E+00", "-9.223372E+18"]),
        ("f", &["0.000000", "-1.000000", "1234567.000000", "255.000000", "1180591620717411303424.000000", "1.000000", "-9223372036854775808.000000"]),
        ("g", &["0", "-1", "1.23457e+06", "255", "1.18059e+21", "1", "-9.22337e+18"]),
        ("%", &["0.000000%", "-100.000000%", "123456700.000000%", "25500.000000%", "118059162071741130342400.000000%", "100.000000%", "-922337203685477580800.000000%"]),
        ("n", &["0", "-1", "1234567", "255", "1180591620717411303424", "1", "-9223372036854775808"]),
        ("s", &["ValueError: Unknown format code 's' for object of type 'int'", "ValueError: Unknown format code 's' for object of type 'int'", "ValueError: Unknown format code 's' for object of type 'int'", "ValueError: Unknown format code 's' for object of type 'int'", "ValueError: Unknown format code 's' for object of type 'int'", "ValueError: Unknown format code 's' for object of type 'bool'", "ValueError: Unknown format code 's' for object of type 'int'"]),
        ("10", &["         0", "        -1", "   1234567", "       255", "1180591620717411303424", "         1", "-9223372036854775808"]),
        ("<10", &["0         ", "-1        ", "1234567   ", "255       ", "1180591620717411303424", "1         ", "-9223372036854775808"]),
        ("^10", &["    0     ", "    -1    ", " 1234567  ", "   255    ", "1180591620717411303424", "    1     ", "-9223372036854775808"]),
        ("=10", &["         0", "-        1", "   1234567", "       255", "1180591620717411303424", "         1", "-9223372036854775808"]),
        ("*^10", &["****0*****", "****-1****", "*1234567**", "***255****", "1180591620717411303424", "****1*****", "-9223372036854775808"]),
        ("010", &["0000000000", "-000000001", "0001234567", "0000000255", "1180591620717411303424", "0000000001", "-9223372036854775808"]),
        ("+", &["+0", "-1", "+1234567", "+255", "+1180591620717411303424", "+1", "-9223372036854775808"]),
        (" ", &[" 0", "-1", " 1234567", " 255", " 1180591620717411303424", " 1", "-9223372036854775808"]),
        ("-", &["0", "-1", "1234567", "255", "1180591620717411303424", "1", "-9223372036854775808"]),
        (",", &["0", "-1", "1,234,567", "255", "1,180,591,620,717,411,303,424", "1", "-9,223,372,036,854,775,808"]),
        ("_", &["0", "-1", "1_234_567", "255", "1_180_591_620_717_411_303_424", "1", "-9_223_372_036_854_775_808"]),
        ("_x", &["0", "-1", "12_d687", "ff", "40_0000_0000_0000_0000", "1", "-8000_0000_0000_0000"]),
        ("#_b", &["0b0", "-0b1", "0b1_0010_1101_0110_1000_0111", "0b1111_1111", "0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000", "0b1", "-0b1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"]),
        (".2", &["ValueError: Precision not allowed in integer format specifier", "ValueError: Precision not allowed in integer format specifier", "ValueError: Precision not allowed in integer format specifier", "ValueError: Precision not allowed in integer format specifier", "ValueError: Precision not allowed in integer format specifier", "ValueError: Precision not allowed in integer format specifier", "ValueError: Precision not allowed in integer format specifier"]),
        ("020,", &["0,000,000,000,000,000", "-000,000,000,000,001", "0,000,000,001,234,567", "0,000,000,000,000,255", "1,180,591,620,717,411,303,424", "0,000,000,000,000,001", "-9,223,372,036,854,775,808"]),
        ("08,d", &["0,000,000", "-000,001", "1,234,567", "0,000,255", "1,180,591,620,717,411,303,424", "0,000,001", "-9,223,372,036,854,775,808"]),
        ("#010x", &["0x00000000", "-0x0000001", "0x0012d687", "0x000000ff", "0x400000000000000000", "0x00000001", "-0x8000000000000000"]),
        ("0<8", &["00000000", "-1000000", "12345670", "25500000", "1180591620717411303424", "10000000", "-9223372036854775808"]),
        ("x>+14,", &["xxxxxxxxxxxx+0", "xxxxxxxxxxxx-1", "xxxx+1,234,567", "xxxxxxxxxx+255", "+1,180,591,620,717,411,303,424", "xxxxxxxxxxxx+1", "-9,223,372,036,854,775,808"]),
        ("z", &["ValueError: Negative zero coercion (z) not allowed in integer format specifier", "ValueError: Negative zero coercion (z) not allowed in integer format specifier", "ValueError: Negative zero coercion (z) not allowed in integer format specifier", "ValueError: Negative zero coercion (z) not allowed in integer format specifier", "ValueError: Negative zero coercion (z) not allowed in integer format specifier", "ValueError: Negative zero coercion (z) not allowed in integer format specifier", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"]),
        (",n", &["ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'."]),
        (",c", &["ValueError: Cannot specify ',' with 'c'.", "ValueError: Cannot specify ',' with 'c'.", "ValueError: Cannot specify ',' with 'c'.", "ValueError: Cannot specify ',' with 'c'.", "ValueError: Cannot specify ',' with 'c'.", "ValueError: Cannot specify ',' with 'c'.", "ValueError: Cannot specify ',' with 'c'."]),
        (",_", &["ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'."]),
        ("_,", &["ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'.", "ValueError: Cannot specify both ',' and '_'."]),
        ("12_", &["           0", "          -1", "   1_234_567", "         255", "1_180_591_620_717_411_303_424", "           1", "-9_223_372_036_854_775_808"]),
        ("#", &["0", "-1", "1234567", "255", "1180591620717411303424", "1", "-9223372036854775808"]),
        ("0", &["0", "-1", "1234567", "255", "1180591620717411303424", "1", "-9223372036854775808"]),
        ("00", &["0", "-1", "1234567", "255", "1180591620717411303424", "1", "-9223372036854775808"]),
        ("+c", &["ValueError: Sign not allowed with integer format specifier 'c'", "ValueError: Sign not allowed with integer format specifier 'c'", "ValueError: Sign not allowed with integer format specifier 'c'", "ValueError: Sign not allowed with integer format specifier 'c'", "ValueError: Sign not allowed with integer format specifier 'c'", "ValueError: Sign not allowed with integer format specifier 'c'", "ValueError: Sign not allowed with integer format specifier 'c'"]),
        ("#c", &["ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"]),
        ("=", &["0", "-1", "1234567", "255", "1180591620717411303424", "1", "-9223372036854775808"]),
        ("abc", &["ValueError: Invalid format specifier 'abc' for object of type 'int'", "ValueError: Invalid format specifier 'abc' for object of type 'int'", "ValueError: Invalid format specifier 'abc' for object of type 'int'", "ValueError: Invalid format specifier 'abc' for object of type 'int'", "ValueError: Invalid format specifier 'abc' for object of type 'int'", "ValueError: Invalid format specifier 'abc' for object of type 'bool'", "ValueError: Invalid format specifier 'abc' for object of type 'int'"]),
        ("q", &["ValueError: Unknown format code 'q' for object of type 'int'", "ValueError: Unknown format code 'q' for object of type 'int'", "ValueError: Unknown format code 'q' for object of type 'int'", "ValueError: Unknown format code 'q' for object of type 'int'", "ValueError: Unknown format code 'q' for object of type 'int'", "ValueError: Unknown format code 'q' for object of type 'bool'", "ValueError: Unknown format code 'q' for object of type 'int'"]),
        ("\u{1}", &["ValueError: Unknown format code '\\x1' for object of type 'int'", "ValueError: Unknown format code '\\x1' for object of type 'int'", "ValueError: Unknown format code '\\x1' for object of type 'int'", "ValueError: Unknown format code '\\x1' for object of type 'int'", "ValueError: Unknown format code '\\x1' for object of type 'int'", "ValueError: Unknown format code '\\x1' for object of type 'bool'", "ValueError: Unknown format code '\\x1' for object of type 'int'"]),
        (" ^+12", &["     +0     ", "     -1     ", "  +1234567  ", "    +255    ", "+1180591620717411303424", "     +1     ", "-9223372036854775808"]),
        ("中^9", &["中中中中0中中中中", "中中中-1中中中中", "中1234567中", "中中中255中中中", "1180591620717411303424", "中中中中1中中中中", "-9223372036854775808"]),
        (".", &["ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision"]),
        ("10000000000000000000000", &["ValueError: Too many decimal digits in format string", "ValueError: Too many decimal digits in format string", "ValueError: Too many decimal digits in format string", "ValueError: Too many decimal digits in format string", "ValueError: Too many decimal digits in format string", "ValueError: Too many decimal digits in format string", "ValueError: Too many decimal digits in format string"]),
    ];
    const FLOAT_VALUES: &[fn() -> Value] = &[|| Value::Float(0.0), || Value::Float(-0.0), || Value::Float(1.5), || Value::Float(1234567.891), || Value::Float(1e+16), || Value::Float(1e-05), || Value::Float(2.675), || Value::Float(0.125), || Value::Float(f64::INFINITY), || Value::Float(f64::NAN), || Value::Float(-1e-09), || Value::Float(123456789.0)];
    const FLOAT_SPECS: &[(&str, &[&str])] = &[
        ("", &["0.0", "-0.0", "1.5", "1234567.891", "1e+16", "1e-05", "2.675", "0.125", "inf", "nan", "-1e-09", "123456789.0"]),
        ("e", &["0.000000e+00", "-0.000000e+00", "1.500000e+00", "1.234568e+06", "1.000000e+16", "1.000000e-05", "2.675000e+00", "1.250000e-01", "inf", "nan", "-1.000000e-09", "1.234568e+08"]),
        ("E", &["0.000000E+00", "-0.000000E+00", "1.500000E+00", "1.234568E+06", "1.000000E+16", "1.000000E-05", "2.675000E+00", "1.250000E-01", "INF", "NAN", "-1.000000E-09", "1.234568E+08"]),
        ("f", &["0.000000", "-0.000000", "1.500000", "1234567.891000", "10000000000000000.000000", "0.000010", "2.675000", "0.125000", "inf", "nan", "-0.000000", "123456789.000000"]),
        ("F", &["0.000000", "-0.000000", "1.500000", "1234567.891000", "10000000000000000.000000", "0.000010", "2.675000", "0.125000", "INF", "NAN", "-0.000000", "123456789.000000"]),
        ("g", &["0", "-0", "1.5", "1.23457e+06", "1e+16", "1e-05", "2.675", "0.125", "inf", "nan", "-1e-09", "1.23457e+08"]),
        ("G", &["0", "-0", "1.5", "1.23457E+06", "1E+16", "1E-05", "2.675", "0.125", "INF", "NAN", "-1E-09", "1.23457E+08"]),
        ("%", &["0.000000%", "-0.000000%", "150.000000%", "123456789.100000%", "1000000000000000000.000000%", "0.001000%", "267.500000%", "12.500000%", "inf%", "nan%", "-0.000000%", "12345678900.000000%"]),
        ("n", &["0", "-0", "1.5", "1.23457e+06", "1e+16", "1e-05", "2.675", "0.125", "inf", "nan", "-1e-09", "1.23457e+08"]),
        (".0f", &["0", "-0", "2", "1234568", "10000000000000000", "0", "3", "0", "inf", "nan", "-0", "123456789"]),
        (".2f", &["0.00", "-0.00", "1.50", "1234567.89", "10000000000000000.00", "0.00", "2.67", "0.12", "inf", "nan", "-0.00", "123456789.00"]),
        (".3e", &["0.000e+00", "-0.000e+00", "1.500e+00", "1.235e+06", "1.000e+16", "1.000e-05", "2.675e+00", "1.250e-01", "inf", "nan", "-1.000e-09", "1.235e+08"]),
        (".10g", &["0", "-0", "1.5", "1234567.891", "1e+16", "1e-05", "2.675", "0.125", "inf", "nan", "-1e-09", "123456789"]),
        ("#g", &["0.00000", "-0.00000", "1.50000", "1.23457e+06", "1.00000e+16", "1.00000e-05", "2.67500", "0.125000", "inf", "nan", "-1.00000e-09", "1.23457e+08"]),
        ("#.0f", &["0.", "-0.", "2.", "1234568.", "10000000000000000.", "0.", "3.", "0.", "inf", "nan", "-0.", "123456789."]),
        ("#.0e", &["0.e+00", "-0.e+00", "2.e+00", "1.e+06", "1.e+16", "1.e-05", "3.e+00", "1.e-01", "inf", "nan", "-1.e-09", "1.e+08"]),
        ("z.2f", &["0.00", "0.00", "1.50", "1234567.89", "10000000000000000.00", "0.00", "2.67", "0.12", "inf", "nan", "0.00", "123456789.00"]),
        ("z", &["0.0", "0.0", "1.5", "1234567.891", "1e+16", "1e-05", "2.675", "0.125", "inf", "nan", "-1e-09", "123456789.0"]),
        ("+010.3f", &["+00000.000", "-00000.000", "+00001.500", "+1234567.891", "+10000000000000000.000", "+00000.000", "+00002.675", "+00000.125", "+000000inf", "+000000nan", "-00000.000", "+123456789.000"]),
        ("020,", &["00,000,000,000,000.0", "-0,000,000,000,000.0", "00,000,000,000,001.5", "0,000,001,234,567.891", "0,000,000,000,001e+16", "0,000,000,000,001e-05", "0,000,000,000,002.675", "0,000,000,000,000.125", "00000000000000000inf", "00000000000000000nan", "-000,000,000,001e-09", "00,000,123,456,789.0"]),
        ("^+12.3", &["    +0.0    ", "    -0.0    ", "    +1.5    ", " +1.23e+06  ", "   +1e+16   ", "   +1e-05   ", "   +2.67    ", "   +0.125   ", "    +inf    ", "    +nan    ", "   -1e-09   ", " +1.23e+08  "]),
        (",.2f", &["0.00", "-0.00", "1.50", "1,234,567.89", "10,000,000,000,000,000.00", "0.00", "2.67", "0.12", "inf", "nan", "-0.00", "123,456,789.00"]),
        ("_", &["0.0", "-0.0", "1.5", "1_234_567.891", "1e+16", "1e-05", "2.675", "0.125", "inf", "nan", "-1e-09", "123_456_789.0"]),
        (",", &["0.0", "-0.0", "1.5", "1,234,567.891", "1e+16", "1e-05", "2.675", "0.125", "inf", "nan", "-1e-09", "123,456,789.0"]),
        (".3", &["0.0", "-0.0", "1.5", "1.23e+06", "1e+16", "1e-05", "2.67", "0.125", "inf", "nan", "-1e-09", "1.23e+08"]),
        (".0", &["0e+00", "-0e+00", "2e+00", "1e+06", "1e+16", "1e-05", "3e+00", "0.1", "inf", "nan", "-1e-09", "1e+08"]),
        (".1", &["0e+00", "-0e+00", "2e+00", "1e+06", "1e+16", "1e-05", "3e+00", "0.1", "inf", "nan", "-1e-09", "1e+08"]),
        (".17", &["0.0", "-0.0", "1.5", "1234567.8910000001", "1e+16", "1.0000000000000001e-05", "2.6749999999999998", "0.125", "inf", "nan", "-1.0000000000000001e-09", "123456789.0"]),
        ("10", &["       0.0", "      -0.0", "       1.5", "1234567.891", "     1e+16", "     1e-05", "     2.675", "     0.125", "       inf", "       nan", "    -1e-09", "123456789.0"]),
        ("<10", &["0.0       ", "-0.0      ", "1.5       ", "1234567.891", "1e+16     ", "1e-05     ", "2.675     ", "0.125     ", "inf       ", "nan       ", "-1e-09    ", "123456789.0"]),
        ("=+12.2f", &["+       0.00", "-       0.00", "+       1.50", "+ 1234567.89", "+10000000000000000.00", "+       0.00", "+       2.67", "+       0.12", "+        inf", "+        nan", "-       0.00", "+123456789.00"]),
        ("0", &["0.0", "-0.0", "1.5", "1234567.891", "1e+16", "1e-05", "2.675", "0.125", "inf", "nan", "-1e-09", "123456789.0"]),
        ("#", &["0.0", "-0.0", "1.5", "1234567.891", "1.e+16", "1.e-05", "2.675", "0.125", "inf", "nan", "-1.e-09", "123456789.0"]),
        (" ", &[" 0.0", "-0.0", " 1.5", " 1234567.891", " 1e+16", " 1e-05", " 2.675", " 0.125", " inf", " nan", "-1e-09", " 123456789.0"]),
        (".2%", &["0.00%", "-0.00%", "150.00%", "123456789.10%", "1000000000000000000.00%", "0.00%", "267.50%", "12.50%", "inf%", "nan%", "-0.00%", "12345678900.00%"]),
        ("z.1%", &["0.0%", "0.0%", "150.0%", "123456789.1%", "1000000000000000000.0%", "0.0%", "267.5%", "12.5%", "inf%", "nan%", "0.0%", "12345678900.0%"]),
        ("x>+14,.1f", &["xxxxxxxxxx+0.0", "xxxxxxxxxx-0.0", "xxxxxxxxxx+1.5", "xx+1,234,567.9", "+10,000,000,000,000,000.0", "xxxxxxxxxx+0.0", "xxxxxxxxxx+2.7", "xxxxxxxxxx+0.1", "xxxxxxxxxx+inf", "xxxxxxxxxx+nan", "xxxxxxxxxx-0.0", "+123,456,789.0"]),
        (".20f", &["0.00000000000000000000", "-0.00000000000000000000", "1.50000000000000000000", "1234567.89100000006146728992", "10000000000000000.00000000000000000000", "0.00001000000000000000", "2.67499999999999982236", "0.12500000000000000000", "inf", "nan", "-0.00000000100000000000", "123456789.00000000000000000000"]),
        ("d", &["ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'", "ValueError: Unknown format code 'd' for object of type 'float'"]),
        ("x", &["ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'"]),
        ("_x", &["ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'", "ValueError: Unknown format code 'x' for object of type 'float'"]),
        (",n", &["ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'.", "ValueError: Cannot specify ',' with 'n'."]),
        (".", &["ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision", "ValueError: Format specifier missing precision"]),
        ("abc", &["ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'", "ValueError: Invalid format specifier 'abc' for object of type 'float'"]),
        ("10.4n", &["         0", "        -0", "       1.5", " 1.235e+06", "     1e+16", "     1e-05", "     2.675", "     0.125", "       inf", "       nan", "    -1e-09", " 1.235e+08"]),
    ];
    const STR_VALUES: &[fn() -> Value] = &[|| Value::str("abc"), || Value::str("中文"), || Value::str("")];
    const STR_SPECS: &[(&str, &[&str])] = &[
        ("", &["abc", "中文", ""]),
        ("s", &["abc", "中文", ""]),
        ("10", &["abc       ", "中文        ", "          "]),
        ("<10", &["abc       ", "中文        ", "          "]),
        (">10", &["       abc", "        中文", "          "]),
        ("^10", &["   abc    ", "    中文    ", "          "]),
        ("*^9", &["***abc***", "***中文****", "*********"]),
        ("05", &["abc00", "中文000", "00000"]),
        (".1", &["a", "中", ""]),
        (".2s", &["ab", "中文", ""]),
        ("^7.1", &["   a   ", "   中   ", "       "]),
        ("+", &["ValueError: Sign not allowed in string format specifier", "ValueError: Sign not allowed in string format specifier", "ValueError: Sign not allowed in string format specifier"]),
        (" ", &["ValueError: Space not allowed in string format specifier", "ValueError: Space not allowed in string format specifier", "ValueError: Space not allowed in string format specifier"]),
        ("#", &["ValueError: Alternate form (#) not allowed in string format specifier", "ValueError: Alternate form (#) not allowed in string format specifier", "ValueError: Alternate form (#) not allowed in string format specifier"]),
        ("z", &["ValueError: Negative zero coercion (z) not allowed in string format specifier", "ValueError: Negative zero coercion (z) not allowed in string format specifier", "ValueError: Negative zero coercion (z) not allowed in string format specifier"]),
        ("=5", &["ValueError: '=' alignment not allowed in string format specifier", "ValueError: '=' alignment not allowed in string format specifier", "ValueError: '=' alignment not allowed in string format specifier"]),
        (",", &["ValueError: Cannot specify ',' with 's'.", "ValueError: Cannot specify ',' with 's'.", "ValueError: Cannot specify ',' with 's'."]),
        ("d", &["ValueError: Unknown format code 'd' for object of type 'str'", "ValueError: Unknown format code 'd' for object of type 'str'", "ValueError: Unknown format code 'd' for object of type 'str'"]),
        ("10.0", &["          ", "          ", "          "]),
        ("0=5", &["ValueError: '=' alignment not allowed in string format specifier", "ValueError: '=' alignment not allowed in string format specifier", "ValueError: '=' alignment not allowed in string format specifier"]),
    ];
    const OTHER_FORMATS: &[(fn() -> Value, &str, &str)] = &[
        (|| Value::None, "", "None"),
        (|| Value::None, "s", "TypeError: unsupported format string passed to NoneType.__format__"),
        (|| Value::list(vec![Value::Int(1)]), "", "[1]"),
        (|| Value::list(vec![Value::Int(1)]), ">5", "TypeError: unsupported format string passed to list.__format__"),
        (|| Value::tuple(vec![Value::Int(1), Value::str("a")]), "", "(1, 'a')"),
        (|| dict(vec![(Value::Int(1), Value::Int(2))]), "", "{1: 2}"),
    ];
    const PERCENT: &[(&str, fn() -> Value, &str)] = &[
        ("%d", || Value::str("x"), "TypeError: %d format: a real number is required, not str"),
        ("%x", || Value::Float(1.5), "TypeError: %x format: an integer is required, not float"),
        ("%d", || Value::Float(3.7), "3"),
        ("%y", || Value::Int(1), "ValueError: unsupported format character 'y' (0x79) at index 1"),
        ("%y", || Value::tuple(vec![]), "TypeError: not enough arguments for format string"),
        ("%", || Value::Int(1), "ValueError: incomplete format"),
        ("%(a)s", || Value::Int(1), "TypeError: format requires a mapping"),
        ("%(a", || dict(vec![(Value::str("a"), Value::Int(1))]), "ValueError: incomplete format key"),
        ("%s %s", || Value::tuple(vec![Value::Int(1)]), "TypeError: not enough arguments for format string"),
        ("%s", || Value::tuple(vec![Value::Int(1), Value::Int(2)]), "TypeError: not all arguments converted during string formatting"),
        ("hello", || Value::Int(5), "TypeError: not all arguments converted during string formatting"),
        ("hello", || Value::list(vec![]), "hello"),
        ("hello", || dict(vec![]), "hello"),
        ("hello", || Value::Bytes(Rc::from(&b"x"[..])), "hello"),
        ("hello", || Value::tuple(vec![]), "hello"),
        ("%5%", || Value::tuple(vec![]), "TypeError: not enough arguments for format string"),
        ("%c", || Value::str("ab"), "TypeError: %c requires int or char"),
        ("%c", || Value::Float(1.5), "TypeError: %c requires int or char"),
        ("%c", || Value::Int(1114112), "OverflowError: %c arg not in range(0x110000)"),
        ("%c", || Value::Int(-1), "OverflowError: %c arg not in range(0x110000)"),
        ("%c", || Value::Bool(true), "\u{1}"),
        ("%c", || Value::Int(20013), "中"),
        ("%c", || Value::str("é"), "é"),
        ("%*d", || Value::tuple(vec![Value::str("a"), Value::Int(1)]), "TypeError: * wants int"),
        ("%(a)s %s", || dict(vec![(Value::str("a"), Value::Int(1))]), "TypeError: not enough arguments for format string"),
        ("%.3d", || Value::Int(5), "005"),
        ("%+.3d", || Value::Int(-5), "-005"),
        ("%#x", || Value::Int(255), "0xff"),
        ("%#08x", || Value::Int(255), "0x0000ff"),
        ("%-#8x|", || Value::Int(255), "0xff    |"),
        ("%#o", || Value::Int(8), "0o10"),
        ("%X", || Value::Int(255), "FF"),
        ("%#X", || Value::Int(255), "0XFF"),
        ("%05d", || Value::Int(-42), "-0042"),
        ("%-05d|", || Value::Int(-42), "-42  |"),
        ("% d", || Value::Int(42), " 42"),
        ("%+d", || Value::Int(42), "+42"),
        ("%e", || Value::Float(12345.678), "1.234568e+04"),
        ("%E", || Value::Float(12345.678), "1.234568E+04"),
        ("%g", || Value::Float(12345.678), "12345.7"),
        ("%g", || Value::Float(1234567.0), "1.23457e+06"),
        ("%#g", || Value::Float(1.0), "1.00000"),
        ("%.0e", || Value::Float(12345.0), "1e+04"),
        ("%10.3f|", || Value::Float(3.14159), "     3.142|"),
        ("%-10.3f|", || Value::Float(3.14159), "3.142     |"),
        ("%010.3f", || Value::Float(-3.14159), "-00003.142"),
        ("%f", || Value::Float(f64::INFINITY), "inf"),
        ("%05f", || Value::Float(f64::INFINITY), "00inf"),
        ("%F", || Value::Float(f64::NAN), "NAN"),
        ("%+f", || Value::Float(f64::NAN), "+nan"),
        ("%s", || Value::Float(1.0), "1.0"),
        ("%r", || Value::str("a"), "'a'"),
        ("%a", || Value::str("é中😀"), "'\\xe9\\u4e2d\\U0001f600'"),
        ("%5s|", || Value::str("ab"), "   ab|"),
        ("%-5s|", || Value::str("ab"), "ab   |"),
        ("%.1s", || Value::str("ab"), "a"),
        ("%05s", || Value::str("ab"), "   ab"),
        ("%c", || Value::Int(65), "A"),
        ("%5c|", || Value::Int(65), "    A|"),
        ("%-5c|", || Value::Int(65), "A    |"),
        ("%d", || Value::Bool(true), "1"),
        ("%s", || Value::Bool(true), "True"),
        ("%i", || big("1180591620717411303424"), "1180591620717411303424"),
        ("%f", || big("1180591620717411303424"), "1180591620717411303424.000000"),
        ("%f", || Value::str("x"), "TypeError: must be real number, not str"),
        ("%d", || Value::None, "TypeError: %d format: a real number is required, not NoneType"),
        ("%d", || Value::Float(f64::INFINITY), "OverflowError: cannot convert float infinity to integer"),
        ("%d", || Value::Float(f64::NAN), "ValueError: cannot convert float NaN to integer"),
        ("%.2f%%", || Value::Float(12.3456), "12.35%"),
        ("%*.*f", || Value::tuple(vec![Value::Int(8), Value::Int(2), Value::Float(3.14159)]), "    3.14"),
        ("%*d|", || Value::tuple(vec![Value::Int(-5), Value::Int(3)]), "3    |"),
        ("%ld", || Value::Int(5), "5"),
        ("%hd %Lf", || Value::tuple(vec![Value::Int(5), Value::Float(1.5)]), "5 1.500000"),
        ("%d %d", || Value::list(vec![Value::Int(1), Value::Int(2)]), "TypeError: %d format: a real number is required, not list"),
        ("%#.3g", || Value::Float(1.0), "1.00"),
        ("%.3g", || Value::Float(1.0), "1"),
        ("%g", || Value::Float(0.0001), "0.0001"),
        ("%g", || Value::Float(1e-05), "1e-05"),
        ("%g", || Value::Float(1e+16), "1e+16"),
        ("%.15g", || Value::Float(0.1), "0.1"),
        ("%.17g", || Value::Float(0.1), "0.10000000000000001"),
        ("%#x", || Value::Int(0), "0x0"),
        ("%#o", || Value::Int(0), "0o0"),
        ("%x", || Value::Int(-255), "-ff"),
        ("%#x", || Value::Int(-255), "-0xff"),
        ("%#5x|", || Value::Int(-255), "-0xff|"),
        ("%#07x|", || Value::Int(-255), "-0x00ff|"),
        ("%+#x", || Value::Int(255), "+0xff"),
        ("% #x", || Value::Int(255), " 0xff"),
        ("%.5x", || Value::Int(255), "000ff"),
        ("%#.5x", || Value::Int(255), "0x000ff"),
        ("%#10.5x|", || Value::Int(255), "   0x000ff|"),
        ("%+.5d", || Value::Int(255), "+00255"),
        ("%+05d", || Value::Int(255), "+0255"),
        ("%-+5d|", || Value::Int(255), "+255 |"),
        ("%+s", || Value::str("ab"), "ab"),
        ("%+5s|", || Value::str("ab"), "   ab|"),
        ("% 5s|", || Value::str("ab"), "   ab|"),
        ("%(a)s", || dict(vec![(Value::str("a"), Value::list(vec![Value::Int(1), Value::Int(2)]))]), "[1, 2]"),
        ("%(a)d %(b)05.1f", || dict(vec![(Value::str("a"), Value::Int(1)), (Value::str("b"), Value::Float(2.25))]), "1 002.2"),
        ("%()s", || dict(vec![(Value::str(""), Value::Int(3))]), "3"),
        ("%(a(b))s", || dict(vec![(Value::str("a(b)"), Value::Int(3))]), "3"),
        ("%(x)s", || dict(vec![(Value::str("a"), Value::Int(1))]), "KeyError: 'x'"),
        ("%s", || Value::tuple(vec![Value::tuple(vec![Value::Int(1), Value::Int(2)])]), "(1, 2)"),
        ("%s", || Value::list(vec![Value::Int(1), Value::Int(2)]), "[1, 2]"),
        ("%s %s", || Value::Int(1), "TypeError: not enough arguments for format string"),
        ("%d%%", || Value::Int(5), "5%"),
        ("%z", || Value::tuple(vec![]), "TypeError: not enough arguments for format string"),
        ("%\u{1}", || Value::Int(1), "ValueError: unsupported format character '?' (0x1) at index 1"),
        ("%é", || Value::Int(1), "ValueError: unsupported format character '?' (0xe9) at index 1"),
        ("ab%", || Value::Int(1), "ValueError: incomplete format"),
        ("%*s", || Value::tuple(vec![Value::Float(2.0), Value::str("a")]), "TypeError: * wants int"),
        ("%.*s", || Value::tuple(vec![Value::Int(1), Value::str("ab")]), "a"),
        ("%(a)*d", || dict(vec![(Value::str("a"), Value::Int(1))]), "TypeError: not enough arguments for format string"),
        ("%s", || Value::tuple(vec![]), "TypeError: not enough arguments for format string"),
        ("%i", || Value::Float(5.9), "5"),
        ("%u", || Value::Float(-5.9), "-5"),
        ("%d", || big("9223372036854775808"), "9223372036854775808"),
        ("%.2d", || Value::Int(-5), "-05"),
        ("%o", || Value::Int(8), "10"),
        ("%x", || big("1180591620717411303424"), "400000000000000000"),
        ("%X", || big("-1180591620717411303424"), "-400000000000000000"),
        ("%e", || Value::Int(1), "1.000000e+00"),
        ("%e", || big("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376"), "OverflowError: int too large to convert to float"),
        ("%g", || Value::Float(0.0001), "0.0001"),
        ("%.0f", || Value::Float(0.5), "0"),
        ("%.0f", || Value::Float(1.5), "2"),
        ("%10.4e|", || Value::Float(1e-300), "1.0000e-300|"),
        ("%10.4E|", || Value::Float(1e+300), "1.0000E+300|"),
        ("%.60f", || Value::Float(0.1), "0.100000000000000005551115123125782702118158340454101562500000"),
        ("%.100f", || Value::Float(1.0), "1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("%s|%r", || Value::tuple(vec![Value::str("中"), Value::str("中")]), "中|'中'"),
        ("%s", || dict(vec![(Value::str("a"), Value::Int(1))]), "{'a': 1}"),
        ("%(a)s", || dict(vec![(Value::str("a"), Value::str("x")), (Value::str("b"), Value::Int(2))]), "x"),
        ("%-5d|%5s|", || Value::tuple(vec![Value::Int(3), Value::str("x")]), "3    |    x|"),
        ("%-*d|", || Value::tuple(vec![Value::Int(5), Value::Int(3)]), "3    |"),
        ("%.*f", || Value::tuple(vec![Value::Int(2), Value::Float(3.14159)]), "3.14"),
        ("%.*f", || Value::tuple(vec![Value::Int(-2), Value::Float(3.14159)]), "3"),
        ("%5.1s|", || Value::str("abc"), "    a|"),
        ("%%%s%%", || Value::str("x"), "%x%"),
        ("%s", || Value::str(""), ""),
        ("", || Value::tuple(vec![]), ""),
        ("%0-5d|", || Value::Int(3), "3    |"),
        ("%r", || Value::Float(1.5), "1.5"),
        ("%a", || Value::Float(1.5), "1.5"),
        ("%r", || Value::list(vec![Value::Int(1), Value::str("a"), Value::None]), "[1, 'a', None]"),
        ("%s", || Value::tuple(vec![Value::Int(1)]), "1"),
        ("%s", || Value::Bytes(Rc::from(&b"ab"[..])), "b'ab'"),
        ("%r", || Value::str("a'b"), "\"a'b\""),
        ("%d", || Value::Float(-0.0), "0"),
        ("%.1f", || Value::Float(-0.0), "-0.0"),
        ("%08.3e", || Value::Float(-1.5), "-1.500e+00"),
        ("%+.2e", || Value::Float(0.0), "+0.00e+00"),
        ("% .2e", || Value::Float(0.0), " 0.00e+00"),
    ];
    const STR_FORMAT: &[(&str, fn() -> Vec<Value>, &[(&str, fn() -> Value)], &str)] = &[
        ("{} {}", || vec![Value::Int(1)], &[], "IndexError: Replacement index 1 out of range for positional args tuple"),
        ("{0} {}", || vec![Value::Int(1), Value::Int(2)], &[], "ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("{} {0}", || vec![Value::Int(1), Value::Int(2)], &[], "ValueError: cannot switch from automatic field numbering to manual field specification"),
        ("{", || vec![], &[], "ValueError: Single '{' encountered in format string"),
        ("}", || vec![], &[], "ValueError: Single '}' encountered in format string"),
        ("{0", || vec![], &[], "ValueError: expected '}' before end of string"),
        ("{0!x}", || vec![Value::Int(1)], &[], "ValueError: Unknown conversion specifier x"),
        ("{0!r:>5}", || vec![Value::str("a")], &[], "  'a'"),
        ("{!}", || vec![Value::Int(1)], &[], "ValueError: unmatched '{' in format spec"),
        ("{0!rr}", || vec![Value::Int(1)], &[], "ValueError: expected ':' after conversion specifier"),
        ("{a}", || vec![], &[("b", || Value::Int(1))], "KeyError: 'a'"),
        ("{5}", || vec![Value::Int(1)], &[], "IndexError: Replacement index 5 out of range for positional args tuple"),
        ("{0[1]}", || vec![dict(vec![(Value::Int(1), Value::str("a"))])], &[], "a"),
        ("{0[a]}", || vec![dict(vec![(Value::str("a"), Value::Int(2))])], &[], "2"),
        ("{0[x]}", || vec![dict(vec![(Value::str("a"), Value::Int(2))])], &[], "KeyError: 'x'"),
        ("{0[1]}", || vec![Value::list(vec![Value::Int(1), Value::Int(2)])], &[], "2"),
        ("{0[5]}", || vec![Value::list(vec![Value::Int(1), Value::Int(2)])], &[], "IndexError: list index out of range"),
        ("{0[1]}", || vec![Value::tuple(vec![Value::Int(1), Value::Int(2)])], &[], "2"),
        ("{0[1]}", || vec![Value::str("ab")], &[], "b"),
        ("{0[a]}", || vec![Value::list(vec![Value::Int(1)])], &[], "TypeError: list indices must be integers or slices, not str"),
        ("{0.}", || vec![Value::Int(3)], &[], "ValueError: Empty attribute in format string"),
        ("{0[}", || vec![Value::Int(3)], &[], "ValueError: expected '}' before end of string"),
        ("{0[0]x}", || vec![Value::list(vec![Value::Int(3)])], &[], "ValueError: Only '.' or '[' may follow ']' in format field specifier"),
        ("{0[]}", || vec![Value::list(vec![Value::Int(3)])], &[], "ValueError: Empty attribute in format string"),
        ("{0:{1}}", || vec![Value::Int(3), Value::str(">5")], &[], "    3"),
        ("{0:{1}{2}}", || vec![Value::Int(3), Value::str(">"), Value::Int(5)], &[], "    3"),
        ("{:{:{}}}", || vec![Value::Int(1), Value::Int(2), Value::Int(3)], &[], "ValueError: Max string recursion exceeded"),
        ("{0:{1:{2}}}", || vec![Value::Int(1), Value::Int(2), Value::Int(3)], &[], "ValueError: Max string recursion exceeded"),
        ("{{}}", || vec![], &[], "{}"),
        ("{:{}", || vec![Value::Int(1)], &[], "ValueError: unmatched '{' in format spec"),
        ("{:}}", || vec![Value::Int(1)], &[], "ValueError: Single '}' encountered in format string"),
        ("{ 0}", || vec![Value::Int(1)], &[], "KeyError: ' 0'"),
        ("{0:x}", || vec![Value::str("a")], &[], "ValueError: Unknown format code 'x' for object of type 'str'"),
        ("{!s:>4}", || vec![Value::None], &[], "None"),
        ("{:>4}", || vec![Value::None], &[], "TypeError: unsupported format string passed to NoneType.__format__"),
        ("{0}{1}", || vec![Value::str("a"), Value::str("b")], &[], "ab"),
        ("{:.2}", || vec![Value::str("abc")], &[], "ab"),
        ("{:10}", || vec![Value::Float(1.5)], &[], "       1.5"),
        ("{:<10}|", || vec![Value::Float(1.5)], &[], "1.5       |"),
        ("{:,}", || vec![Value::Bool(true)], &[], "1"),
        ("{}", || vec![Value::Bool(true)], &[], "True"),
        ("{:d}", || vec![Value::Bool(true)], &[], "1"),
        ("{name}={value:.2f}", || vec![], &[("name", || Value::str("pi")), ("value", || Value::Float(3.14159))], "pi=3.14"),
        ("{0}{0}{1}", || vec![Value::str("ab"), Value::str("c")], &[], "ababc"),
        ("{:>{}}", || vec![Value::str("a"), Value::Int(5)], &[], "    a"),
        ("{:*^{w}}", || vec![Value::str("x")], &[("w", || Value::Int(7))], "***x***"),
        ("{!a}", || vec![Value::str("é中")], &[], "'\\xe9\\u4e2d'"),
        ("{!r}", || vec![Value::str("中")], &[], "'中'"),
        ("{!s}", || vec![Value::Float(1.5)], &[], "1.5"),
        ("{0[0][1]}", || vec![Value::list(vec![Value::list(vec![Value::Int(1), Value::Int(2)])])], &[], "2"),
        ("{x[k]}", || vec![], &[("x", || dict(vec![(Value::str("k"), Value::str("v"))]))], "v"),
        ("{}", || vec![Value::list(vec![Value::Int(1), Value::list(vec![Value::Int(2)])])], &[], "[1, [2]]"),
        ("a{{b}}c{}", || vec![Value::Int(1)], &[], "a{b}c1"),
        ("{}", || vec![], &[], "IndexError: Replacement index 0 out of range for positional args tuple"),
        ("{0}", || vec![], &[("a", || Value::Int(1))], "IndexError: Replacement index 0 out of range for positional args tuple"),
        ("{:%}", || vec![Value::Float(0.25)], &[], "25.000000%"),
        ("{0:}", || vec![Value::Int(5)], &[], "5"),
        ("{0!s:}", || vec![Value::Int(5)], &[], "5"),
        ("{0!}", || vec![Value::Int(5)], &[], "ValueError: unmatched '{' in format spec"),
        ("{0!r", || vec![Value::Int(5)], &[], "ValueError: unmatched '{' in format spec"),
        ("{0:{1}", || vec![Value::Int(5), Value::Int(2)], &[], "ValueError: unmatched '{' in format spec"),
        ("{0[1}", || vec![Value::list(vec![Value::Int(1)])], &[], "ValueError: expected '}' before end of string"),
        ("{01}", || vec![Value::Int(1), Value::Int(2)], &[], "2"),
        ("{0:0{1}d}", || vec![Value::Int(5), Value::Int(3)], &[], "005"),
        ("{:{}}", || vec![Value::Int(1), Value::str("{}")], &[], "ValueError: Invalid format specifier '{}' for object of type 'int'"),
        ("{:}", || vec![Value::str("")], &[], ""),
        ("x}}y", || vec![], &[], "x}y"),
        ("{}}}", || vec![Value::Int(1)], &[], "1}"),
        ("{{{}}}", || vec![Value::Int(1)], &[], "{1}"),
        ("{99999999999999999999}", || vec![Value::Int(1)], &[], "ValueError: Too many decimal digits in format string"),
        ("{:x<4}{:>4}", || vec![Value::Int(1), Value::str("ab")], &[], "1xxx  ab"),
        ("{:c}", || vec![Value::Int(20013)], &[], "中"),
        ("{:5c}|", || vec![Value::Int(65)], &[], "    A|"),
        ("{:<5c}|", || vec![Value::Int(65)], &[], "A    |"),
        ("{:05c}|", || vec![Value::Int(65)], &[], "0000A|"),
    ];
}
