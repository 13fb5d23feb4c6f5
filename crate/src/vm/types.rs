//! The built-in classes of one interpreter: `object`, `type`, `int`,
//! `str`, ..., the exception hierarchy, and the methods each carries. Built
//! once per process (a fork shares them: they are immutable).

use super::builtins as vmb;
use crate::lang::error::ExcKind;
use crate::lang::types;
use crate::lang::value::{Builtin, Class, Descriptor, Dict, Name, Native, NativeFn, Object, Payload, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The built-in classes, by role.
#[allow(missing_docs)]
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none_type: Rc<Class>,
    pub bool: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str: Rc<Class>,
    pub bytes: Rc<Class>,
    /// `bytearray`: instances keep their bytes as a built-in payload.
    pub bytearray: Rc<Class>,
    /// The class of an instance's `__dict__`: a dict whose changes reach the instance.
    pub instance_dict: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub generator: Rc<Class>,
    pub iterator: Rc<Class>,
    pub cell: Rc<Class>,
    pub code: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub property: Rc<Class>,
    pub super_: Rc<Class>,
    exceptions: HashMap<ExcKind, Rc<Class>>,
    /// `__build_class__`, loaded by `LoadBuildClass`.
    pub build_class: Value,
    /// `[x for x in it]` as code: how built-ins that consume an iterable
    /// (list(), sorted(), sum(), str.join) drain a generator or a Python
    /// iterator as frames of the thread, so its code may block.
    pub collector: Rc<crate::lang::code::Code>,
    /// `print` as code, for when some of its arguments run Python code to
    /// become strs: `str()` of each runs as a frame (see `Interp::print_frame`).
    pub print_each: Rc<crate::lang::code::Code>,
    /// `%` formatting, for when some `%s`/`%r`/`%a` runs Python code: the
    /// conversions run as frames, the formatting is redone natively with
    /// their strs (see `Interp::percent_op`).
    pub percent_each: Rc<crate::lang::code::Code>,
    /// The keys of `sorted`, `list.sort`, `min` and `max` computed by
    /// frames (see `Interp::keyed_frame`).
    pub keyed: Rc<crate::lang::code::Code>,
    /// The globals of the built-ins written in Python above: empty, so the
    /// names they use are the builtins.
    pub helper_globals: Rc<RefCell<Dict>>,
    /// The `NotImplemented` singleton.
    pub not_implemented: Value,
    /// The `Ellipsis` singleton.
    pub ellipsis: Value,
    /// `()`: one empty tuple, as CPython's, so that making one allocates nothing.
    pub empty_tuple: Value,
}

/// A class with single inheritance from `base` (or none, for `object`).
pub fn new_class(name: &str, module: &str, base: Option<&Rc<Class>>, builtin: Option<Builtin>) -> Rc<Class> {
    let (bases, mro) = match base {
        Some(b) => {
            let mut mro = vec![b.clone()];
            mro.extend(b.mro.iter().cloned());
            (vec![b.clone()], mro)
        }
        None => (vec![], vec![]),
    };
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases,
        mro,
        dict: RefCell::new(Default::default()),
        builtin,
        meta: None,
    })
}

/// Puts native methods into a class's namespace.
pub fn install(cls: &Rc<Class>, methods: &[(&str, NativeFn)]) {
    let mut d = cls.dict.borrow_mut();
    for (name, f) in methods {
        d.insert(Rc::from(*name), native(&format!("{}.{}", cls.name, name), *f, true));
    }
}

/// `print(*args, sep=sep, end=end, file=file, flush=flush)` from argument
/// `i`, whose str runs Python code: the native `print_upto` writes the str
/// and what follows up to the next such argument, whose index it returns
/// (-1 when done), so that, as in CPython, each argument is written before
/// the next is converted. `sep` and `end` are strs, checked by `print`.
const PRINT_EACH: &str = "\
def print_each(args, i, sep, end, file, flush, print_upto):
    while i >= 0:
        i = print_upto(args, i + 1, str(args[i]), sep, end, file, flush)
";

/// `fmt % args` redone until every conversion that runs Python code has
/// its str, from the first one needed (`need` 1: `str(v)`, 2: `repr(v)`);
/// `percent_try` is the native that redoes it.
const PERCENT_EACH: &str = "\
def percent_each(fmt, args, need, v, percent_try):
    memo = []
    while need:
        memo.append(str(v) if need == 1 else repr(v))
        need, v = percent_try(fmt, args, memo)
    return v
";

/// `then(items, [key(x) for x in items], extra)`, with `undo(items, extra)`
/// first when a key raises.
const KEYED: &str = "\
def keyed(items, key, then, undo, extra):
    try:
        keys = [key(x) for x in items]
    except BaseException:
        if undo is not None:
            undo(items, extra)
        raise
    return then(items, keys, extra)
