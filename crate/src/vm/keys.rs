//! Dict and set lookups by Python's equality. A `Key` hashes and compares
//! the built-in values itself, but instances whose class defines `__eq__`
//! (and tuples holding them) compare through Python code, which a `Key`
//! cannot run. So a lookup first asks the map (identity and built-in
//! equality), and on a miss compares the probe, through the interpreter,
//! with the entries of the same hash that need Python's `==`: CPython's
//! `_Py_dict_lookup` (same hash, then identity, then `==`).

use super::interp::Interp;
use crate::lang::error::ExcKind;
use crate::lang::value::{key_hash, Dict, Key, Payload, Set, Value};
use indexmap::Equivalent;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};

thread_local! {
    /// Whether any key made by `Interp::key` so far needed Python's `==`.
    /// Until one does, no dict or set holds such a key, and lookups take
    /// the map's own hashing and equality alone.
    static PYTHON_EQ_KEYS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether any dict or set key made on this host thread so far needed
/// Python's `==`. A process image moving to another host thread carries it
/// (`python_eq_keys_made`): its dicts may hold such keys.
pub fn python_eq_keys() -> bool {
    PYTHON_EQ_KEYS.with(|f| f.get())
}

/// Records that some dict or set of this host thread may hold a key that
/// needs Python's `==` (a process image arriving from another host thread).
pub fn python_eq_keys_made() {
    PYTHON_EQ_KEYS.with(|f| f.set(true));
}

/// Whether a lookup of `k` may need Python's `==`: the key needs it, or
/// some key made before did (and may sit in the map searched).
fn python_eq_possible(k: &Key) -> bool {
    PYTHON_EQ_KEYS.with(|f| f.get()) || needs_python_eq(&k.0)
}

/// Whether `==` on `v` may need Python code: an instance of a class that
/// defines `__eq__` or of a subclass of a built-in type, or a tuple holding one.
pub fn needs_python_eq(v: &Value) -> bool {
    match v {
        Value::Object(o) => {
            matches!(*o.payload.borrow(), Payload::Value(_))
                || std::iter::once(&o.class)
                    .chain(o.class.mro.iter())
                    .take_while(|c| c.builtin.is_none())
                    .any(|c| matches!(c.dict.borrow().get("__eq__"), Some(Value::Function(_))))
        }
        Value::Tuple(items) => items.iter().any(needs_python_eq),
        _ => false,
    }
}

/// A key being looked up: hashes as the key does, matches it as `Key` does,
/// and remembers the entries of the same hash bucket that only Python's
/// `==` can compare with it.
struct Probe<'a> {
    key: &'a Key,
    python_eq: bool,
    candidates: RefCell<Vec<Value>>,
}

impl Hash for Probe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key.hash(state)
    }
}

impl Equivalent<Key> for Probe<'_> {
    fn equivalent(&self, k: &Key) -> bool {
        if self.key == k {
            return true;
        }
        if self.python_eq || needs_python_eq(&k.0) {
            self.candidates.borrow_mut().push(k.0.clone());
        }
        false
    }
}

impl<'a> Probe<'a> {
    fn new(key: &'a Key) -> Probe<'a> {
        Probe { key, python_eq: needs_python_eq(&key.0), candidates: RefCell::new(vec![]) }
    }
}

impl Interp<'_> {
    /// Among the entries a probe set aside, the first equal to the key in
    /// Python's sense (same hash, then the stored key's `==`).
    fn python_match(&mut self, key: &Key, candidates: Vec<Value>) -> Result<Option<Key>, Value> {
        if candidates.is_empty() {
            return Ok(None);
        }
        let h = key_hash(&key.0);
        for c in candidates {
            if key_hash(&c) == h && self.eq(&c, &key.0)? {
                return Ok(Some(Key(c)));
            }
        }
        Ok(None)
    }

    /// The index of the entry of `d` whose key equals `k`.
    pub fn dict_find(&mut self, d: &RefCell<Dict>, k: &Key) -> Result<Option<usize>, Value> {
        if !python_eq_possible(k) {
            return Ok(d.borrow().get_index_of(k));
        }
        let probe = Probe::new(k);
        if let Some(i) = d.borrow().get_index_of(&probe) {
            return Ok(Some(i));
        }
        match self.python_match(k, probe.candidates.into_inner())? {
            Some(found) => Ok(d.borrow().get_index_of(&found)),
            None => Ok(None),
        }
    }

    /// `d[key]` for a plain dict: the value, or None when absent.
    pub fn dict_get(&mut self, d: &RefCell<Dict>, key: &Value) -> Result<Option<Value>, Value> {
        let k = self.key(key)?;
        let i = self.dict_find(d, &k)?;
        Ok(i.and_then(|i| d.borrow().get_index(i).map(|(_, v)| v.clone())))
    }

    /// `d[k] = v`: replaces the value of an equal key (keeping that key, as
    /// CPython does), else appends.
    pub fn dict_insert(&mut self, d: &RefCell<Dict>, k: Key, v: Value) -> Result<(), Value> {
        if !python_eq_possible(&k) {
            d.borrow_mut().insert(k, v);
            return Ok(());
        }
        match self.dict_find(d, &k)? {
            Some(i) => {
                if let Some((_, slot)) = d.borrow_mut().get_index_mut(i) {
                    *slot = v;
                }
            }
            None => {
                d.borrow_mut().insert(k, v);
            }
        }
        Ok(())
    }

