//! The built-in iterators (`value::Iter`): one step of each. The VM calls
//! `iter_next` from `next()` and `for` for every `Value::Iterator`;
//! generators are the VM's own.
//!
//! An iterator that runs out becomes `Iter::Done`, so it stays exhausted
//! even if its list grows later, as CPython's iterators drop their sequence.

use crate::lang::error::ExcKind;
use crate::lang::value::{Iter, Value};
use crate::vm::Interp;

/// The next item of a built-in iterator; `Ok(None)` once it is exhausted.
///
/// The `Reversed` iterator counts down: its `usize` is how many items are
/// still to come, so it yields `items[n - 1]` next. A `Dict` iterator holds
/// the position, the view and the dict's size when iteration began; a size
/// change raises CPython's RuntimeError, and keeps raising.
pub fn iter_next(interp: &mut Interp<'_>, it: &mut Iter) -> Result<Option<Value>, Value> {
    let item = match it {
        Iter::Done => None,
        Iter::Range(next, stop, step) => {
            let v = *next;
            if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                match v.checked_add(*step) {
                    Some(n) => *next = n,
                    // The last value before i64 overflows: nothing follows it.
                    None => *stop = v,
                }
                Some(Value::Int(v))
            } else {
                None
            }
        }
        Iter::List(l, i) => {
            let v = l.borrow().get(*i).cloned();
            *i += 1;
            v
        }
        Iter::Seq(items, i) => {
            let v = items.get(*i).cloned();
            *i += 1;
            v
        }
        Iter::Str(s, off) => {
            let c = s[*off..].chars().next();
            c.map(|c| {
                let start = *off;
                *off += c.len_utf8();
                Value::str(&s[start..*off])
            })
        }
        Iter::Bytes(b, i) => {
            let v = b.get(*i).map(|x| Value::Int(*x as i64));
            *i += 1;
            v
        }
        Iter::Reversed(items, n) => {
            if *n == 0 {
                None
            } else {
                *n -= 1;
                items.get(*n).cloned()
            }
        }
        Iter::Dict(d, pos, view, len) => {
            let m = d.borrow();
            if m.len() != *len {
                *len = usize::MAX;
                drop(m);
                return Err(interp.error(ExcKind::RuntimeError, "dictionary changed size during iteration"));
            }
            let entry = m.get_index(*pos).map(|(k, v)| super::dict::view_item(*view, k, v));
            *pos += 1;
            entry
        }
        Iter::Enumerate(inner, count) => match interp.next(inner)? {
            Some(x) => {
                let n = *count;
                *count = n.wrapping_add(1);
                Some(Value::tuple(vec![Value::Int(n), x]))
            }
            None => None,
        },
        Iter::Zip(iters) => {
            if iters.is_empty() {
                None
            } else {
                let mut row = Vec::with_capacity(iters.len());
                for i in iters.iter() {
                    match interp.next(i)? {
                        Some(x) => row.push(x),
                        None => break,
                    }
                }
                (row.len() == iters.len()).then(|| Value::tuple(row))
            }
        }
        Iter::Map(f, iters) => {
            let mut call_args = Vec::with_capacity(iters.len());
            for i in iters.iter() {
                match interp.next(i)? {
                    Some(x) => call_args.push(x),
                    None => break,
                }
            }
            if call_args.len() == iters.len() && !iters.is_empty() {
                let f = f.clone();
                Some(interp.call(&f, call_args)?)
            } else {
                None
            }
        }
        Iter::Filter(f, inner) => {
            let (f, inner) = (f.clone(), inner.clone());
            loop {
                let Some(x) = interp.next(&inner)? else { break None };
                let keep = match &f {
                    Value::None => interp.truthy(&x)?,
                    f => {
                        let r = interp.call(f, vec![x.clone()])?;
                        interp.truthy(&r)?
                    }
                };
                if keep {
                    break Some(x);
                }
            }
        }
        Iter::GetItem(obj, i) => {
            let (obj, n) = (obj.clone(), *i);
            let getitem = interp.get_attr(&obj, "__getitem__")?;
            match interp.call(&getitem, vec![Value::Int(n)]) {
                Ok(v) => {
                    *i = n + 1;
                    Some(v)
                }
                Err(e) if interp.is_kind(&e, ExcKind::IndexError) || interp.is_kind(&e, ExcKind::StopIteration) => None,
                Err(e) => return Err(e),
            }
        }
        Iter::Callable(f, sentinel) => {
            let (f, sentinel) = (f.clone(), sentinel.clone());
            let v = interp.call(&f, Vec::new())?;
            if interp.eq(&v, &sentinel)? {
                None
            } else {
                Some(v)
            }
        }
    };
    if item.is_none() {
        *it = Iter::Done;
    }
    Ok(item)
}
