//! `list`: its methods, constructor, indexing with slices and slice
//! assignment, and `in`.
//!
//! A list is `Rc<RefCell<Vec<Value>>>`, and any comparison may run Python
//! code that mutates the very list being searched (`__eq__` calling
//! `remove`), so no borrow is held across a call into the interpreter:
//! loops re-read the length and clone one item at a time, as CPython's
//! loops re-read `Py_SIZE`.

use super::args::{builtin_value, check_count, instance_of, int_arg, is_subclass_call, method_arg, method_no_args, receiver, ret, split_cls, Sig, Style};
use super::seq::{self, classify, normalize, resolve_slice, same, Index};
use super::str::slot_args;
use crate::lang::code::BinOp;
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Flow, Iter, NativeFn, NativeResult, Value};
use crate::vm::{key_runs_python, keyed_args, native, Interp};
use std::cell::RefCell;
use std::rc::Rc;

/// The storage of a list.
pub type ListRef = Rc<RefCell<Vec<Value>>>;

/// The methods of `list`, installed in its class dict.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("sort", sort),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
    ("__init__", dunder_init),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__reversed__", dunder_reversed),
    ("__add__", dunder_add),
    ("__iadd__", dunder_iadd),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__imul__", dunder_imul),
    ("__eq__", seq::dunder_eq),
    ("__ne__", seq::dunder_ne),
    ("__lt__", seq::dunder_lt),
    ("__le__", seq::dunder_le),
    ("__gt__", seq::dunder_gt),
    ("__ge__", seq::dunder_ge),
];

fn this(interp: &Interp<'_>, args: &Args, method: &str) -> Result<ListRef, Value> {
    receiver(interp, args, "list", method, |v| match v {
        Value::List(l) => Some(l.clone()),
        _ => None,
    })
}

fn rest(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

fn one_arg(
    interp: &Interp<'_>,
    args: &Args,
    method: &'static str,
    qual: &'static str,
) -> Result<(ListRef, Value), Value> {
    let l = this(interp, args, method)?;
    Ok((l, method_arg(interp, args, method, qual)?))
}

fn no_args(interp: &Interp<'_>, args: &Args, method: &'static str, qual: &'static str) -> Result<ListRef, Value> {
    let l = this(interp, args, method)?;
    method_no_args(interp, args, method, qual)?;
    Ok(l)
}

/// The item at `i`, if the list still has it.
fn item(l: &ListRef, i: usize) -> Option<Value> {
    l.borrow().get(i).cloned()
}

/// The items of any iterable, as a new vector (a list or tuple is copied
/// without iterating: `l.extend(l)` sees the list as it was).
pub fn items_of(interp: &mut Interp<'_>, v: &Value) -> Result<Vec<Value>, Value> {
    match builtin_value(v) {
        Value::List(l) => Ok(l.borrow().clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => interp.collect(v),
    }
}

fn append(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, x) = one_arg(interp, &args, "append", "list.append")?;
    l.borrow_mut().push(x);
    ret(Value::None)
}

fn extend(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, iterable) = one_arg(interp, &args, "extend", "list.extend")?;
    let items = items_of(interp, &iterable)?;
    l.borrow_mut().extend(items);
    ret(Value::None)
}

/// Clamps an insertion index as `list.insert` does.
fn insertion_point(i: i64, len: usize) -> usize {
    let n = len as i64;
    if i < 0 {
        (i + n).max(0) as usize
    } else {
        i.min(n) as usize
    }
}

fn insert(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "insert")?;
    let slots = Sig::pos("insert", "list.insert", &["index", "object"], 2, Style::Clinic).parse(
        interp,
        rest(&args),
        &args.kw,
    )?;
    let i = int_arg(interp, slots[0].as_ref().unwrap_or(&Value::None))?;
    let x = slots[1].clone().unwrap_or(Value::None);
    let mut v = l.borrow_mut();
    let at = insertion_point(i, v.len());
    v.insert(at, x);
    ret(Value::None)
}

