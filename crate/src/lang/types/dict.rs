//! `dict`: its methods, constructor, subscripts, and the views `keys()`,
//! `values()` and `items()`.
//!
//! Entries keep insertion order, and deletion keeps it too
//! (`IndexMap::shift_remove`), as CPython's compact dicts do.
//!
//! The views are live objects, as in CPython: instances of the classes
//! `dict_keys`, `dict_values` and `dict_items` (built once per host thread
//! by `view_class`) whose payload is the dict itself. So `len()`, `in`,
//! iterating twice, seeing later insertions, `repr` ("dict_keys(['a'])")
//! and the set operators of keys and items views all behave as in CPython.

use super::args::{builtin_value, class_has, instance_of, is_subclass_call, receiver, ret, split_cls, Sig, Style};
use super::seq::{self, same};
use super::set::{self, set_of, set_value};
use super::str::slot_args;
use crate::lang::code::{BinOp, CmpOp};
use crate::lang::error::ExcKind;
use crate::lang::value::{
    Args, Builtin, Class, Dict, DictView, Flow, Iter, Key, Native, NativeFn, NativeResult, Object, Payload, Set, Value,
};
use crate::vm::Interp;
use std::cell::RefCell;
use std::rc::Rc;

/// The storage of a dict.
pub type DictRef = Rc<RefCell<Dict>>;

/// The methods of `dict`, installed in its class dict.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("get", get),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("pop", pop),
    ("popitem", popitem),
    ("setdefault", setdefault),
    ("update", update),
    ("copy", copy),
    ("clear", clear),
    ("__init__", dunder_init),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__contains__", dunder_contains),
    ("__len__", dunder_len),
    ("__iter__", dunder_iter),
    ("__reversed__", dunder_reversed),
    ("__or__", dunder_or),
    ("__ior__", dunder_ior),
    ("__eq__", seq::dunder_eq),
    ("__ne__", seq::dunder_ne),
];

/// The class methods of `dict` (to be installed wrapped in
/// `Descriptor::ClassMethod`, so `args.pos[0]` is the class).
pub const CLASS_METHODS: &[(&str, NativeFn)] = &[("fromkeys", fromkeys)];

fn this(interp: &Interp<'_>, args: &Args, method: &str) -> Result<DictRef, Value> {
    receiver(interp, args, "dict", method, |v| match v {
        Value::Dict(d) => Some(d.clone()),
        _ => None,
    })
}

