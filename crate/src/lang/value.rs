//! Python values. Small immutable values (None, bool, int, float) are held
//! inline; everything else is reference-counted, with `RefCell` where Python
//! mutates it. A process's objects are only ever touched by that process's
//! host thread; `os.fork` deep-copies them (see `vm::copy`).

use super::code::Code;
use indexmap::IndexMap;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// A Python object reference.
#[derive(Clone)]
pub enum Value {
    /// Internal: an unassigned local or an empty cell. Never seen by Python code.
    Unbound,
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in 64 bits: the fast path.
    Int(i64),
    /// An int that does not fit in 64 bits (always normalized: never fits in i64).
    BigInt(Rc<BigInt>),
    /// `float`
    Float(f64),
    /// `str`
    Str(Rc<str>),
    /// `bytes`
    Bytes(Rc<[u8]>),
    /// `tuple`
    Tuple(Rc<[Value]>),
    /// `list`
    List(Rc<RefCell<Vec<Value>>>),
    /// `dict`
    Dict(Rc<RefCell<Dict>>),
    /// `set`
    Set(Rc<RefCell<Set>>),
    /// `frozenset`
    FrozenSet(Rc<Set>),
    /// `range`
    Range(Rc<RangeObj>),
    /// `slice`
    Slice(Rc<[Value; 3]>),
    /// A function defined in Python.
    Function(Rc<Function>),
    /// A function implemented in Rust.
    Native(Rc<Native>),
    /// A function bound to its first argument (`obj.method`).
    BoundMethod(Rc<(Value, Value)>),
    /// A class (also the built-in types: `int`, `list`, `Exception`).
    Class(Rc<Class>),
    /// An instance of a class defined in Python or of a built-in class with state (exceptions, locks).
    Object(Rc<Object>),
    /// A module.
    Module(Rc<Module>),
    /// A generator.
    Generator(Rc<RefCell<Generator>>),
    /// An iterator over a built-in sequence.
    Iterator(Rc<RefCell<Iter>>),
    /// A closure cell (only on the stack while building closures).
    Cell(Rc<RefCell<Value>>),
    /// `staticmethod`, `classmethod`, `property` and other descriptors.
    Descriptor(Rc<Descriptor>),
    /// A code object (a constant of `MakeFunction`).
    Code(Rc<Code>),
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Unbound => f.write_str("<unbound>"),
            Value::None => f.write_str("None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Class(c) => write!(f, "<class {}>", c.name),
            Value::Function(func) => write!(f, "<function {}>", func.code.qualname),
            Value::Native(n) => write!(f, "<built-in {}>", n.name),
            other => write!(f, "<{}>", other.kind_name()),
        }
    }
}

/// A Python-level string slot name, interned as an `Rc<str>`.
pub type Name = Rc<str>;

/// A dict: insertion-ordered, keyed by Python equality and hash.
pub type Dict = IndexMap<Key, Value, KeyHashing>;

/// A set: insertion-ordered for determinism (CPython's order is by hash; we
/// match it for small ints and differ elsewhere only in iteration order).
pub type Set = indexmap::IndexSet<Key, KeyHashing>;

/// The attributes of an instance, a class or a function, by name.
pub type Attrs = IndexMap<Name, Value, KeyHashing>;

/// How dicts and sets turn a `Key`'s Python hash into a table position.
pub type KeyHashing = std::hash::BuildHasherDefault<KeyHasher>;

/// The hasher of dicts and sets. A `Key` already hashes itself (Python's
/// hash, which programs cannot observe through iteration order here), so
/// this does not run SipHash over it again. Like CPython, whose int hash
/// is the int, it keeps the hash itself in the bits that choose the slot
/// (ints in sequence fill slots in sequence, which keeps big dicts in
/// cache), folded a little for addresses' zero low bits, and puts a mix of
/// all bits in the top seven, which the table compares before keys.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher {
    h: u64,
    words: u32,
}

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        const TOP7: u64 = 0xfe00_0000_0000_0000;
        let h = self.h;
        ((h ^ (h >> 7)) & !TOP7) | (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) & TOP7)
    }

    fn write(&mut self, bytes: &[u8]) {
        // Attribute names: eight bytes at a time.
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.write_u64(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.write_u64(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 56));
        }
    }

    fn write_u64(&mut self, i: u64) {
        self.h = if self.words == 0 { i } else { (self.h.rotate_left(23) ^ i).wrapping_mul(0x9e37_79b9_7f4a_7c15) };
        self.words += 1;
    }

    fn write_i64(&mut self, i: i64) {
        self.write_u64(i as u64)
    }
}

/// A hashable value used as a dict key or set member. Equality and hash are
/// Python's for the built-in hashable types (`1 == 1.0 == True`); other
/// objects compare by identity.
#[derive(Clone, Debug)]
pub struct Key(pub Value);

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        key_eq(&self.0, &other.0)
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(key_hash(&self.0));
    }
}