fn pop(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "pop")?;
    let slots = Sig::pos("pop", "list.pop", &["index"], 0, Style::Clinic).parse(interp, rest(&args), &args.kw)?;
    let i = match &slots[0] {
        Some(v) => int_arg(interp, v)?,
        None => -1,
    };
    let mut v = l.borrow_mut();
    if v.is_empty() {
        drop(v);
        return Err(interp.error(ExcKind::IndexError, "pop from empty list"));
    }
    match normalize(i, v.len()) {
        Some(at) => ret(v.remove(at)),
        None => {
            drop(v);
            Err(interp.error(ExcKind::IndexError, "pop index out of range"))
        }
    }
}

/// The first position at or after `start` (and before `stop`) holding an
/// item equal to `x`.
fn position(
    interp: &mut Interp<'_>,
    l: &ListRef,
    x: &Value,
    start: usize,
    stop: usize,
) -> Result<Option<usize>, Value> {
    let mut i = start;
    while i < stop {
        let Some(y) = item(l, i) else { break };
        if same(interp, &y, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, x) = one_arg(interp, &args, "remove", "list.remove")?;
    match position(interp, &l, &x, 0, usize::MAX)? {
        Some(i) => {
            let mut v = l.borrow_mut();
            if i < v.len() {
                v.remove(i);
            }
            ret(Value::None)
        }
        None => Err(interp.error(ExcKind::ValueError, "list.remove(x): x not in list")),
    }
}

/// A `start`/`stop` argument of `index`: an integer (None is refused),
/// counted from the end when negative (CPython's
/// `_PyEval_SliceIndexNotNone`).
pub fn bound_arg(interp: &mut Interp<'_>, v: &Option<Value>, default: usize, len: usize) -> Result<usize, Value> {
    let i = match v {
        None => return Ok(default),
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(b)) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Some(v) if super::args::class_has(interp, v, "__index__") => {
            let v = v.clone();
            interp.index(&v)?
        }
        Some(_) => {
            return Err(interp.error(
                ExcKind::TypeError,
                "slice indices must be integers or have an __index__ method",
            ))
        }
    };
    let n = len as i64;
    Ok(if i < 0 { (i + n).max(0) as usize } else { i as usize })
}

fn index(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "index")?;
    let slots = Sig::pos("index", "list.index", &["value", "start", "stop"], 1, Style::Clinic).parse(
        interp,
        rest(&args),
        &args.kw,
    )?;
    let x = slots[0].clone().unwrap_or(Value::None);
    let len = l.borrow().len();
    let start = bound_arg(interp, &slots[1], 0, len)?;
    let stop = bound_arg(interp, &slots[2], usize::MAX, len)?;
    match position(interp, &l, &x, start, stop)? {
        Some(i) => ret(Value::Int(i as i64)),
        None => {
            let r = interp.repr(&x)?;
            Err(interp.error(ExcKind::ValueError, format!("{r} is not in list")))
        }
    }
}

fn count(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, x) = one_arg(interp, &args, "count", "list.count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(y) = item(&l, i) {
        if same(interp, &y, &x)? {
            n += 1;
        }
        i += 1;
    }
    ret(Value::Int(n))
}

