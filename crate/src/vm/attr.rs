//! Attribute access: `obj.name`, as CPython's `PyObject_GenericGetAttr`
//! (data descriptors, then the instance dict, then the class) and
//! `type_getattro` for classes; method binding; `isinstance`.

use super::interp::{Ctl, Interp};
use crate::lang::error::ExcKind;
use crate::lang::value::{Class, Descriptor, Key, Payload, Value};
use std::rc::Rc;

impl Interp<'_> {
    /// The class of a value (`type(v)`).
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = self.types();
        match v {
            Value::Object(o) => o.class.clone(),
            Value::None | Value::Unbound => t.none_type.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Native(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.meta.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Module(_) => t.module.clone(),
            Value::Generator(_) => t.generator.clone(),
            Value::Iterator(_) => t.iterator.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Descriptor(d) => match &**d {
                Descriptor::Static(_) => t.staticmethod.clone(),
                Descriptor::ClassMethod(_) => t.classmethod.clone(),
                Descriptor::Property { .. } => t.property.clone(),
            },
        }
    }

    /// The name of a value's class, for messages.
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        self.class_of(v).name.clone()
    }

    /// Whether `sub` is `cls` or derives from it.
    pub fn is_subclass(&self, sub: &Rc<Class>, cls: &Rc<Class>) -> bool {
        Rc::ptr_eq(sub, cls)
            || sub.mro.iter().any(|c| Rc::ptr_eq(c, cls))
            || (Rc::ptr_eq(cls, &self.types().int) && Rc::ptr_eq(sub, &self.types().bool))
    }

    /// `isinstance(v, cls)` for one class.
    pub fn is_instance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        let c = self.class_of(v);
        self.is_subclass(&c, cls)
    }

    /// Looks `name` up in a class and its MRO, without binding.
    pub fn lookup_class_attr(&self, cls: &Rc<Class>, name: &str) -> Option<Value> {
        if let Some(v) = cls.dict.borrow().get(name) {
            return Some(v.clone());
        }
        cls.mro.iter().find_map(|c| c.dict.borrow().get(name).cloned())
    }

    /// For `LoadMethod`: the plain function `name` of obj's class when
    /// calling it needs `obj` as first argument, else None.
    pub fn lookup_method(&mut self, obj: &Value, name: &str) -> Result<Option<Value>, Value> {
        match obj {
            Value::Module(_) | Value::Class(_) => return Ok(None),
            Value::Object(o) => {
                if matches!(*o.payload.borrow(), Payload::Super(..)) || o.dict.borrow().contains_key(name) {
                    return Ok(None);
                }
            }
            _ => {}
        }
        let cls = self.class_of(obj);
        Ok(match self.lookup_class_attr(&cls, name) {
            Some(f @ Value::Function(_)) => Some(f),
            Some(Value::Native(n)) if n.is_method => Some(Value::Native(n)),
            _ => None,
        })
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> Result<Value, Value> {
        self.get_attr_inner(obj, name).map_err(|e| {
            self.attribute_error_context(&e, obj, name);
            e
        })
    }

    fn get_attr_inner(&mut self, obj: &Value, name: &str) -> Result<Value, Value> {
        match obj {
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get(&Key(Value::str(name))) {
                    return Ok(v.clone());
                }
                if name == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                Err(self.error(
                    ExcKind::AttributeError,
                    format!("module '{}' has no attribute '{name}'", m.name),
                ))
            }
            Value::Class(c) => self.class_getattr(c, name),
            Value::Object(o) => {
                if let Payload::Super(start, this) = &*o.payload.borrow() {
                    let (start, this) = (start.clone(), this.clone());
                    return self.super_getattr(&start, &this, name);
                }
                match name {
                    "__class__" => return Ok(Value::Class(o.class.clone())),
                    "__dict__" => return Ok(self.instance_dict(o)),
                    _ => {}
                }
                let tattr = self.lookup_class_attr(&o.class, name);
                if let Some(Value::Descriptor(d)) = &tattr {
                    if let Descriptor::Property { fget, .. } = &**d {
                        if matches!(fget, Value::None) {
                            return Err(self.error(
                                ExcKind::AttributeError,
                                format!("property '{name}' of '{}' object has no getter", o.class.name),
                            ));
                        }
                        return self.call(fget, vec![obj.clone()]);
                    }
                }
                if let Some(t @ Value::Object(_)) = &tattr {
                    let shadowed = o.dict.borrow().contains_key(name);
                    if let Some(v) = self.descriptor_get(t, obj, &o.class, shadowed)? {
                        return Ok(v);
                    }
                }
                if let Some(v) = o.dict.borrow().get(name) {
                    return Ok(v.clone());
                }
                if let Some(v) = self.exception_attr(o, name) {
                    return Ok(v);
                }
                if let Some(t) = tattr {
                    return Ok(self.bind_class_attr(t, obj, &o.class));
                }
                if let Some(ga) = self.lookup_class_attr(&o.class, "__getattr__") {
                    return self.call(&ga, vec![obj.clone(), Value::str(name)]);
                }
                Err(self.error(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute '{name}'", o.class.name),
                ))
            }
            Value::Function(f) => match name {
                "__name__" => Ok(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Ok(Value::Str(f.qualname.borrow().clone())),
                "__module__" => Ok(Value::Str(f.module.clone())),
                "__doc__" => Ok(f.doc.borrow().clone()),
                "__defaults__" => Ok(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) }),
                "__kwdefaults__" => Ok(if f.kwdefaults.is_empty() {
                    Value::None
                } else {
                    Value::dict(f.kwdefaults.iter().map(|(k, v)| (Key(Value::Str(k.clone())), v.clone())).collect())
                }),
                _ => match f.dict.borrow().get(name) {
                    Some(v) => Ok(v.clone()),
                    None => self.generic_getattr(obj, name),
                },
            },
            Value::Native(n) if name == "__name__" || name == "__qualname__" => Ok(Value::Str(n.name.clone())),
            Value::Descriptor(d) => match (&**d, name) {
                (Descriptor::Property { fget, .. }, "fget") => Ok(fget.clone()),
                (Descriptor::Property { fset, .. }, "fset") => Ok(fset.clone()),
                (Descriptor::Property { fdel, .. }, "fdel") => Ok(fdel.clone()),
                // Abstract when its getter is (abc's @property @abstractmethod).
                (Descriptor::Property { fget, .. }, "__isabstractmethod__") => {
                    let abstract_ = self.get_attr(fget, name).ok().is_some_and(|v| matches!(v, Value::Bool(true)));
                    Ok(Value::Bool(abstract_))
                }
                (Descriptor::Static(f) | Descriptor::ClassMethod(f), "__func__") => Ok(f.clone()),
                _ => self.generic_getattr(obj, name),
            },
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(m.0.clone()),
                "__func__" => Ok(m.1.clone()),
                _ => self.get_attr(&m.1.clone(), name),
            },
            _ => self.generic_getattr(obj, name),
        }
    }

    fn generic_getattr(&mut self, obj: &Value, name: &str) -> Result<Value, Value> {
        let cls = self.class_of(obj);
        if name == "__class__" {
            return Ok(Value::Class(cls));
        }
        if let Some(v) = self.builtin_value_attr(obj, name) {
            return Ok(v);
        }
        match self.lookup_class_attr(&cls, name) {
            Some(t) => Ok(self.bind_class_attr(t, obj, &cls)),
            None => Err(self.error(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", cls.name),
            )),
        }
    }

    /// Data attributes of built-in values (`range.start`, `slice.step`).
    fn builtin_value_attr(&self, obj: &Value, name: &str) -> Option<Value> {
        match (obj, name) {
            (Value::Range(r), "start") => Some(Value::Int(r.start)),
            (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
            (Value::Range(r), "step") => Some(Value::Int(r.step)),
            (Value::Slice(s), "start") => Some(s[0].clone()),
            (Value::Slice(s), "stop") => Some(s[1].clone()),
            (Value::Slice(s), "step") => Some(s[2].clone()),
            (Value::Generator(g), "__name__") => Some(Value::Str(g.borrow().code.name.clone())),
            (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(obj.clone()),
            (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        }
    }

    /// Binds what a class holds to the instance it was looked up through.
    fn bind_class_attr(&self, t: Value, obj: &Value, cls: &Rc<Class>) -> Value {
        match t {
            Value::Function(_) => Value::BoundMethod(Rc::new((obj.clone(), t))),
            Value::Native(ref n) if n.is_method => Value::BoundMethod(Rc::new((obj.clone(), t))),
            Value::Descriptor(d) => match &*d {
                Descriptor::Static(f) => f.clone(),
                Descriptor::ClassMethod(f) => Value::BoundMethod(Rc::new((Value::Class(cls.clone()), f.clone()))),
                Descriptor::Property { .. } => Value::Descriptor(d.clone()),
            },
            other => other,
        }
    }

    fn class_getattr(&mut self, c: &Rc<Class>, name: &str) -> Result<Value, Value> {
        match name {
            "__name__" => return Ok(Value::Str(c.name.clone())),
            "__qualname__" => return Ok(Value::Str(c.qualname.clone())),
            "__module__" => return Ok(Value::Str(c.module.clone())),
            "__bases__" => return Ok(Value::tuple(c.bases.iter().map(|b| Value::Class(b.clone())).collect())),
            "__mro__" => {
                let mut v = vec![Value::Class(c.clone())];
                v.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
                return Ok(Value::tuple(v));
            }
            "__class__" => return Ok(Value::Class(c.meta.clone().unwrap_or_else(|| self.types().type_.clone()))),
            // A class's own annotations, never its bases': an empty dict,
            // kept, for a class without any (CPython 3.10+).
            "__annotations__" => {
                let mut dict = c.dict.borrow_mut();
                let own = dict.entry(Rc::from(name)).or_insert_with(|| Value::dict(Default::default()));
                return Ok(own.clone());
            }
            "__dict__" => {
                let d = c.dict.borrow().iter().map(|(k, v)| (Key(Value::Str(k.clone())), v.clone())).collect();
                return Ok(Value::dict(d));
            }
            _ => {}
        }
        match self.lookup_class_attr(c, name) {
            Some(Value::Descriptor(d)) => Ok(match &*d {
                Descriptor::Static(f) => f.clone(),
                Descriptor::ClassMethod(f) => Value::BoundMethod(Rc::new((Value::Class(c.clone()), f.clone()))),
                Descriptor::Property { .. } => Value::Descriptor(d.clone()),
            }),
            Some(v @ Value::Object(_)) => Ok(self.descriptor_get(&v, &Value::None, c, false)?.unwrap_or(v)),
            Some(v) => Ok(v),
            // `object.__new__` and the built-in value types' (`int.__new__`).
            None if name == "__new__" && !self.is_subclass(c, &self.types().type_) => {
                Ok(super::types::native("__new__", super::builtins::object_new, false))
            }
            None => {
                // Methods of the metaclass: `type`'s own (mro()), or a user metaclass's.
                let meta = c.meta.clone().unwrap_or_else(|| self.types().type_.clone());
                if let Some(t) = self.lookup_class_attr(&meta, name) {
                    return Ok(self.bind_class_attr(t, &Value::Class(c.clone()), &meta));
                }
                Err(self.error(
                    ExcKind::AttributeError,
                    format!("type object '{}' has no attribute '{name}'", c.name),
                ))
            }
        }
    }

    fn super_getattr(&mut self, start: &Rc<Class>, this: &Value, name: &str) -> Result<Value, Value> {
        // A class below `start` looks in its own MRO (class methods); any
        // other value, a class too (a metaclass's methods), in its type's.
        let (cls, instance) = match this {
            Value::Class(c) if self.is_subclass(c, start) => (c.clone(), false),
            other => (self.class_of(other), true),
        };
        let mut full = vec![cls.clone()];
        full.extend(cls.mro.iter().cloned());
        let pos = full.iter().position(|c| Rc::ptr_eq(c, start)).map(|p| p + 1).unwrap_or(full.len());
        for c in &full[pos..] {
            let found = c.dict.borrow().get(name).cloned();
            if let Some(v) = found {
                return Ok(match v {
                    Value::Function(_) if !instance => v,
                    Value::Descriptor(ref d) if matches!(&**d, Descriptor::Property { .. }) => {
                        if let Descriptor::Property { fget, .. } = &**d {
                            return self.call(fget, vec![this.clone()]);
                        }
                        v
                    }
                    other => self.bind_class_attr(other, this, &cls),
                });
            }
        }
        Err(self.error(ExcKind::AttributeError, format!("'super' object has no attribute '{name}'")))
    }

    /// `obj.name = v`, where a property setter may run Python code.
    pub(super) fn set_attr_flow(&mut self, obj: &Value, name: &str, v: Value) -> Result<Ctl, Value> {
        self.set_attr(obj, name, v)?;
        Ok(Ctl::Next)
    }

    /// `setattr(obj, name, v)`.
    pub fn set_attr(&mut self, obj: &Value, name: &str, v: Value) -> Result<(), Value> {
        match obj {
            Value::Object(o) if name == "__dict__" => self.replace_instance_dict(o, &v),
            Value::Object(o) => {
                let tattr = self.lookup_class_attr(&o.class, name);
                if let Some(t @ Value::Object(_)) = &tattr {
                    if self.descriptor_set(t, obj, &v)? {
                        return Ok(());
                    }
                }
                if let Some(Value::Descriptor(d)) = tattr {
                    if let Descriptor::Property { fset, .. } = &*d {
                        if matches!(fset, Value::None) {
                            return Err(self.error(
                                ExcKind::AttributeError,
                                format!("property '{name}' of '{}' object has no setter", o.class.name),
                            ));
                        }
                        self.call(fset, vec![obj.clone(), v])?;
                        return Ok(());
                    }
                }
                if let Some(sa) = self.lookup_class_attr(&o.class, "__setattr__") {
                    if !matches!(sa, Value::Native(_)) {
                        self.call(&sa, vec![obj.clone(), Value::str(name), v])?;
                        return Ok(());
                    }
                }
                if self.set_exception_attr(o, name, &v) {
                    return Ok(());
                }
                // Instances of `object` itself have no __dict__.
                if Rc::ptr_eq(&o.class, &self.types().object) {
                    return Err(self.error(ExcKind::AttributeError, format!("'object' object has no attribute '{name}'")));
                }
                o.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Class(c) => {
                crate::lang::code::bump_class_epoch();
                c.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().insert(Key(Value::str(name)), v);
                Ok(())
            }
            Value::Function(f) => {
                match (name, &v) {
                    ("__name__", Value::Str(s)) => *f.name.borrow_mut() = s.clone(),
                    ("__qualname__", Value::Str(s)) => *f.qualname.borrow_mut() = s.clone(),
                    ("__name__" | "__qualname__", _) => {
                        let msg = format!("{name} must be set to a string object");
                        return Err(self.error(ExcKind::TypeError, msg));
                    }
                    ("__doc__", _) => *f.doc.borrow_mut() = v,
                    _ => {
                        f.dict.borrow_mut().insert(Rc::from(name), v);
                    }
                }
                Ok(())
            }
            other => {
                let t = self.type_name(other);
                Err(self.error(ExcKind::AttributeError, format!("'{t}' object has no attribute '{name}'")))
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &str) -> Result<(), Value> {
        if let Value::Object(o) = obj {
            if let Some(Value::Descriptor(d)) = self.lookup_class_attr(&o.class, name) {
                if let Descriptor::Property { fdel, .. } = &*d {
                    if matches!(fdel, Value::None) {
                        return Err(self.error(
                            ExcKind::AttributeError,
                            format!("property '{name}' of '{}' object has no deleter", o.class.name),
                        ));
                    }
                    self.call(fdel, vec![obj.clone()])?;
                    return Ok(());
                }
            }
        }
        let removed = match obj {
            Value::Object(o) => o.dict.borrow_mut().shift_remove(name).is_some(),
            Value::Class(c) => {
                crate::lang::code::bump_class_epoch();
                c.dict.borrow_mut().shift_remove(name).is_some()
            }
            Value::Module(m) => m.dict.borrow_mut().shift_remove(&Key(Value::str(name))).is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            let t = self.type_name(obj);
            Err(self.error(ExcKind::AttributeError, format!("'{t}' object has no attribute '{name}'")))
        }
    }
}