/// A `str` key borrowed, to find a `Key(Value::Str(..))` without making one.
pub struct StrKey<'a>(pub &'a str);

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(fnv1a(self.0.as_bytes()));
    }
}

impl indexmap::Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(&key.0, Value::Str(s) if &**s == self.0)
    }
}

/// Python's hash for the built-in hashable values (numbers hash equal when
/// they are equal, as in CPython's `_Py_HashDouble`).
pub fn key_hash(v: &Value) -> i64 {
    match v {
        Value::None => 0x5f3759df,
        Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) => {
            crate::lang::num::hash_number(v).unwrap_or(0)
        }
        Value::Str(s) => fnv1a(s.as_bytes()),
        Value::Bytes(b) => fnv1a(b),
        Value::Tuple(items) => items
            .iter()
            .fold(0x345678i64, |h, x| h.wrapping_mul(1_000_003) ^ key_hash(x)),
        Value::FrozenSet(s) => s.iter().fold(0i64, |h, k| h ^ key_hash(&k.0)),
        Value::Object(o) => o.hash.get().unwrap_or(v.identity() as i64),
        other => other.identity() as i64,
    }
}

/// FNV-1a: fast for the short strings that name variables and dict keys.
/// (CPython randomizes str hashes per run, so no program can depend on them.)
fn fnv1a(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h as i64
}

fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Int(_) | Bool(_) | Float(_) | BigInt(_), Int(_) | Bool(_) | Float(_) | BigInt(_)) => {
            crate::lang::num::num_eq(a, b)
        }
        (None, None) => true,
        (Str(x), Str(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q)),
        (FrozenSet(x), FrozenSet(y)) => x.len() == y.len() && x.iter().all(|k| y.contains(k)),
        _ => a.identity() == b.identity() && a.identity() != 0,
    }
}

impl Value {
    /// A `str` value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    /// A `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }

    /// A `list` value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// A `dict` value.
    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }

    /// An int, demoted to the fast path when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// The address of the object, for `id()`, `is` and identity hashing; 0 for inline values.
    pub fn identity(&self) -> usize {
        match self {
            Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
            Value::Bytes(b) => Rc::as_ptr(b) as *const u8 as usize,
            Value::Tuple(t) => Rc::as_ptr(t) as *const Value as usize,
            Value::List(l) => Rc::as_ptr(l) as usize,
            Value::Dict(d) => Rc::as_ptr(d) as usize,
            Value::Set(s) => Rc::as_ptr(s) as usize,
            Value::FrozenSet(s) => Rc::as_ptr(s) as usize,
            Value::Range(r) => Rc::as_ptr(r) as usize,
            Value::Slice(s) => Rc::as_ptr(s) as *const u8 as usize,
            Value::Function(f) => Rc::as_ptr(f) as usize,
            Value::Native(n) => Rc::as_ptr(n) as usize,
            Value::BoundMethod(m) => Rc::as_ptr(m) as *const u8 as usize,
            Value::Class(c) => Rc::as_ptr(c) as usize,
            Value::Object(o) => Rc::as_ptr(o) as usize,
            Value::Module(m) => Rc::as_ptr(m) as usize,
            Value::Generator(g) => Rc::as_ptr(g) as usize,
            Value::Iterator(i) => Rc::as_ptr(i) as usize,
            Value::Cell(c) => Rc::as_ptr(c) as usize,
            Value::Descriptor(d) => Rc::as_ptr(d) as usize,
            Value::Code(c) => Rc::as_ptr(c) as usize,
            Value::BigInt(b) => Rc::as_ptr(b) as usize,
            Value::Unbound | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => 0,
        }
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Ints are held inline, so their identity is lost: equal ints
            // are the same object, which CPython's constants and small-int
            // cache make true in the programs people write.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Unbound, Value::Unbound) => true,
            _ => {
                let (x, y) = (self.identity(), other.identity());
                x != 0 && x == y
            }
        }
    }

    /// A short description of the kind of value, for debugging only.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Unbound => "unbound",
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Native(_) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::Class(_) => "type",
            Value::Object(_) => "object",
            Value::Module(_) => "module",
            Value::Generator(_) => "generator",
            Value::Iterator(_) => "iterator",
            Value::Cell(_) => "cell",
            Value::Descriptor(_) => "descriptor",
            Value::Code(_) => "code",
        }
    }
}

/// `range(start, stop, step)`.
#[derive(Debug)]
pub struct RangeObj {
    /// First value.
    pub start: i64,
    /// Bound, exclusive.
    pub stop: i64,
    /// Step, never 0.
    pub step: i64,
}

impl RangeObj {
    /// Number of values.
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }

    /// Whether it has no values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A function defined in Python: code plus what it closed over.