/// `key=` and `reverse=` of `list.sort` and `sorted`.
pub fn sort_options(interp: &mut Interp<'_>, args: &Args, skip: usize) -> Result<(Option<Value>, bool), Value> {
    if args.pos.len() > skip {
        return Err(interp.error(ExcKind::TypeError, "sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in &args.kw {
        match &**k {
            "key" => key = (!matches!(v, Value::None)).then(|| v.clone()),
            "reverse" => reverse = int_arg(interp, v)? != 0,
            _ => return Err(super::args::invalid_keyword(interp, k, "sort")),
        }
    }
    Ok((key, reverse))
}

/// Sorts a list in place. As in CPython, the list is empty while it is
/// being sorted, so a key function or `__lt__` that looks at it sees `[]`,
/// and one that changes it gets "list modified during sort" (its changes
/// are discarded); this is what keeps a sort from ever observing or
/// producing a half-mutated list.
pub fn sort_list(interp: &mut Interp<'_>, l: &ListRef, key: Option<&Value>, reverse: bool) -> Result<(), Value> {
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = super::sort::sort(interp, &mut items, key, reverse);
    finish_sort(interp, l, items, result)
}

/// Puts the sorted `items` back in `l`, emptied for the sort, and says
/// whether the sort went wrong or the list was changed meanwhile.
fn finish_sort(interp: &mut Interp<'_>, l: &ListRef, items: Vec<Value>, result: Result<(), Value>) -> Result<(), Value> {
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    result?;
    if modified {
        return Err(interp.error(ExcKind::ValueError, "list modified during sort"));
    }
    Ok(())
}

fn sort(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "sort")?;
    let (key, reverse) = sort_options(interp, &args, 1)?;
    if let Some(key) = key.clone().filter(key_runs_python) {
        // The keys are computed by frames while the list is empty, as CPython empties it.
        let items = Value::list(std::mem::take(&mut *l.borrow_mut()));
        let target = Value::tuple(vec![Value::List(l), Value::Bool(reverse)]);
        let then = native("list.sort", sort_by_keys, false);
        let undo = native("list.sort", unsort, false);
        return Ok(Flow::Frame(interp.keyed_frame(items, key, then, Some(undo), target)));
    }
    sort_list(interp, &l, key.as_ref(), reverse)?;
    ret(Value::None)
}

/// The list being sorted and `reverse`, from `list.sort`'s `(list, reverse)`
/// passed through the key frames.
fn sort_target(interp: &Interp<'_>, v: &Value) -> Result<(ListRef, bool), Value> {
    match v {
        Value::Tuple(t) => match &t[..] {
            [Value::List(l), Value::Bool(reverse)] => Ok((l.clone(), *reverse)),
            _ => Err(interp.error(ExcKind::TypeError, "list.sort's target must be (list, bool)")),
        },
        _ => Err(interp.error(ExcKind::TypeError, "list.sort's target must be (list, bool)")),
    }
}

/// `list.sort` once the key frames computed the keys: `(items, keys, (list, reverse))`.
fn sort_by_keys(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (mut items, keys) = keyed_args(interp, &args)?;
    let (l, reverse) = sort_target(interp, &args.pos[2])?;
    let result = super::sort::sort_by_keys(interp, &mut items, Some(&keys), reverse);
    finish_sort(interp, &l, items, result)?;
    ret(Value::None)
}

/// `list.sort` when a key raised: `(items, (list, reverse))` puts the items back as they were.
fn unsort(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (Some(Value::List(items)), Some(target)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.error(ExcKind::TypeError, "list.sort's undo takes (items, target)"));
    };
    let (l, _) = sort_target(interp, target)?;
    *l.borrow_mut() = items.borrow().clone();
    ret(Value::None)
}

fn reverse(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = no_args(interp, &args, "reverse", "list.reverse")?;
    l.borrow_mut().reverse();
    ret(Value::None)
}

fn copy(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = no_args(interp, &args, "copy", "list.copy")?;
    let v = l.borrow().clone();
    ret(Value::list(v))
}

fn clear(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = no_args(interp, &args, "clear", "list.clear")?;
    let old = std::mem::take(&mut *l.borrow_mut());
    // Dropped after the borrow ends: an item's finalizer may touch the list.
    drop(old);
    ret(Value::None)
}

// ---- the sequence protocol -----------------------------------------------

fn wrong_index(t: &str) -> String {
    format!("list indices must be integers or slices, not {t}")
}