";

/// The code of function `name` defined in `source`: a built-in written in
/// Python, whose frames tracebacks leave out (filename `<builtins>`).
fn helper_code(name: &str, source: &str) -> Rc<crate::lang::code::Code> {
    let module = crate::lang::compile::compile(source, "<builtins>").expect("a built-in helper compiles");
    module
        .consts
        .iter()
        .find_map(|c| match c {
            Value::Code(code) if &*code.name == name => Some(code.clone()),
            _ => None,
        })
        .expect("a built-in helper's code")
}

/// Puts natives into a class's namespace as static or class methods.
pub fn install_wrapped(cls: &Rc<Class>, methods: &[(&str, NativeFn)], wrap: fn(Value) -> Descriptor) {
    let mut d = cls.dict.borrow_mut();
    for (name, f) in methods {
        let f = native(&format!("{}.{}", cls.name, name), *f, false);
        d.insert(Rc::from(*name), Value::Descriptor(Rc::new(wrap(f))));
    }
}

/// A native function value.
pub fn native(name: &str, f: NativeFn, is_method: bool) -> Value {
    Value::Native(Rc::new(Native { name: Name::from(name), f, bound: None, is_method }))
}

impl Types {
    /// Builds every built-in class.
    pub fn new() -> Types {
        let object = new_class("object", "builtins", None, Some(Builtin::Object));
        let b = |name: &str, kind: Builtin| new_class(name, "builtins", Some(&object), Some(kind));
        let int = b("int", Builtin::Int);
        let dict = b("dict", Builtin::Dict);
        let bool_ = new_class("bool", "builtins", Some(&int), Some(Builtin::Bool));
        let mut exceptions = HashMap::new();
        for (kind, base) in ExcKind::ALL {
            let parent = match base {
                Some(p) => exceptions.get(p).cloned().expect("bases come first"),
                None => object.clone(),
            };
            let cls = new_class(kind.name(), "builtins", Some(&parent), Some(Builtin::BaseException));
            exceptions.insert(*kind, cls);
        }
        let types = Types {
            type_: b("type", Builtin::Type),
            none_type: b("NoneType", Builtin::NoneType),
            bool: bool_,
            int,
            float: b("float", Builtin::Float),
            str: b("str", Builtin::Str),
            bytes: b("bytes", Builtin::Bytes),
            bytearray: b("bytearray", Builtin::Native),
            instance_dict: new_class("dict", "builtins", Some(&dict), Some(Builtin::Native)),
            tuple: b("tuple", Builtin::Tuple),
            list: b("list", Builtin::List),
            dict: dict.clone(),
            set: b("set", Builtin::Set),
            frozenset: b("frozenset", Builtin::FrozenSet),
            range: b("range", Builtin::Range),
            slice: b("slice", Builtin::Slice),
            function: b("function", Builtin::Function),
            builtin_function: b("builtin_function_or_method", Builtin::BuiltinFunction),
            method: b("method", Builtin::Method),
            module: b("module", Builtin::Module),
            generator: b("generator", Builtin::Generator),
            iterator: b("iterator", Builtin::Iterator),
            cell: b("cell", Builtin::Cell),
            code: b("code", Builtin::Native),
            staticmethod: b("staticmethod", Builtin::StaticMethod),
            classmethod: b("classmethod", Builtin::ClassMethod),
            property: b("property", Builtin::Property),
            super_: b("super", Builtin::Native),
            exceptions,
            build_class: native("__build_class__", vmb::build_class, false),
            collector: helper_code("collect", "def collect(it):\n    return [x for x in it]\n"),
            print_each: helper_code("print_each", PRINT_EACH),
            percent_each: helper_code("percent_each", PERCENT_EACH),
            keyed: helper_code("keyed", KEYED),
            helper_globals: Rc::new(RefCell::new(Dict::default())),
            not_implemented: Value::None,
            ellipsis: Value::None,
            empty_tuple: Value::tuple(vec![]),
            object,
        };
        let singleton = |name: &str| {
            let cls = new_class(name, "builtins", Some(&types.object), Some(Builtin::Native));
            Value::Object(Rc::new(Object::new(cls, Payload::None)))
        };
        let not_implemented = singleton("NotImplementedType");
        let ellipsis = singleton("ellipsis");
        let types = Types { not_implemented, ellipsis, ..types };
        types.install_methods();
        types
    }

