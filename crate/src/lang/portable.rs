//! Values as they cross between processes: a process-independent copy, as
//! a pickle is in CPython. Converting to and from live values is the job of
//! the modules that send them (`multiprocessing`); the kernel only stores them.

/// A value copied out of one process, to be copied into another.
#[derive(Clone, Debug, PartialEq)]
pub enum Portable {
    /// None.
    None,
    /// A bool.
    Bool(bool),
    /// An int (big ints as decimal text).
    Int(i64),
    /// An int too big for i64, in decimal.
    BigInt(String),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A bytes.
    Bytes(Vec<u8>),
    /// A tuple.
    Tuple(Vec<Portable>),
    /// A list.
    List(Vec<Portable>),
    /// A dict.
    Dict(Vec<(Portable, Portable)>),
    /// A set.
    Set(Vec<Portable>),
    /// A frozenset.
    FrozenSet(Vec<Portable>),
    /// A range.
    Range(i64, i64, i64),
    /// A slice: start, stop, step.
    Slice(Box<[Portable; 3]>),
    /// A class, found again by module and qualified name.
    Class(String, String),
    /// A module-level function, found again by module and qualified name.
    Function(String, String),
    /// An instance: its class and its attributes (exceptions: their args).
    Object {
        /// The module of its class.
        module: String,
        /// The qualified name of its class.
        qualname: String,
        /// Its `__dict__`.
        dict: Vec<(String, Portable)>,
        /// An exception's args.
        args: Option<Vec<Portable>>,
    },
}

