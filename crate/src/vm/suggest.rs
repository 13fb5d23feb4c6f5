//! "Did you mean: 'value'?": the suggestion CPython 3.11 appends to an
//! uncaught NameError or AttributeError (`Python/suggestions.c`), the
//! closest candidate name by a Levenshtein distance where a case flip
//! costs half a change. It is part of the printed traceback, not of
//! `str(e)`.

use super::interp::Interp;
use crate::lang::error::ExcKind;
use crate::lang::value::{Key, Payload, Value};
use std::rc::Rc;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// `substitution_cost` of suggestions.c, on UTF-8 bytes.
fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance` of suggestions.c: common affixes trimmed, and
/// `max_cost + 1` as soon as the distance must exceed `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut dist = b_index * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (index, &ch) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ch);
            dist = buffer[index];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`: the candidate closest to `name`, if close enough.
pub fn closest<'a>(candidates: impl IntoIterator<Item = &'a str>, name: &str) -> Option<Rc<str>> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.map_or(true, |(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| Rc::from(s))
}

fn str_keys(d: &crate::lang::value::Dict) -> Vec<Rc<str>> {
    d.keys()
        .filter_map(|k| match &k.0 {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        })
        .collect()
}

impl Interp<'_> {
    /// The NameError for `name` in the current frame, with its `name` and
    /// its suggestion (the frame's locals, then globals, then builtins, as
    /// `offer_suggestions_for_name_error` searches them).
    pub(super) fn name_error(&self, name: &str) -> Value {
        let exc = self.error(ExcKind::NameError, format!("name '{name}' is not defined"));
        let suggestion = self.thread.frames.last().and_then(|f| {
            closest(f.code.varnames.iter().map(|s| &**s), name)
                .or_else(|| closest(str_keys(&f.globals.borrow()).iter().map(|s| &**s), name))
                .or_else(|| closest(str_keys(&self.proc.builtins.borrow()).iter().map(|s| &**s), name))
        });
        if let Value::Object(o) = &exc {
            if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
                st.name = Some(Value::str(name));
                st.suggestion = suggestion;
            }
        }
        exc
    }

    /// "No module named 'x'", with the exception's `name` set to it.
    pub(super) fn module_not_found(&self, name: &str) -> Value {
        let exc = self.error(ExcKind::ModuleNotFoundError, format!("No module named '{name}'"));
        if let Value::Object(o) = &exc {
            if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
                st.name = Some(Value::str(name));
            }
        }
        exc
    }

    /// Records on an AttributeError raised by `obj.name` which object and
    /// name it was about, as CPython's `set_attribute_error_context` does.
    pub(super) fn attribute_error_context(&self, exc: &Value, obj: &Value, name: &str) {
        let Value::Object(o) = exc else { return };
        if !Rc::ptr_eq(&o.class, &self.types().exc(ExcKind::AttributeError)) {
            return;
        }
        if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
            if st.name.is_none() {
                st.name = Some(Value::str(name));
                st.obj = Some(obj.clone());
            }
        }
    }

    /// What the traceback appends to the last line: ". Did you mean: 'x'?"
    pub(super) fn suggestion_suffix(&mut self, exc: &Value) -> String {
        let Value::Object(o) = exc else { return String::new() };
        let (name, obj, suggestion) = match &*o.payload.borrow() {
            Payload::Exception(st) => (st.name.clone(), st.obj.clone(), st.suggestion.clone()),
            _ => return String::new(),
        };
        let found = if self.is_kind(exc, ExcKind::NameError) {
            suggestion
        } else if self.is_kind(exc, ExcKind::AttributeError) {
            match (name, obj) {
                (Some(Value::Str(name)), Some(obj)) => self.dir_names(&obj).and_then(|d| closest(d.iter().map(|s| &**s), &name)),
                _ => None,
            }
        } else {
            None
        };
        match found {
            Some(s) => format!(". Did you mean: '{s}'?"),
            None => String::new(),
        }
    }

    /// `dir(obj)` as a list of names, or None when it fails.
    fn dir_names(&mut self, obj: &Value) -> Option<Vec<Rc<str>>> {
        let dir = self.proc.builtins.borrow().get(&Key(Value::str("dir"))).cloned()?;
        let listed = self.call(&dir, vec![obj.clone()]).ok()?;
        let items = self.collect(&listed).ok()?;
        Some(
            items
                .into_iter()
                .filter_map(|v| match v {
                    Value::Str(s) => Some(s),
                    _ => None,
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggests_the_closest_name_within_a_third() {
        assert_eq!(closest(["value", "other"], "valeu").as_deref(), Some("value"));
        assert_eq!(closest(["Value"], "value").as_deref(), Some("Value"));
        assert_eq!(closest(["abcdef"], "xyz"), None);
        assert_eq!(closest(["x"], "x"), None);
    }
}
