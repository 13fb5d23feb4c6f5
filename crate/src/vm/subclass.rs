//! What a class statement does once its class is built, as CPython's
//! `type_new` does it: `__set_name__` on the attributes whose classes define
//! it, then the parent's `__init_subclass__` with the statement's keywords;
//! and which metaclass a class statement calls.

use super::interp::Interp;
use crate::lang::error::ExcKind;
use crate::lang::value::{Class, Descriptor, Name, Value};
use std::rc::Rc;

impl Interp<'_> {
    /// The metaclass a class statement calls, when it is not `type`: the
    /// `metaclass=` keyword, or the most derived of the bases' metaclasses;
    /// and the other keywords.
    pub(super) fn metaclass(
        &mut self,
        bases: &[Value],
        kwargs: Vec<(Name, Value)>,
    ) -> Result<(Option<Value>, Vec<(Name, Value)>), Value> {
        let mut explicit = None;
        let mut rest = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            if &*k == "metaclass" {
                explicit = Some(v);
            } else {
                rest.push((k, v));
            }
        }
        let type_ = self.types().type_.clone();
        let mut winner = match explicit {
            Some(Value::Class(c)) => c,
            // A function as metaclass is called as it is.
            Some(other) => return Ok((Some(other), rest)),
            None => type_.clone(),
        };
        for b in bases {
            let Value::Class(b) = b else { continue };
            let m = b.meta.clone().unwrap_or_else(|| type_.clone());
            if self.is_subclass(&winner, &m) {
                continue;
            }
            if !self.is_subclass(&m, &winner) {
                let msg = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";
                return Err(self.error(ExcKind::TypeError, msg));
            }
            winner = m;
        }
        Ok(((!Rc::ptr_eq(&winner, &type_)).then_some(Value::Class(winner)), rest))
    }

    /// Runs `__set_name__` and the parent's `__init_subclass__` for the new
    /// class `cls`; its own `__init_subclass__` becomes a classmethod.
    pub(super) fn init_new_class(&mut self, cls: &Rc<Class>, kwargs: Vec<(Name, Value)>) -> Result<(), Value> {
        let own = cls.dict.borrow().get("__init_subclass__").cloned();
        if let Some(f @ Value::Function(_)) = own {
            let wrapped = Value::Descriptor(Rc::new(Descriptor::ClassMethod(f)));
            cls.dict.borrow_mut().insert(Rc::from("__init_subclass__"), wrapped);
        }
        let attrs: Vec<(Name, Value)> = cls.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (name, v) in attrs {
            let Value::Object(o) = &v else { continue };
            if let Some(set_name) = self.lookup_class_attr(&o.class, "__set_name__") {
                self.call(&set_name, vec![v.clone(), Value::Class(cls.clone()), Value::Str(name)])?;
            }
        }
        let parent = cls.mro.iter().filter(|c| !Rc::ptr_eq(c, cls)).find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
        if let Some(Value::Descriptor(d)) = &parent {
            if let Descriptor::ClassMethod(f) = &**d {
                self.call_kw(f, vec![Value::Class(cls.clone())], kwargs)?;
                return Ok(());
            }
        }
        no_keywords(self, cls, &kwargs)
    }
}

/// `object.__init_subclass__`: takes no keywords.
pub(super) fn no_keywords(interp: &Interp<'_>, cls: &Class, kwargs: &[(Name, Value)]) -> Result<(), Value> {
    if kwargs.is_empty() {
        return Ok(());
    }
    let msg = format!("{}.__init_subclass__() takes no keyword arguments", cls.name);
    Err(interp.error(ExcKind::TypeError, msg))
}