fn rest(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

/// A KeyError whose argument is the key itself, as CPython raises it
/// (`KeyError: 'x'` is the repr of that argument, which KeyError's `str`
/// shows when it has exactly one).
pub fn key_error(interp: &Interp<'_>, key: Value) -> Value {
    interp.new_exception(ExcKind::KeyError, vec![key])
}

/// `container[key]` where `d` is the container's dict: the container
/// itself, or an instance of a subclass, which may supply missing values
/// through `__missing__` (CPython's `dict_subscript`).
pub fn getitem(interp: &mut Interp<'_>, container: &Value, d: &DictRef, key: &Value) -> Result<Value, Value> {
    let k = interp.key(key)?;
    let found = d.borrow().get(&k).cloned();
    if let Some(v) = found {
        return Ok(v);
    }
    if matches!(container, Value::Object(_)) && class_has(interp, container, "__missing__") {
        let missing = interp.get_attr(container, "__missing__")?;
        return interp.call(&missing, vec![key.clone()]);
    }
    Err(key_error(interp, key.clone()))
}

/// `d[key] = value`.
pub fn setitem(interp: &mut Interp<'_>, d: &DictRef, key: &Value, value: Value) -> Result<(), Value> {
    let k = interp.key(key)?;
    let old = d.borrow_mut().insert(k, value);
    drop(old);
    Ok(())
}

/// `del d[key]`.
pub fn delitem(interp: &mut Interp<'_>, d: &DictRef, key: &Value) -> Result<(), Value> {
    let k = interp.key(key)?;
    let old = d.borrow_mut().shift_remove(&k);
    match old {
        Some(_) => Ok(()),
        None => Err(key_error(interp, key.clone())),
    }
}

/// `a | b` for two dicts: a new dict with `b`'s entries over `a`'s.
pub fn union(a: &DictRef, b: &DictRef) -> Value {
    let mut out = a.borrow().clone();
    let other = b.borrow().clone();
    out.extend(other);
    Value::dict(out)
}

/// `a == b` for two dicts: the same keys, with equal values.
pub fn equal(interp: &mut Interp<'_>, a: &DictRef, b: &DictRef) -> Result<bool, Value> {
    if Rc::ptr_eq(a, b) {
        return Ok(true);
    }
    if a.borrow().len() != b.borrow().len() {
        return Ok(false);
    }
    let entries: Vec<(Key, Value)> = a.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in entries {
        let Some(w) = b.borrow().get(&k).cloned() else {
            return Ok(false);
        };
        if !same(interp, &v, &w)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn get(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "get")?;
    if args.kw.is_empty() && (2..=3).contains(&args.pos.len()) {
        let k = interp.key(&args.pos[1])?;
        let found = d.borrow().get(&k).cloned();
        return ret(found.or_else(|| args.pos.get(2).cloned()).unwrap_or(Value::None));
    }
    let slots =
        Sig::pos("get", "dict.get", &["key", "default"], 1, Style::Clinic).parse(interp, rest(&args), &args.kw)?;
    let k = interp.key(slots[0].as_ref().unwrap_or(&Value::None))?;
    let found = d.borrow().get(&k).cloned();
    ret(found.or_else(|| slots[1].clone()).unwrap_or(Value::None))
}

fn pop(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "pop")?;
    let slots =
        Sig::pos("pop", "dict.pop", &["key", "default"], 1, Style::Clinic).parse(interp, rest(&args), &args.kw)?;
    let key = slots[0].clone().unwrap_or(Value::None);
    let k = interp.key(&key)?;
    let found = d.borrow_mut().shift_remove(&k);
    match (found, &slots[1]) {
        (Some(v), _) => ret(v),
        (None, Some(default)) => ret(default.clone()),
        (None, None) => Err(key_error(interp, key)),
    }
}

fn popitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "popitem")?;
    Sig::pos("popitem", "dict.popitem", &[], 0, Style::NoArgs).parse(interp, rest(&args), &args.kw)?;
    let last = d.borrow_mut().pop();
    match last {
        Some((Key(k), v)) => ret(Value::tuple(vec![k, v])),
        None => Err(interp.error(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn setdefault(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "setdefault")?;
    let slots = Sig::pos("setdefault", "dict.setdefault", &["key", "default"], 1, Style::Clinic).parse(
        interp,
        rest(&args),
        &args.kw,
    )?;
    let k = interp.key(slots[0].as_ref().unwrap_or(&Value::None))?;
    let default = slots[1].clone().unwrap_or(Value::None);
    let v = d.borrow_mut().entry(k).or_insert(default).clone();
    ret(v)
}

/// The entries `dict(arg)` and `d.update(arg)` take from `arg`: a dict's
/// entries, a mapping's (anything with `keys()`), or an iterable of pairs
/// (CPython's `dict_update_arg`).
pub fn entries_of(interp: &mut Interp<'_>, arg: &Value) -> Result<Vec<(Key, Value)>, Value> {
    if let Value::Dict(d) = builtin_value(arg) {
        return Ok(d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect());
    }
    let mut out = Vec::new();
    if class_has(interp, arg, "keys") {
        let keys = interp.get_attr(arg, "keys")?;
        let keys = interp.call(&keys, Vec::new())?;
        let getitem = interp.get_attr(arg, "__getitem__")?;
        for k in interp.collect(&keys)? {
            let v = interp.call(&getitem, vec![k.clone()])?;
            out.push((interp.key(&k)?, v));
        }
        return Ok(out);
    }
    let it = interp.iter(arg)?;
    let mut i = 0;
    while let Some(pair) = interp.next(&it)? {
        let items = match builtin_value(&pair) {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => match interp.iter(&pair) {
                Ok(_) => interp.collect(&pair)?,
                Err(_) => {
                    return Err(interp.error(
                        ExcKind::TypeError,
                        format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                    ))
                }
            },
        };
        if items.len() != 2 {
            return Err(interp.error(
                ExcKind::ValueError,
                format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    items.len()
                ),
            ));
        }
        let mut items = items.into_iter();
        let (k, v) = (items.next().unwrap_or(Value::None), items.next().unwrap_or(Value::None));
        out.push((interp.key(&k)?, v));
        i += 1;
    }
    Ok(out)
}

/// Adds `update`'s arguments to `d`: at most one positional, then keywords.
fn update_from(
    interp: &mut Interp<'_>,
    d: &DictRef,
    pos: &[Value],
    kw: &[(crate::lang::value::Name, Value)],
    name: &str,
) -> Result<(), Value> {
    if pos.len() > 1 {
        return Err(interp.error(ExcKind::TypeError, super::args::clinic_arity(name, 0, 1, pos.len())));
    }
    if let Some(arg) = pos.first() {
        let entries = entries_of(interp, arg)?;
        d.borrow_mut().extend(entries);
    }
    let mut m = d.borrow_mut();
    for (k, v) in kw {
        m.insert(Key(Value::Str(k.clone())), v.clone());
    }
    Ok(())
}

fn update(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "update")?;
    update_from(interp, &d, rest(&args), &args.kw, "update")?;
    ret(Value::None)
}

