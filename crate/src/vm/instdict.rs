//! An instance's `__dict__` (and `vars(obj)`): a dict of its attributes
//! that is a dict everywhere a dict is read (json, `**`, iteration), and
//! whose changes (`obj.__dict__[k] = v`, `update`, `pop`, `del`...) reach
//! the instance. It is made afresh at each `obj.__dict__`: a change to the
//! instance's attributes after that does not show in it.

use super::interp::Interp;
use crate::lang::error::ExcKind;
use crate::lang::types::args::ret;
use crate::lang::value::{Args, Dict, Key, NativeFn, NativeResult, Object, Payload, Value};
use std::rc::Rc;

/// Where the view keeps the instance it stands for, in its own attributes.
const OWNER: &str = "__owner__";

/// The methods that change the view, and so the instance.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__ior__", ior),
    ("update", update),
    ("pop", pop),
    ("popitem", popitem),
    ("setdefault", setdefault),
    ("clear", clear),
];

impl Interp<'_> {
    /// `obj.__dict__` for an instance: a view of its attributes.
    pub(super) fn instance_dict(&self, o: &Rc<Object>) -> Value {
        let d: Dict = o.dict.borrow().iter().map(|(k, v)| (Key(Value::Str(k.clone())), v.clone())).collect();
        let view = Object::new(self.types().instance_dict.clone(), Payload::Value(Value::dict(d)));
        view.dict.borrow_mut().insert(Rc::from(OWNER), Value::Object(o.clone()));
        Value::Object(Rc::new(view))
    }
}

impl Interp<'_> {
    /// `obj.__dict__ = d`: the instance's attributes become the str keys of `d`.
    pub(super) fn replace_instance_dict(&mut self, o: &Object, d: &Value) -> Result<(), Value> {
        let Value::Dict(d) = crate::lang::types::args::builtin_value(d) else {
            let t = self.type_name(d);
            return Err(self.error(ExcKind::TypeError, format!("__dict__ must be set to a dictionary, not a '{t}'")));
        };
        set_attrs(o, &d.borrow());
        Ok(())
    }
}

/// Gives the instance the str keys of `d` as its attributes, in order.
fn set_attrs(o: &Object, d: &Dict) {
    let attrs = d
        .iter()
        .filter_map(|(k, v)| match &k.0 {
            Value::Str(s) => Some((s.clone(), v.clone())),
            _ => None,
        })
        .collect();
    *o.dict.borrow_mut() = attrs;
}

/// Runs the dict method `name` on the view's dict, then gives the instance
/// the view's str keys as its attributes, in order.
fn through(interp: &mut Interp<'_>, args: Args, name: &str) -> Result<Value, Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Object(view)) = pos.next() else {
        return Err(interp.error(ExcKind::TypeError, format!("descriptor '{name}' needs a dict")));
    };
    let d = match &*view.payload.borrow() {
        Payload::Value(d @ Value::Dict(_)) => d.clone(),
        _ => return Err(interp.error(ExcKind::TypeError, format!("descriptor '{name}' needs a dict"))),
    };
    let method = interp.get_attr(&d, name)?;
    let result = interp.call_kw(&method, pos.collect(), args.kw)?;
    let owner = view.dict.borrow().get(OWNER).cloned();
    if let (Some(Value::Object(owner)), Value::Dict(d)) = (owner, &d) {
        set_attrs(&owner, &d.borrow());
    }
    Ok(result)
}

macro_rules! through_dict {
    ($($f:ident => $name:literal),*) => {$(
        /// The dict method of the same name, reaching the instance.
        fn $f(interp: &mut Interp<'_>, args: Args) -> NativeResult {
            through(interp, args, $name).map(crate::lang::value::Flow::Return)
        }
    )*};
}
through_dict!(setitem => "__setitem__", delitem => "__delitem__", update => "update", pop => "pop",
    popitem => "popitem", setdefault => "setdefault", clear => "clear");

/// `view |= other`: the view itself.
fn ior(interp: &mut Interp<'_>, args: Args) -> NativeResult {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    through(interp, args, "update")?;
    ret(this)
}