#[derive(Debug)]
pub struct Function {
    /// The body.
    pub code: Rc<Code>,
    /// The module globals it was defined in.
    pub globals: Rc<RefCell<Dict>>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(Name, Value)>,
    /// The cells of its free variables.
    pub closure: Vec<Rc<RefCell<Value>>>,
    /// `__name__` (assignable).
    pub name: RefCell<Name>,
    /// `__qualname__` (assignable, as decorators copy it).
    pub qualname: RefCell<Name>,
    /// `__module__`.
    pub module: Name,
    /// `__dict__`: attributes set on the function.
    pub dict: RefCell<Attrs>,
    /// `__doc__` (assignable).
    pub doc: RefCell<Value>,
}

/// What a native function returns.
pub enum Flow {
    /// The call returned this value.
    Return(Value),
    /// The call must wait: the thread parks and the call returns what its waker gives.
    Block(crate::vm::Wait),
    /// The call continues as a call of this callable with these arguments
    /// (a trampoline: the VM pushes the callee's frame, nothing recurses).
    TailCall(Value, Vec<Value>, Vec<(Name, Value)>),
    /// The call continues in this frame (a generator resumed, a module body);
    /// its return mode decides what the caller gets.
    Frame(Box<crate::vm::Frame>),
    /// The thread's running greenlet hands the thread to another one
    /// (`greenlet.switch`, `throw`): the VM swaps their frame stacks.
    Switch(Box<crate::vm::Switch>),
}

/// The result of a native function: a flow, or a raised exception.
pub type NativeResult = Result<Flow, Value>;

/// The arguments a native function receives.
pub struct Args {
    /// Positional arguments (with `self` first for methods).
    pub pos: Vec<Value>,
    /// Keyword arguments, in call order.
    pub kw: Vec<(Name, Value)>,
}

/// The signature of every native function: it gets the interpreter (so it
/// can reach the kernel, allocate, call back into Python) and its arguments.
pub type NativeFn = fn(&mut crate::vm::Interp<'_>, Args) -> NativeResult;

/// A function implemented in Rust.
pub struct Native {
    /// Its name, as reprs and error messages show it.
    pub name: Name,
    /// The implementation.
    pub f: NativeFn,
    /// A value bound to it (a module's state, a type), passed as `Args::pos[0]` when set.
    pub bound: Option<Value>,
    /// Whether it is a method of a built-in type (so `LoadMethod` binds `self`).
    pub is_method: bool,
}

impl fmt::Debug for Native {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<built-in {}>", self.name)
    }
}

/// A class: built-in types too, so `type(x)`, `isinstance` and method
/// lookup treat them alike.
#[derive(Debug)]
pub struct Class {
    /// `__name__`.
    pub name: Name,
    /// `__qualname__`.
    pub qualname: Name,
    /// `__module__`.
    pub module: Name,
    /// Direct bases.
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order (C3), starting with the class itself (as weak self is
    /// impossible with Rc, the first entry is omitted: `mro` holds the bases' linearization).
    pub mro: Vec<Rc<Class>>,
    /// The class namespace.
    pub dict: RefCell<Attrs>,
    /// For built-in types, which one; instances of subclasses keep the base's payload kind.
    pub builtin: Option<Builtin>,
    /// The metaclass, when it is not `type`: a subclass of `type` whose
    /// methods the class's calls and lookups consult.
    pub meta: Option<Rc<Class>>,
}

/// The built-in types the VM dispatches on natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Builtin {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Generator,
    Iterator,
    Cell,
    StaticMethod,
    ClassMethod,
    Property,
    BaseException,
    /// Types defined by native modules (`_thread.lock`, `Thread`'s state).
    Native,
}

/// An instance of a class.
#[derive(Debug)]
pub struct Object {
    /// Its class (assignable in CPython; fixed here).
    pub class: Rc<Class>,
    /// Its `__dict__`.
    pub dict: RefCell<Attrs>,
    /// State that built-in bases keep outside the dict.
    pub payload: RefCell<Payload>,
    /// What its class's `__hash__` returned the last time the interpreter
    /// made a dict key of it (`Interp::key`); None: it hashes by identity.
    /// A `Key` cannot call Python, so it reads the hash from here, and the
    /// dict keeps the hash of each entry from when it was inserted, as
    /// CPython's dict entries do.
    pub hash: std::cell::Cell<Option<i64>>,
}

impl Object {
    /// An instance of `class` with an empty `__dict__` and this payload.
    pub fn new(class: Rc<Class>, payload: Payload) -> Object {
        Object { class, dict: RefCell::new(Attrs::default()), payload: RefCell::new(payload), hash: Default::default() }
    }
}