fn copy(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "copy")?;
    Sig::pos("copy", "dict.copy", &[], 0, Style::NoArgs).parse(interp, rest(&args), &args.kw)?;
    let c = d.borrow().clone();
    ret(Value::dict(c))
}

fn clear(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "clear")?;
    Sig::pos("clear", "dict.clear", &[], 0, Style::NoArgs).parse(interp, rest(&args), &args.kw)?;
    let old = std::mem::take(&mut *d.borrow_mut());
    drop(old);
    ret(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`; `args.pos[0]` is the class.
fn fromkeys(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let slots = Sig::pos("fromkeys", "dict.fromkeys", &["iterable", "value"], 1, Style::Clinic).parse(
        interp,
        rest(&args),
        &args.kw,
    )?;
    let value = slots[1].clone().unwrap_or(Value::None);
    let keys = interp.collect(slots[0].as_ref().unwrap_or(&Value::None))?;
    let mut out = Dict::default();
    for k in keys {
        out.insert(interp.key(&k)?, value.clone());
    }
    let builtin = interp.types().dict.clone();
    if is_subclass_call(&cls, &builtin) {
        let made = interp.call(&cls, Vec::new())?;
        if let Value::Dict(d) = builtin_value(&made) {
            d.borrow_mut().extend(out);
        }
        return ret(made);
    }
    ret(Value::dict(out))
}

fn dunder_getitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__getitem__")?;
    slot_args(interp, &args, 1)?;
    getitem(interp, &args.pos[0], &d, &args.pos[1]).map(Flow::Return)
}

fn dunder_setitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__setitem__")?;
    slot_args(interp, &args, 2)?;
    setitem(interp, &d, &args.pos[1], args.pos[2].clone())?;
    ret(Value::None)
}

fn dunder_delitem(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__delitem__")?;
    slot_args(interp, &args, 1)?;
    delitem(interp, &d, &args.pos[1])?;
    ret(Value::None)
}

fn dunder_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__contains__")?;
    slot_args(interp, &args, 1)?;
    let k = interp.key(&args.pos[1])?;
    let found = d.borrow().contains_key(&k);
    ret(Value::Bool(found))
}

fn dunder_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__len__")?;
    slot_args(interp, &args, 0)?;
    let n = d.borrow().len();
    ret(Value::Int(n as i64))
}

/// An iterator over a dict's keys, values or items.
pub fn iter_dict(d: &DictRef, view: DictView) -> Value {
    let n = d.borrow().len();
    Value::Iterator(Rc::new(RefCell::new(Iter::Dict(d.clone(), 0, view, n))))
}

fn dunder_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__iter__")?;
    slot_args(interp, &args, 0)?;
    ret(iter_dict(&d, DictView::Keys))
}

/// The entries of a view, last first, as `reversed()` gives them.
fn reversed_entries(d: &DictRef, view: DictView) -> Value {
    let items: Rc<[Value]> = d.borrow().iter().map(|(k, v)| view_item(view, k, v)).collect();
    let n = items.len();
    Value::Iterator(Rc::new(RefCell::new(Iter::Reversed(items, n))))
}

fn dunder_reversed(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__reversed__")?;
    slot_args(interp, &args, 0)?;
    ret(reversed_entries(&d, DictView::Keys))
}

fn dunder_or(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__or__")?;
    slot_args(interp, &args, 1)?;
    seq::binary_method(interp, BinOp::Or, Value::Dict(d), &args.pos[1])
}

/// `d |= other`: like `update` (any mapping or pairs); returns `d` itself.
fn dunder_ior(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__ior__")?;
    slot_args(interp, &args, 1)?;
    update_from(interp, &d, &args.pos[1..2], &[], "update")?;
    ret(args.pos[0].clone())
}

/// `dict.__init__(self, other=(), **kw)`: fills an instance of a subclass.
fn dunder_init(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = this(interp, &args, "__init__")?;
    update_from(interp, &d, rest(&args), &args.kw, "dict")?;
    ret(Value::None)
}

/// `dict()`, `dict(mapping)`, `dict(pairs)`, `dict(**kw)` and mixtures:
/// the type's `__new__` (the class first, see `args::split_cls`). For a subclass the
/// dict starts empty and `__init__` fills it, as in CPython.
pub fn new_dict(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let builtin = interp.types().dict.clone();
    let (cls, args) = split_cls(interp, args, &builtin);
    let d: DictRef = Rc::new(RefCell::new(Dict::default()));
    if is_subclass_call(&cls, &builtin) {
        return ret(instance_of(&cls, &builtin, Value::Dict(d)));
    }
    update_from(interp, &d, &args.pos, &args.kw, "dict")?;
    ret(Value::Dict(d))
}

// ---- views ------------------------------------------------------------------

/// What a view yields for one entry.
pub fn view_item(view: DictView, k: &Key, v: &Value) -> Value {
    match view {
        DictView::Keys => k.0.clone(),
        DictView::Values => v.clone(),
        DictView::Items => Value::tuple(vec![k.0.clone(), v.clone()]),
    }
}

fn view_name(view: DictView) -> &'static str {
    match view {
        DictView::Keys => "dict_keys",
        DictView::Values => "dict_values",
        DictView::Items => "dict_items",
    }
}

/// The methods of `dict_keys`.
pub const KEYS_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", keys_iter),
    ("__reversed__", keys_reversed),
    ("__len__", view_len),
    ("__contains__", keys_contains),
    ("__repr__", keys_repr),
    ("__or__", keys_or),
    ("__and__", keys_and),
    ("__sub__", keys_sub),
    ("__xor__", keys_xor),
    ("__ror__", keys_or),
    ("__rand__", keys_and),
    ("__eq__", keys_eq),
    ("__ne__", keys_ne),
    ("__lt__", keys_lt),
    ("__le__", keys_le),
    ("__gt__", keys_gt),
    ("__ge__", keys_ge),
    ("isdisjoint", keys_isdisjoint),
];

/// The methods of `dict_values`.
pub const VALUES_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", values_iter),
    ("__reversed__", values_reversed),
    ("__len__", view_len),
    ("__repr__", values_repr),
];

/// The methods of `dict_items`.
pub const ITEMS_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", items_iter),
    ("__reversed__", items_reversed),
    ("__len__", view_len),
    ("__contains__", items_contains),
    ("__repr__", items_repr),
    ("__or__", items_or),
    ("__and__", items_and),
    ("__sub__", items_sub),
    ("__xor__", items_xor),
    ("__ror__", items_or),
    ("__rand__", items_and),
    ("__eq__", items_eq),
    ("__ne__", items_ne),
    ("isdisjoint", items_isdisjoint),
];

thread_local! {
    /// The three view classes, built for the `object` class they derive from.
    static VIEW_CLASSES: RefCell<Option<(usize, [Rc<Class>; 3])>> = const { RefCell::new(None) };
}

fn make_view_class(object: &Rc<Class>, view: DictView) -> Rc<Class> {
    let methods = match view {
        DictView::Keys => KEYS_METHODS,
        DictView::Values => VALUES_METHODS,
        DictView::Items => ITEMS_METHODS,
    };
    let dict = methods
        .iter()
        .map(|(name, f)| {
            let native = Native {
                name: Rc::from(*name),
                f: *f,
                bound: None,
                is_method: true,
            };
            (Rc::from(*name), Value::Native(Rc::new(native)))
        })
        .collect();
    let name: Rc<str> = Rc::from(view_name(view));
    Rc::new(Class {
        name: name.clone(),
        qualname: name,
        module: Rc::from("builtins"),
        bases: vec![object.clone()],
        mro: vec![object.clone()],
        dict: RefCell::new(dict),
        builtin: Some(Builtin::Native),
        meta: None,
    })
}

/// The class of a view kind (`dict_keys`...), made once per host thread.
pub fn view_class(interp: &Interp<'_>, view: DictView) -> Rc<Class> {
    let object = interp.types().object.clone();
    let id = Rc::as_ptr(&object) as usize;
    let i = match view {
        DictView::Keys => 0,
        DictView::Values => 1,
        DictView::Items => 2,
    };
    VIEW_CLASSES.with(|cell| {
        let mut slot = cell.borrow_mut();
        if !matches!(&*slot, Some((known, _)) if *known == id) {
            let classes = [DictView::Keys, DictView::Values, DictView::Items].map(|v| make_view_class(&object, v));
            *slot = Some((id, classes));
        }
        match &*slot {
            Some((_, classes)) => classes[i].clone(),
            None => make_view_class(&object, view),
        }
    })
}

/// A live view of `d`.
pub fn view(interp: &Interp<'_>, d: &DictRef, view: DictView) -> Value {
    Value::Object(Rc::new(Object::new(view_class(interp, view), Payload::Value(Value::Dict(d.clone())))))
}

fn make_view(
    interp: &mut Interp<'_>,
    args: Args,
    method: &'static str,
    qual: &'static str,
    kind: DictView,
) -> NativeResult {
    let d = this(interp, &args, method)?;
    Sig::pos(method, qual, &[], 0, Style::NoArgs).parse(interp, rest(&args), &args.kw)?;
    ret(view(interp, &d, kind))
}

fn keys(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    make_view(interp, args, "keys", "dict.keys", DictView::Keys)
}

fn values(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    make_view(interp, args, "values", "dict.values", DictView::Values)
}

fn items(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    make_view(interp, args, "items", "dict.items", DictView::Items)
}

/// The dict and kind behind a view object, if `v` is one.
pub fn as_view(v: &Value) -> Option<(DictRef, DictView)> {
    let Value::Object(o) = v else { return None };
    let kind = match &*o.class.name {
        "dict_keys" => DictView::Keys,
        "dict_values" => DictView::Values,
        "dict_items" => DictView::Items,
        _ => return None,
    };
    if o.class.builtin != Some(Builtin::Native) {
        return None;
    }
    match &*o.payload.borrow() {
        Payload::Value(Value::Dict(d)) => Some((d.clone(), kind)),
        _ => None,
    }
}

/// `x in view`: a key lookup for keys, a key lookup and an equal value for
/// items, a search for values.
pub fn view_contains(interp: &mut Interp<'_>, d: &DictRef, kind: DictView, x: &Value) -> Result<bool, Value> {
    match kind {
        DictView::Keys => {
            let k = interp.key(x)?;
            let found = d.borrow().contains_key(&k);
            Ok(found)
        }
        DictView::Items => {
            let Value::Tuple(pair) = builtin_value(x) else {
                return Ok(false);
            };
            if pair.len() != 2 {
                return Ok(false);
            }
            let k = interp.key(&pair[0])?;
            let found = d.borrow().get(&k).cloned();
            match found {
                Some(v) => same(interp, &v, &pair[1]),
                None => Ok(false),
            }
        }
        DictView::Values => {
            let values: Vec<Value> = d.borrow().values().cloned().collect();
            seq::items_contain(interp, &values, x)
        }
    }
}

/// The dict behind a view.
fn view_dict(interp: &Interp<'_>, args: &Args, kind: DictView, method: &str) -> Result<DictRef, Value> {
    receiver(interp, args, view_name(kind), method, |v| match v {
        Value::Object(o) => match &*o.payload.borrow() {
            Payload::Value(Value::Dict(d)) if *o.class.name == *view_name(kind) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    })
}

/// The dict behind any view, for the methods all three share.
fn any_view_dict(interp: &Interp<'_>, args: &Args) -> Result<DictRef, Value> {
    receiver(interp, args, "dict_keys", "__len__", |v| match v {
        Value::Object(o) => match &*o.payload.borrow() {
            Payload::Value(Value::Dict(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    })
}

fn view_len(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = any_view_dict(interp, &args)?;
    slot_args(interp, &args, 0)?;
    let n = d.borrow().len();
    ret(Value::Int(n as i64))
}

fn view_iter(interp: &mut Interp<'_>, args: Args, kind: DictView) -> NativeResult {
    let d = view_dict(interp, &args, kind, "__iter__")?;
    slot_args(interp, &args, 0)?;
    ret(iter_dict(&d, kind))
}

fn keys_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_iter(interp, args, DictView::Keys)
}

fn values_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_iter(interp, args, DictView::Values)
}

fn items_iter(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_iter(interp, args, DictView::Items)
}

fn view_reversed(interp: &mut Interp<'_>, args: Args, kind: DictView) -> NativeResult {
    let d = view_dict(interp, &args, kind, "__reversed__")?;
    slot_args(interp, &args, 0)?;
    ret(reversed_entries(&d, kind))
}

fn keys_reversed(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_reversed(interp, args, DictView::Keys)
}

fn values_reversed(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_reversed(interp, args, DictView::Values)
}

fn items_reversed(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_reversed(interp, args, DictView::Items)
}

/// "dict_items([('a', 1)])".
fn view_repr(interp: &mut Interp<'_>, args: Args, kind: DictView) -> NativeResult {
    let d = view_dict(interp, &args, kind, "__repr__")?;
    let entries: Vec<Value> = d.borrow().iter().map(|(k, v)| view_item(kind, k, v)).collect();
    let mut out = String::from(view_name(kind));
    out.push_str("([");
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&interp.repr(e)?);
    }
    out.push_str("])");
    ret(Value::str(&out))
}

fn keys_repr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_repr(interp, args, DictView::Keys)
}

fn values_repr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_repr(interp, args, DictView::Values)
}

fn items_repr(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_repr(interp, args, DictView::Items)
}

fn keys_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = view_dict(interp, &args, DictView::Keys, "__contains__")?;
    slot_args(interp, &args, 1)?;
    ret(Value::Bool(view_contains(interp, &d, DictView::Keys, &args.pos[1])?))
}

fn items_contains(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let d = view_dict(interp, &args, DictView::Items, "__contains__")?;
    slot_args(interp, &args, 1)?;
    ret(Value::Bool(view_contains(interp, &d, DictView::Items, &args.pos[1])?))
}

/// The members a keys or items view stands for, as a set.
pub fn view_members(interp: &mut Interp<'_>, d: &DictRef, kind: DictView) -> Result<Set, Value> {
    let entries: Vec<Value> = d.borrow().iter().map(|(k, v)| view_item(kind, k, v)).collect();
    let mut out = Set::default();
    for e in entries {
        out.insert(interp.key(&e)?);
    }
    Ok(out)
}

/// The members of an operand of a view operator: a keys or items view's,
/// or any iterable's.
pub fn other_members(interp: &mut Interp<'_>, other: &Value) -> Result<Set, Value> {
    match as_view(other) {
        Some((d, kind @ (DictView::Keys | DictView::Items))) => view_members(interp, &d, kind),
        _ => set_of(interp, other),
    }
}

/// A set operator with a keys or items view on the left (or, for the
/// reflected forms, the right; `|` and `&` are symmetric in their members).
fn view_operator(interp: &mut Interp<'_>, args: Args, kind: DictView, op: BinOp) -> NativeResult {
    let d = view_dict(interp, &args, kind, "__or__")?;
    slot_args(interp, &args, 1)?;
    let mine = view_members(interp, &d, kind)?;
    let theirs = other_members(interp, &args.pos[1])?;
    ret(set_value(set::combine(op, &mine, &theirs)))
}

fn keys_or(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_operator(interp, args, DictView::Keys, BinOp::Or)
}

fn keys_and(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_operator(interp, args, DictView::Keys, BinOp::And)
}

fn keys_sub(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_operator(interp, args, DictView::Keys, BinOp::Sub)
}

fn keys_xor(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_operator(interp, args, DictView::Keys, BinOp::Xor)
}

fn items_or(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_operator(interp, args, DictView::Items, BinOp::Or)
}

fn items_and(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_operator(interp, args, DictView::Items, BinOp::And)
}

fn items_sub(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_operator(interp, args, DictView::Items, BinOp::Sub)
}

fn items_xor(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_operator(interp, args, DictView::Items, BinOp::Xor)
}

/// Comparisons of a keys or items view with a set or another view: as
/// sets. With anything else they are unequal and unordered.
fn view_compare(interp: &mut Interp<'_>, args: Args, kind: DictView, op: CmpOp) -> NativeResult {
    let d = view_dict(interp, &args, kind, "__eq__")?;
    slot_args(interp, &args, 1)?;
    let other = &args.pos[1];
    let comparable =
        set::members(other).is_some() || matches!(as_view(other), Some((_, DictView::Keys | DictView::Items)));
    if !comparable {
        return match op {
            CmpOp::Eq => ret(Value::Bool(false)),
            CmpOp::Ne => ret(Value::Bool(true)),
            _ => Err(seq::not_supported(interp, op, &args.pos[0], other)),
        };
    }
    let mine = view_members(interp, &d, kind)?;
    let theirs = other_members(interp, other)?;
    ret(Value::Bool(set::compare_members(op, &mine, &theirs)))
}

fn keys_eq(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_compare(interp, args, DictView::Keys, CmpOp::Eq)
}

fn keys_ne(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_compare(interp, args, DictView::Keys, CmpOp::Ne)
}

fn keys_lt(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_compare(interp, args, DictView::Keys, CmpOp::Lt)
}

fn keys_le(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_compare(interp, args, DictView::Keys, CmpOp::Le)
}

fn keys_gt(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_compare(interp, args, DictView::Keys, CmpOp::Gt)
}

fn keys_ge(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_compare(interp, args, DictView::Keys, CmpOp::Ge)
}

fn items_eq(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_compare(interp, args, DictView::Items, CmpOp::Eq)
}

fn items_ne(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_compare(interp, args, DictView::Items, CmpOp::Ne)
}

fn view_isdisjoint(interp: &mut Interp<'_>, args: Args, kind: DictView) -> NativeResult {
    let d = view_dict(interp, &args, kind, "isdisjoint")?;
    let other = Sig::pos("isdisjoint", "isdisjoint", &["other"], 1, Style::One).parse(interp, rest(&args), &args.kw)?;
    let mine = view_members(interp, &d, kind)?;
    let theirs = other_members(interp, other[0].as_ref().unwrap_or(&Value::None))?;
    ret(Value::Bool(!mine.iter().any(|k| theirs.contains(k))))
}

fn keys_isdisjoint(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_isdisjoint(interp, args, DictView::Keys)
}

fn items_isdisjoint(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    view_isdisjoint(interp, args, DictView::Items)
}
