//! Operators and the object protocols built on them: arithmetic with
//! reflected dunders, rich comparison, truth, hashing, length, indexing,
//! containment, `repr`/`str`/`format` (CPython's `abstract.c` and `object.c`).

use super::interp::Interp;
use crate::lang::code::{BinOp, CmpOp, UnOp};
use crate::lang::error::ExcKind;
use crate::lang::types::seq;
use crate::lang::value::{Key, Payload, Value};
use crate::lang::{format, num, repr};

/// The dunder names of a binary operator: normal, reflected, in-place, and its symbol.
fn dunders(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::And => ("__and__", "__rand__", "__iand__", "&"),
        BinOp::Or => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__", "^"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    }
}

impl Interp<'_> {
    pub(super) fn user_method(&mut self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Object(o) => match self.lookup_class_attr(&o.class, name) {
                Some(f @ Value::Function(_)) => Some(f),
                _ => None,
            },
            _ => None,
        }
    }

    /// The built-in value an instance of a subclass of a built-in type
    /// carries, when its class does not define `dunder` in Python.
    fn value_stand_in(&self, v: &Value, dunder: &str) -> Option<Value> {
        let Value::Object(o) = v else { return None };
        let inner = match &*o.payload.borrow() {
            // Dict views carry their dict too, but do not stand for it.
            Payload::Value(inner) if !matches!(inner, Value::Dict(_)) || self.is_subclass(&o.class, &self.types().dict) => {
                inner.clone()
            }
            _ => return None,
        };
        match self.lookup_class_attr(&o.class, dunder) {
            Some(Value::Function(_)) => None,
            _ => Some(inner),
        }
    }

    fn not_implemented(&self, v: &Value) -> bool {
        v.is(&self.types().not_implemented)
    }

    /// `a op b` (or `a op= b` with `inplace`).
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> Result<Value, Value> {
        if let Some(r) = num::binary(op, a, b) {
            return r.map_err(|(k, m)| self.error(k, m));
        }
        if let (Value::Str(s), BinOp::Mod) = (a, op) {
            return format::percent(self, s, b).map(|s| Value::str(&s));
        }
        if inplace {
            if let Some(r) = seq::seq_inplace(self, op, a, b) {
                return r;
            }
        }
        if let Some(r) = seq::seq_binary(self, op, a, b) {
            return r;
        }
        let (name, rname, iname, sym) = dunders(op);
        // Instances of subclasses of int, float, str... compute with their
        // value unless their class defines the operator in Python.
        let (va, vb) = (self.value_stand_in(a, name), self.value_stand_in(b, rname));
        if va.is_some() || vb.is_some() {
            let (x, y) = (va.unwrap_or_else(|| a.clone()), vb.unwrap_or_else(|| b.clone()));
            if !matches!(x, Value::Object(_)) || !matches!(y, Value::Object(_)) {
                return self.binary_op(op, &x, &y, inplace);
            }
        }
        if inplace {
            if let Some(f) = self.user_method(a, iname) {
                let r = self.call(&f, vec![a.clone(), b.clone()])?;
                if !self.not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.user_method(a, name) {
            let r = self.call(&f, vec![a.clone(), b.clone()])?;
            if !self.not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(f) = self.user_method(b, rname) {
            let r = self.call(&f, vec![b.clone(), a.clone()])?;
            if !self.not_implemented(&r) {
                return Ok(r);
            }
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let sym = if inplace { format!("{}=", sym.split(' ').next().unwrap()) } else { sym.to_string() };
        Err(self.error(
            ExcKind::TypeError,
            format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"),
        ))
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary_op(&mut self, op: UnOp, a: &Value) -> Result<Value, Value> {
        if let Some(r) = num::unary(op, a) {
            return r.map_err(|(k, m)| self.error(k, m));
        }
        let (name, sym) = match op {
            UnOp::Neg => ("__neg__", "-"),
            UnOp::Pos => ("__pos__", "+"),
            UnOp::Invert => ("__invert__", "~"),
            UnOp::Not => return Ok(Value::Bool(!self.truthy(a)?)),
        };
        if let Some(f) = self.user_method(a, name) {
            return self.call(&f, vec![a.clone()]);
        }
        if let Some(x) = self.value_stand_in(a, name) {
            return self.unary_op(op, &x);
        }
        let t = self.type_name(a);
        Err(self.error(ExcKind::TypeError, format!("bad operand type for unary {sym}: '{t}'")))
    }

    /// `a op b` for the six rich comparisons.
    pub fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> Result<Value, Value> {
        if let Some(ord) = num::compare(a, b) {
            return Ok(Value::Bool(match (op, ord) {
                (CmpOp::Eq, _) => num::num_eq(a, b),
                (CmpOp::Ne, _) => !num::num_eq(a, b),
                (_, None) => false,
                (op, Some(o)) => seq::op_holds(op, o),
            }));
        }
        let (name, reflected) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
            _ => unreachable!("identity and membership are not rich comparisons"),
        };
        let (va, vb) = (self.value_stand_in(a, name), self.value_stand_in(b, reflected));
        if va.is_some() || vb.is_some() {
            let (x, y) = (va.unwrap_or_else(|| a.clone()), vb.unwrap_or_else(|| b.clone()));
            if !matches!(x, Value::Object(_)) || !matches!(y, Value::Object(_)) {
                return self.rich_compare(op, &x, &y);
            }
        }
        if let Some(r) = seq::seq_compare(self, op, a, b) {
            return r;
        }
        if let Some(f) = self.user_method(a, name) {
            let r = self.call(&f, vec![a.clone(), b.clone()])?;
            if !self.not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(f) = self.user_method(b, reflected) {
            let r = self.call(&f, vec![b.clone(), a.clone()])?;
            if !self.not_implemented(&r) {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => {
                if let Some(f) = self.user_method(a, "__eq__") {
                    let r = self.call(&f, vec![a.clone(), b.clone()])?;
                    if !self.not_implemented(&r) {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => Err(seq::not_supported(self, op, a, b)),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> Result<bool, Value> {
        if a.is(b) {
            return Ok(true);
        }
        let r = self.rich_compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// `a < b` as a bool.
    pub fn lt(&mut self, a: &Value, b: &Value) -> Result<bool, Value> {
        let r = self.rich_compare(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// The address `id(v)` and reprs show: made up, but stable for the
    /// object's life and the same on every platform (the n-th object shown
    /// gets the n-th address); values held inline get one derived from the
    /// value, equal for equal values as CPython's cached small ints are.
    pub fn address(&self, v: &Value) -> i64 {
        const BASE: i64 = 0x7f3a_0000_0000;
        match v {
            Value::None | Value::Unbound => BASE - 0x100,
            Value::Bool(b) => BASE - 0x80 + (*b as i64) * 0x20,
            Value::Int(i) => (BASE - 0x1_0000_0000).wrapping_add(i.wrapping_mul(0x20)),
            Value::Float(x) => (BASE - 0x2_0000_0000) ^ ((x.to_bits() as i64 >> 4) & 0xffff_fff0),
            other => {
                let mut table = self.proc.addresses.borrow_mut();
                if let Some(a) = table.get(&other.identity()) {
                    return *a;
                }
                let next = table.values().copied().max().unwrap_or(BASE) + 0x30;
                table.insert(other.identity(), next);
                next
            }
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> Result<bool, Value> {
        Ok(match v {
            Value::None | Value::Unbound => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Object(o) => {
                // `__bool__` in Python, or of a native class (a greenlet's).
                let bool_method = match self.lookup_class_attr(&o.class, "__bool__") {
                    Some(f @ (Value::Function(_) | Value::Native(_))) => Some(f),
                    _ => None,
                };
                if let Some(f) = bool_method {
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let t = self.type_name(&other);
                            Err(self.error(ExcKind::TypeError, format!("__bool__ should return bool, returned {t}")))
                        }
                    };
                }
                if let Some(f) = self.user_method(v, "__len__") {
                    let r = self.call(&f, vec![v.clone()])?;
                    return Ok(self.index(&r)? != 0);
                }
                if let Some(x) = self.value_stand_in(v, "__bool__") {
                    return self.truthy(&x);
                }
                true
            }
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> Result<usize, Value> {
        Ok(match v {
            Value::Str(s) => s.chars().count(),
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            _ => {
                let native_len = match v {
                    Value::Object(o) => match self.lookup_class_attr(&o.class, "__len__") {
                        Some(f @ Value::Native(_)) => Some(f),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(f) = self.user_method(v, "__len__").or(native_len) {
                    let r = self.call(&f, vec![v.clone()])?;
                    let n = self.index(&r)?;
                    if n < 0 {
                        return Err(self.error(ExcKind::ValueError, "__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                if let Some(x) = self.value_stand_in(v, "__len__") {
                    return self.len(&x);
                }
                let t = self.type_name(v);
                return Err(self.error(ExcKind::TypeError, format!("object of type '{t}' has no len()")));
            }
        })
    }

    /// `operator.index(v)`: ints and bools as i64.
    pub fn index(&mut self, v: &Value) -> Result<i64, Value> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(self.error(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
            _ => {
                if let Some(f) = self.user_method(v, "__index__") {
                    let r = self.call(&f, vec![v.clone()])?;
                    return self.index(&r);
                }
                if let Some(x @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) = self.value_stand_in(v, "__index__") {
                    return self.index(&x);
                }
                let t = self.type_name(v);
                Err(self.error(
                    ExcKind::TypeError,
                    format!("'{t}' object cannot be interpreted as an integer"),
                ))
            }
        }
    }

    /// `obj[idx]`.
    pub fn get_item(&mut self, obj: &Value, idx: &Value) -> Result<Value, Value> {
        if let Value::Dict(d) = obj {
            return match self.dict_get(d, idx)? {
                Some(v) => Ok(v),
                None => Err(self.new_exception(ExcKind::KeyError, vec![idx.clone()])),
            };
        }
        if let Some(r) = seq::subscript(self, obj, idx) {
            return r;
        }
        if let Some(f) = self.user_method(obj, "__getitem__") {
            return self.call(&f, vec![obj.clone(), idx.clone()]);
        }
        if let Value::Class(c) = obj {
            if let Some(f) = self.lookup_class_attr(c, "__class_getitem__") {
                return self.call(&f, vec![obj.clone(), idx.clone()]);
            }
            // `list[int]` and friends: a type hint, nothing to do at run time.
            if c.builtin.is_some() {
                return Ok(obj.clone());
            }
        }
        let t = self.type_name(obj);
        Err(self.error(ExcKind::TypeError, format!("'{t}' object is not subscriptable")))
    }

    /// `obj[idx] = v`.
    pub fn set_item(&mut self, obj: &Value, idx: &Value, v: Value) -> Result<(), Value> {
        if let Value::Dict(d) = obj {
            let k = self.key(idx)?;
            return self.dict_insert(d, k, v);
        }
        if let Some(r) = seq::store_subscript(self, obj, idx, v.clone()) {
            return r;
        }
        if let Some(f) = self.user_method(obj, "__setitem__") {
            return self.call(&f, vec![obj.clone(), idx.clone(), v]).map(|_| ());
        }
        let t = self.type_name(obj);
        Err(self.error(ExcKind::TypeError, format!("'{t}' object does not support item assignment")))
    }

    /// `del obj[idx]`.
    pub fn del_item(&mut self, obj: &Value, idx: &Value) -> Result<(), Value> {
        if let Value::Dict(d) = obj {
            return match self.dict_remove(d, idx)? {
                Some(_) => Ok(()),
                None => Err(self.new_exception(ExcKind::KeyError, vec![idx.clone()])),
            };
        }
        if let Some(r) = seq::delete_subscript(self, obj, idx) {
            return r;
        }
        if let Some(f) = self.user_method(obj, "__delitem__") {
            return self.call(&f, vec![obj.clone(), idx.clone()]).map(|_| ());
        }
        let t = self.type_name(obj);
        Err(self.error(ExcKind::TypeError, format!("'{t}' object does not support item deletion")))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> Result<bool, Value> {
        match container {
            Value::Dict(d) => {
                let k = self.key(item)?;
                return Ok(self.dict_find(d, &k)?.is_some());
            }
            Value::Set(s) => {
                let k = self.key(item)?;
                return self.set_contains(s, &k);
            }
            Value::FrozenSet(s) => {
                let k = self.key(item)?;
                return Ok(self.set_find(s, &k)?.is_some());
            }
            _ => {}
        }
        if let Some(r) = seq::contains(self, container, item) {
            return r;
        }
        if let Some(f) = self.user_method(container, "__contains__") {
            let r = self.call(&f, vec![container.clone(), item.clone()])?;
            return self.truthy(&r);
        }
        let iterable = matches!(container, Value::Generator(_) | Value::Iterator(_))
            || self.user_method(container, "__iter__").is_some()
            || self.user_method(container, "__getitem__").is_some();
        if !iterable {
            let t = self.type_name(container);
            return Err(self.error(ExcKind::TypeError, format!("argument of type '{t}' is not iterable")));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The (key, value) pairs of a mapping, for `**m` and `dict.update`.
    pub fn mapping_items(&mut self, m: &Value) -> Result<Vec<(Key, Value)>, Value> {
        if let Value::Dict(d) = m {
            return Ok(d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect());
        }
        let Some(keys) = self.lookup_method(m, "keys")? else {
            let t = self.type_name(m);
            return Err(self.error(ExcKind::TypeError, format!("'{t}' object is not a mapping")));
        };
        let keys = self.call(&keys, vec![m.clone()])?;
        let keys = self.collect(&keys)?;
        let mut out = vec![];
        for k in keys {
            let v = self.get_item(m, &k)?;
            out.push((self.key(&k)?, v));
        }
        Ok(out)
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> Result<String, Value> {
        match v {
            Value::Object(_) if v.is(&self.types().ellipsis) => Ok("Ellipsis".into()),
            Value::Object(_) if v.is(&self.types().not_implemented) => Ok("NotImplemented".into()),
            Value::Object(o) => {
                if let Some(f) = self.user_method(v, "__repr__") {
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => {
                            let t = self.type_name(&other);
                            Err(self.error(ExcKind::TypeError, format!("__repr__ returned non-string (type {t})")))
                        }
                    };
                }
                if let Payload::Exception(st) = &*o.payload.borrow() {
                    let args = st.args.clone();
                    let inner = match args.len() {
                        1 => self.repr(&args[0])?,
                        _ => {
                            let r = self.repr(&Value::tuple(args))?;
                            r[1..r.len() - 1].trim_end_matches(',').to_string()
                        }
                    };
                    return Ok(format!("{}({inner})", o.class.name));
                }
                if let Some(x) = self.value_stand_in(v, "__repr__") {
                    return self.repr(&x);
                }
                if let Some(f) = self.lookup_class_attr(&o.class, "__repr__") {
                    if let Value::Native(_) = f {
                        let r = self.call(&f, vec![v.clone()])?;
                        return self.to_str(&r);
                    }
                }
                Ok(format!("<{}.{} object at {:#x}>", o.class.module, o.class.qualname, self.address(v)))
            }
            Value::Class(c) => Ok(if &*c.module == "builtins" {
                format!("<class '{}'>", c.qualname)
            } else {
                format!("<class '{}.{}'>", c.module, c.qualname)
            }),
            Value::Function(f) => Ok(format!("<function {} at {:#x}>", f.qualname, self.address(v))),
            Value::Native(n) => Ok(format!("<built-in function {}>", n.name)),
            Value::BoundMethod(m) => {
                let owner = self.repr(&m.0)?;
                let name = match &m.1 {
                    Value::Function(f) => f.qualname.to_string(),
                    Value::Native(n) => n.name.to_string(),
                    _ => "?".into(),
                };
                Ok(format!("<bound method {name} of {owner}>"))
            }
            Value::Module(m) => Ok(format!("<module '{}'>", m.name)),
            Value::Generator(g) => {
                Ok(format!("<generator object {} at {:#x}>", g.borrow().code.qualname, self.address(v)))
            }
            _ => repr::repr(self, v),
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> Result<String, Value> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Object(o) => {
                if let Some(f) = self.user_method(v, "__str__") {
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => {
                            let t = self.type_name(&other);
                            Err(self.error(ExcKind::TypeError, format!("__str__ returned non-string (type {t})")))
                        }
                    };
                }
                if matches!(*o.payload.borrow(), Payload::Exception(_)) {
                    return self.exception_str(o);
                }
                if self.user_method(v, "__repr__").is_none() || matches!(&*o.payload.borrow(), Payload::Value(Value::Str(_))) {
                    if let Some(x) = self.value_stand_in(v, "__str__") {
                        return self.to_str(&x);
                    }
                }
                if let Some(f @ Value::Native(_)) = self.lookup_class_attr(&o.class, "__str__") {
                    let r = self.call(&f, vec![v.clone()])?;
                    return self.to_str(&r);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `ascii(v)`: the repr with non-ASCII characters escaped.
    pub fn ascii(&mut self, v: &Value) -> Result<String, Value> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            match c as u32 {
                0..=0x7f => out.push(c),
                n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
                n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
                n => out.push_str(&format!("\\U{n:08x}")),
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> Result<String, Value> {
        if let Some(f) = self.user_method(v, "__format__") {
            let r = self.call(&f, vec![v.clone(), Value::str(spec)])?;
            return self.to_str(&r);
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        if let Some(x) = self.value_stand_in(v, "__format__") {
            return format::format_value(self, &x, spec);
        }
        match v {
            Value::Object(_) => {
                let t = self.type_name(v);
                Err(self.error(
                    ExcKind::TypeError,
                    format!("unsupported format string passed to {t}.__format__"),
                ))
            }
            _ => format::format_value(self, v, spec),
        }
    }
}
