//! User-defined descriptors: a class attribute whose own class defines
//! `__get__` (and `__set__` or `__delete__`, making it a data descriptor)
//! decides what reading (and writing) the attribute does, as in CPython's
//! `PyObject_GenericGetAttr`: a data descriptor comes before the instance's
//! dict, a non-data one after it.

use super::interp::Interp;
use crate::lang::value::{Class, Value};
use std::rc::Rc;

impl Interp<'_> {
    /// Whether `attr` is an instance of a class defining `__set__` or `__delete__`.
    pub(super) fn is_data_descriptor(&self, attr: &Value) -> bool {
        let Value::Object(d) = attr else { return false };
        self.lookup_class_attr(&d.class, "__set__").is_some() || self.lookup_class_attr(&d.class, "__delete__").is_some()
    }

    /// What `__get__` of the descriptor `attr` gives for `obj` (None for
    /// the class itself) of class `owner`; None when `attr` is no
    /// descriptor, or a non-data one `shadowed` by the instance's dict.
    pub(super) fn descriptor_get(
        &mut self,
        attr: &Value,
        obj: &Value,
        owner: &Rc<Class>,
        shadowed: bool,
    ) -> Result<Option<Value>, Value> {
        let Value::Object(d) = attr else { return Ok(None) };
        let Some(get) = self.lookup_class_attr(&d.class, "__get__") else { return Ok(None) };
        if shadowed && !self.is_data_descriptor(attr) {
            return Ok(None);
        }
        self.call(&get, vec![attr.clone(), obj.clone(), Value::Class(owner.clone())]).map(Some)
    }

    /// Calls the descriptor's `__set__(obj, v)` when `attr` has one; whether it did.
    pub(super) fn descriptor_set(&mut self, attr: &Value, obj: &Value, v: &Value) -> Result<bool, Value> {
        let Value::Object(d) = attr else { return Ok(false) };
        let Some(set) = self.lookup_class_attr(&d.class, "__set__") else { return Ok(false) };
        self.call(&set, vec![attr.clone(), obj.clone(), v.clone()])?;
        Ok(true)
    }
}