/// `l[index]`.
pub fn getitem(interp: &mut Interp<'_>, l: &ListRef, index: &Value) -> Result<Value, Value> {
    match classify(interp, index, wrong_index)? {
        Index::At(i) => {
            let v = l.borrow();
            match normalize(i, v.len()) {
                Some(i) => Ok(v[i].clone()),
                None => {
                    drop(v);
                    Err(interp.error(ExcKind::IndexError, "list index out of range"))
                }
            }
        }
        Index::Slice(sl) => {
            let len = l.borrow().len();
            let r = resolve_slice(interp, &sl, len)?;
            let v = l.borrow();
            let out: Vec<Value> = if r.step == 1 {
                v[r.start as usize..r.start as usize + r.len].to_vec()
            } else {
                r.positions().map(|p| v[p].clone()).collect()
            };
            Ok(Value::list(out))
        }
    }
}

/// `l[index] = value`, including slice assignment (`l[1:3] = items`, which
/// may change the length) and extended slices (`l[::2] = items`, which may not).
pub fn setitem(interp: &mut Interp<'_>, l: &ListRef, index: &Value, value: Value) -> Result<(), Value> {
    match classify(interp, index, wrong_index)? {
        Index::At(i) => {
            let mut v = l.borrow_mut();
            match normalize(i, v.len()) {
                Some(i) => {
                    let old = std::mem::replace(&mut v[i], value);
                    drop(v);
                    drop(old);
                    Ok(())
                }
                None => {
                    drop(v);
                    Err(interp.error(ExcKind::IndexError, "list assignment index out of range"))
                }
            }
        }
        Index::Slice(sl) => {
            let items = match builtin_value(&value) {
                Value::List(src) => src.borrow().clone(),
                Value::Tuple(t) => t.to_vec(),
                _ => {
                    let it = interp
                        .iter(&value)
                        .map_err(|_| interp.error(ExcKind::TypeError, "can only assign an iterable"))?;
                    let mut items = Vec::new();
                    while let Some(x) = interp.next(&it)? {
                        items.push(x);
                    }
                    items
                }
            };
            let len = l.borrow().len();
            let r = resolve_slice(interp, &sl, len)?;
            if r.step == 1 {
                let start = r.start as usize;
                let stop = (r.stop.max(r.start)) as usize;
                let removed: Vec<Value> = l.borrow_mut().splice(start..stop, items).collect();
                drop(removed);
                return Ok(());
            }
            if items.len() != r.len {
                return Err(interp.error(
                    ExcKind::ValueError,
                    format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        items.len(),
                        r.len
                    ),
                ));
            }
            let mut v = l.borrow_mut();
            let old: Vec<Value> = r
                .positions()
                .zip(items)
                .map(|(p, x)| std::mem::replace(&mut v[p], x))
                .collect();
            drop(v);
            drop(old);
            Ok(())
        }
    }
}

/// `del l[index]`, including slices.
pub fn delitem(interp: &mut Interp<'_>, l: &ListRef, index: &Value) -> Result<(), Value> {
    match classify(interp, index, wrong_index)? {
        Index::At(i) => {
            let mut v = l.borrow_mut();
            match normalize(i, v.len()) {
                Some(i) => {
                    let old = v.remove(i);
                    drop(v);
                    drop(old);
                    Ok(())
                }
                None => {
                    drop(v);
                    Err(interp.error(ExcKind::IndexError, "list assignment index out of range"))
                }
            }
        }
        Index::Slice(sl) => {
            let len = l.borrow().len();
            let r = resolve_slice(interp, &sl, len)?;
            let mut v = l.borrow_mut();
            let mut doomed: Vec<usize> = r.positions().collect();
            doomed.sort_unstable();
            let mut removed = Vec::with_capacity(doomed.len());
            let mut k = 0;
            let mut i = 0;
            v.retain(|x| {
                let hit = doomed.get(k) == Some(&i);
                if hit {
                    k += 1;
                    removed.push(x.clone());
                }
                i += 1;
                !hit
            });
            drop(v);
            drop(removed);
            Ok(())
        }
    }
}

/// `x in l`.
pub fn contains(interp: &mut Interp<'_>, l: &ListRef, x: &Value) -> Result<bool, Value> {
    Ok(position(interp, l, x, 0, usize::MAX)?.is_some())
}

fn dunder_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "__len__")?;
    slot_args(interp, &args, 0)?;
    let n = l.borrow().len();
    ret(Value::Int(n as i64))
}