    /// Removes the entry whose key equals `key`, keeping the others' order.
    pub fn dict_remove(&mut self, d: &RefCell<Dict>, key: &Value) -> Result<Option<Value>, Value> {
        let k = self.key(key)?;
        Ok(match self.dict_find(d, &k)? {
            Some(i) => d.borrow_mut().shift_remove_index(i).map(|(_, v)| v),
            None => None,
        })
    }

    /// The index of the member of `s` equal to `k`.
    pub fn set_find(&mut self, s: &Set, k: &Key) -> Result<Option<usize>, Value> {
        if !python_eq_possible(k) {
            return Ok(s.get_index_of(k));
        }
        let probe = Probe::new(k);
        if let Some(i) = s.get_index_of(&probe) {
            return Ok(Some(i));
        }
        match self.python_match(k, probe.candidates.into_inner())? {
            Some(found) => Ok(s.get_index_of(&found)),
            None => Ok(None),
        }
    }

    /// Whether a set (in a `RefCell`) has a member equal to `k`.
    pub fn set_contains(&mut self, s: &RefCell<Set>, k: &Key) -> Result<bool, Value> {
        if !python_eq_possible(k) {
            return Ok(s.borrow().contains(k));
        }
        let probe = Probe::new(k);
        if s.borrow().get_index_of(&probe).is_some() {
            return Ok(true);
        }
        Ok(self.python_match(k, probe.candidates.into_inner())?.is_some())
    }

    /// `s.add(k)`: false when an equal member was there already.
    pub fn set_insert(&mut self, s: &RefCell<Set>, k: Key) -> Result<bool, Value> {
        if !python_eq_possible(&k) {
            return Ok(s.borrow_mut().insert(k));
        }
        if self.set_contains(s, &k)? {
            return Ok(false);
        }
        Ok(s.borrow_mut().insert(k))
    }

    /// `s.remove(k)` / `s.discard(k)`: whether a member was removed.
    pub fn set_remove(&mut self, s: &RefCell<Set>, k: &Key) -> Result<bool, Value> {
        let probe = Probe::new(k);
        let found = s.borrow().get_index_of(&probe);
        let i = match found {
            Some(i) => Some(i),
            None => match self.python_match(k, probe.candidates.into_inner())? {
                Some(m) => s.borrow().get_index_of(&m),
                None => None,
            },
        };
        Ok(match i {
            Some(i) => s.borrow_mut().shift_remove_index(i).is_some(),
            None => false,
        })
    }

    /// A dict key or set member for `v`: TypeError for unhashable values;
    /// instances whose class defines `__hash__` get it called now, and the
    /// result kept in the instance for the `Key` to read.
    pub fn key(&mut self, v: &Value) -> Result<Key, Value> {
        self.prepare_key(v)?;
        if needs_python_eq(v) {
            PYTHON_EQ_KEYS.with(|f| f.set(true));
        }
        Ok(Key(v.clone()))
    }

    fn prepare_key(&mut self, v: &Value) -> Result<(), Value> {
        match v {
            Value::Str(_) | Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_) => Ok(()),
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                let t = self.type_name(v);
                Err(self.error(ExcKind::TypeError, format!("unhashable type: '{t}'")))
            }
            Value::Tuple(items) => {
                for x in items.iter() {
                    self.prepare_key(x)?;
                }
                Ok(())
            }
            Value::Object(o) => {
                let h = self.hash(v)?;
                let identity = v.identity() as i64;
                o.hash.set((h != identity).then_some(h));
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// `hash(v)`, calling a class's `__hash__`.
    pub fn hash(&mut self, v: &Value) -> Result<i64, Value> {
        match v {
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                let t = self.type_name(v);
                Err(self.error(ExcKind::TypeError, format!("unhashable type: '{t}'")))
            }
            Value::Tuple(items) => {
                for x in items.iter() {
                    self.prepare_key(x)?;
                }
                Ok(key_hash(v))
            }
            Value::Object(o) => match self.lookup_class_attr(&o.class, "__hash__") {
                Some(Value::None) => {
                    let t = self.type_name(v);
                    Err(self.error(ExcKind::TypeError, format!("unhashable type: '{t}'")))
                }
                Some(f @ Value::Function(_)) => {
                    let r = self.call(&f, vec![v.clone()])?;
                    match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::Bool(b) => Ok(b as i64),
                        Value::BigInt(_) => Ok(crate::lang::num::hash_number(&r).unwrap_or(0)),
                        _ => Err(self.error(ExcKind::TypeError, "__hash__ method should return an integer")),
                    }
                }
                _ => {
                    let inner = match &*o.payload.borrow() {
                        Payload::Value(inner) => Some(inner.clone()),
                        _ => None,
                    };
                    match inner {
                        Some(inner) => self.hash(&inner),
                        None => Ok(v.identity() as i64),
                    }
                }
            },
            _ => Ok(key_hash(v)),
        }
    }
}