/// State of instances of built-in classes.
#[derive(Debug, Default)]
pub enum Payload {
    /// A plain instance.
    #[default]
    None,
    /// An exception: its args, traceback and chaining.
    Exception(ExceptionState),
    /// A kernel object (lock, thread, queue...) of the running process, by handle.
    Handle(u32),
    /// The value of a subclass of a built-in value type (`class MyList(list)`).
    Value(Value),
    /// A `super()` object: look up after this class in the MRO of the value's class.
    Super(Rc<Class>, Value),
    /// State a native module keeps in an object (a random generator's words).
    State(Rc<RefCell<Box<dyn NativeState>>>),
    /// A greenlet: its suspended frames and its place in the parent chain.
    Greenlet(Box<crate::vm::Greenlet>),
}

/// State of native objects, kept in the object so that `os.fork` copies it.
pub trait NativeState: std::any::Any + fmt::Debug {
    /// For downcasting to the concrete state.
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
    /// A deep copy (for fork).
    fn clone_state(&self) -> Box<dyn NativeState>;
}

/// An exception's state: CPython's `PyBaseExceptionObject`.
#[derive(Debug, Default, Clone)]
pub struct ExceptionState {
    /// `args`.
    pub args: Vec<Value>,
    /// The traceback, innermost last: where it passed, as tracebacks print it.
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__` (`raise ... from ...`).
    pub cause: Option<Value>,
    /// `__context__` (raised while handling another).
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// Set while a re-raise unwinds, so the frame it left is not listed twice.
    pub reraised: bool,
    /// `name` of a NameError or AttributeError the interpreter raised.
    pub name: Option<Value>,
    /// `obj` of an AttributeError the interpreter raised (whose `dir()`
    /// the traceback searches for a suggestion).
    pub obj: Option<Value>,
    /// For a NameError: the name closest to the missing one among the
    /// frame's locals, globals and builtins when it was raised, which the
    /// traceback prints as "Did you mean: ...?".
    pub suggestion: Option<Rc<str>>,
}

/// One line of a traceback.
#[derive(Debug, Clone)]
pub struct TracebackEntry {
    /// The code it was in.
    pub code: Rc<Code>,
    /// The instruction index.
    pub pc: usize,
}

/// A module: a namespace with a name.
#[derive(Debug)]
pub struct Module {
    /// `__name__`.
    pub name: Name,
    /// Its globals.
    pub dict: Rc<RefCell<Dict>>,
}

/// A generator: a suspended frame. While it runs, its frame is on the
/// thread's frame stack and `frame` is None.
pub struct Generator {
    /// The suspended frame, or None while running or once finished.
    /// Resuming moves the box onto the thread's stack and yielding moves
    /// it back: a pointer, not the frame, with no allocation.
    pub frame: Option<Box<crate::vm::Frame>>,
    /// Whether it is currently running.
    pub running: bool,
    /// Whether it has returned or raised.
    pub finished: bool,
    /// The generator's `__name__` and `__qualname__`.
    pub code: Rc<Code>,
}

impl fmt::Debug for Generator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<generator {}>", self.code.qualname)
    }
}

/// The iterators of built-in types.
#[derive(Debug)]
pub enum Iter {
    /// Over a range: next value, stop, step.
    Range(i64, i64, i64),
    /// Over a list (sees appends, like CPython's listiterator).
    List(Rc<RefCell<Vec<Value>>>, usize),
    /// Over a tuple or any snapshot.
    Seq(Rc<[Value]>, usize),
    /// Over the characters of a string (byte offset).
    Str(Rc<str>, usize),
    /// Over bytes.
    Bytes(Rc<[u8]>, usize),
    /// Over a dict's keys, values or items (snapshot of keys, with a size check).
    Dict(Rc<RefCell<Dict>>, usize, DictView, usize),
    /// `enumerate(it, start)`.
    Enumerate(Value, i64),
    /// `zip(*its)`.
    Zip(Vec<Value>),
    /// `map(f, *its)`: needs calls into Python.
    Map(Value, Vec<Value>),
    /// `filter(f, it)`.
    Filter(Value, Value),
    /// `reversed(seq)` over a snapshot.
    Reversed(Rc<[Value]>, usize),
    /// An exhausted iterator.
    Done,
    /// Iterating an object through `__getitem__` with 0, 1, 2...
    GetItem(Value, i64),
    /// `iter(callable, sentinel)`.
    Callable(Value, Value),
}

/// Which view of a dict an iterator yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// (key, value) tuples.
    Items,
}

/// `staticmethod`, `classmethod` and `property`.
#[derive(Debug)]
pub enum Descriptor {
    /// `staticmethod(f)`.
    Static(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `property(fget, fset, fdel, doc)`.
    Property {
        /// Getter.
        fget: Value,
        /// Setter.
        fset: Value,
        /// Deleter.
        fdel: Value,
        /// Docstring.
        doc: Value,
    },
}