fn dunder_getitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, index) = one_arg(interp, &args, "__getitem__", "list.__getitem__")?;
    getitem(interp, &l, &index).map(Flow::Return)
}

fn dunder_setitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "__setitem__")?;
    slot_args(interp, &args, 2)?;
    setitem(interp, &l, &args.pos[1], args.pos[2].clone())?;
    ret(Value::None)
}

fn dunder_delitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "__delitem__")?;
    slot_args(interp, &args, 1)?;
    delitem(interp, &l, &args.pos[1])?;
    ret(Value::None)
}

fn dunder_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "__contains__")?;
    slot_args(interp, &args, 1)?;
    ret(Value::Bool(contains(interp, &l, &args.pos[1])?))
}

fn dunder_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "__iter__")?;
    slot_args(interp, &args, 0)?;
    ret(Value::Iterator(Rc::new(RefCell::new(Iter::List(l, 0)))))
}

fn dunder_reversed(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = no_args(interp, &args, "__reversed__", "list.__reversed__")?;
    let items: Rc<[Value]> = Rc::from(l.borrow().clone());
    let n = items.len();
    ret(Value::Iterator(Rc::new(RefCell::new(Iter::Reversed(items, n)))))
}

fn dunder_add(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, other) = one_arg(interp, &args, "__add__", "list.__add__")?;
    seq::binary_method(interp, BinOp::Add, Value::List(l), &other)
}

/// `l += iterable`: extends in place (any iterable, unlike `+`) and
/// returns the list itself.
fn dunder_iadd(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, other) = one_arg(interp, &args, "__iadd__", "list.__iadd__")?;
    let items = items_of(interp, &other)?;
    l.borrow_mut().extend(items);
    ret(args.pos[0].clone())
}

fn dunder_mul(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, n) = one_arg(interp, &args, "__mul__", "list.__mul__")?;
    seq::binary_method(interp, BinOp::Mul, Value::List(l), &n)
}

/// `l *= n`: repeats in place and returns the list itself.
fn dunder_imul(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let (l, n) = one_arg(interp, &args, "__imul__", "list.__imul__")?;
    let repeated = seq::binary_method(interp, BinOp::Mul, Value::List(l.clone()), &n)?;
    if let Flow::Return(Value::List(r)) = repeated {
        let items = std::mem::take(&mut *r.borrow_mut());
        *l.borrow_mut() = items;
    }
    ret(args.pos[0].clone())
}

/// `list.__init__(self, iterable=())`: refills the list. Only instances of
/// subclasses get here (their `__new__` leaves them empty); `list(x)`
/// itself is built whole by `new_list`.
fn dunder_init(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let l = this(interp, &args, "__init__")?;
    let sub = Args {
        pos: rest(&args).to_vec(),
        kw: args.kw.clone(),
    };
    check_count(interp, &sub, "list", "list", 0, 1)?;
    let items = match sub.pos.first() {
        Some(v) => items_of(interp, v)?,
        None => Vec::new(),
    };
    *l.borrow_mut() = items;
    ret(Value::None)
}

/// `list(iterable=())`: the type's `__new__` (the class first, see `args::split_cls`).
/// For a subclass the list starts empty and `__init__` fills it, as in CPython.
pub fn new_list(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().list.clone();
    let (cls, sub) = split_cls(interp, args, &builtin);
    if is_subclass_call(&cls, &builtin) {
        return ret(instance_of(&cls, &builtin, Value::list(Vec::new())));
    }
    check_count(interp, &sub, "list", "list", 0, 1)?;
    let items = match sub.pos.first() {
        Some(v) => items_of(interp, v)?,
        None => Vec::new(),
    };
    ret(Value::list(items))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_clamps_like_cpython() {
        assert_eq!(insertion_point(-1, 3), 2);
        assert_eq!(insertion_point(-10, 3), 0);
        assert_eq!(insertion_point(10, 3), 3);
        assert_eq!(insertion_point(1, 3), 1);
    }
}