    fn install_methods(&self) {
        install(&self.object, vmb::OBJECT_METHODS);
        install(&self.type_, vmb::TYPE_METHODS);
        install(&self.exc(ExcKind::BaseException), vmb::EXCEPTION_METHODS);
        install(&self.generator, vmb::GENERATOR_METHODS);
        install(&self.iterator, vmb::ITERATOR_METHODS);
        install(&self.int, types::int::METHODS);
        install(&self.float, types::float::METHODS);
        install(&self.str, types::str::METHODS);
        install(&self.bytes, types::bytes::METHODS);
        self.install_bytearray();
        install(&self.instance_dict, super::instdict::METHODS);
        install(&self.list, types::list::METHODS);
        install(&self.tuple, types::tuple::METHODS);
        install(&self.dict, types::dict::METHODS);
        install(&self.set, types::set::METHODS);
        install(&self.frozenset, types::set::FROZENSET_METHODS);
        install(&self.range, types::range::METHODS);
        install(&self.slice, vmb::SLICE_METHODS);
        install(&self.property, vmb::PROPERTY_METHODS);
        install_wrapped(&self.str, types::str::STATIC_METHODS, Descriptor::Static);
        install_wrapped(&self.dict, types::dict::CLASS_METHODS, Descriptor::ClassMethod);
        install_wrapped(&self.bytes, &[("fromhex", types::bytes::fromhex)], Descriptor::ClassMethod);
        install_wrapped(&self.int, &[("from_bytes", types::int::from_bytes)], Descriptor::ClassMethod);
        install_wrapped(&self.type_, &[("__new__", vmb::type_dunder_new)], Descriptor::Static);
        // tuple.__new__(cls, iterable): what a tuple subclass's own __new__
        // calls to make its instance (collections.namedtuple does).
        install_wrapped(&self.tuple, &[("__new__", types::tuple::new_tuple)], Descriptor::Static);
    }

    /// `bytearray`'s own methods, the methods it shares with `bytes`, its
    /// constructor, and no hash (it is mutable).
    fn install_bytearray(&self) {
        let shared: Vec<(&str, NativeFn)> =
            types::bytes::METHODS.iter().filter(|(n, _)| types::bytearray::SHARED.contains(n)).copied().collect();
        install(&self.bytearray, &shared);
        install(&self.bytearray, types::bytearray::METHODS);
        install_wrapped(&self.bytearray, &[("__new__", types::bytearray::new_bytearray)], Descriptor::Static);
        install_wrapped(&self.bytearray, &[("fromhex", types::bytearray::fromhex)], Descriptor::ClassMethod);
        self.bytearray.dict.borrow_mut().insert(Rc::from("__hash__"), Value::None);
    }

    /// The class of a built-in exception kind.
    pub fn exc(&self, kind: ExcKind) -> Rc<Class> {
        self.exceptions[&kind].clone()
    }

    /// Each built-in class of `self` beside the same class of `other` (both
    /// built by `Types::new`), for a copy of a process that shares nothing
    /// with its parent (`Copier::share_nothing`): the copy's objects must
    /// point at the other heap's `int`, not this one's.
    pub fn counterparts<'a>(&'a self, other: &'a Types) -> Vec<(&'a Rc<Class>, &'a Rc<Class>)> {
        let mut pairs = vec![
            (&self.object, &other.object),
            (&self.type_, &other.type_),
            (&self.none_type, &other.none_type),
            (&self.bool, &other.bool),
            (&self.int, &other.int),
            (&self.float, &other.float),
            (&self.str, &other.str),
            (&self.bytes, &other.bytes),
            (&self.bytearray, &other.bytearray),
            (&self.instance_dict, &other.instance_dict),
            (&self.tuple, &other.tuple),
            (&self.list, &other.list),
            (&self.dict, &other.dict),
            (&self.set, &other.set),
            (&self.frozenset, &other.frozenset),
            (&self.range, &other.range),
            (&self.slice, &other.slice),
            (&self.function, &other.function),
            (&self.builtin_function, &other.builtin_function),
            (&self.method, &other.method),
            (&self.module, &other.module),
            (&self.generator, &other.generator),
            (&self.iterator, &other.iterator),
            (&self.cell, &other.cell),
            (&self.code, &other.code),
            (&self.staticmethod, &other.staticmethod),
            (&self.classmethod, &other.classmethod),
            (&self.property, &other.property),
            (&self.super_, &other.super_),
        ];
        pairs.extend(ExcKind::ALL.iter().map(|(k, _)| (&self.exceptions[k], &other.exceptions[k])));
        pairs
    }

    /// Every built-in exception class with its name, for the builtins namespace.
    pub fn exception_classes(&self) -> impl Iterator<Item = (&'static str, Rc<Class>)> + '_ {
        ExcKind::ALL.iter().map(|(k, _)| (k.name(), self.exc(*k)))
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
