//! Values as they cross between processes: a process-independent copy, as
//! a pickle is in CPython. Converting to and from live values is the job of
//! the modules that send them (`multiprocessing`); the kernel only stores them.
//! As bytes (`encode`/`decode`, postcard's compact serde format) they travel
//! where CPython sends a pickle: over a `multiprocessing.connection`.

use serde::{Deserialize, Serialize};

/// A value copied out of one process, to be copied into another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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


impl Portable {
    /// The value as bytes, as `pickle.dumps` makes them: floats bit for bit,
    /// classes and functions by module and qualified name.
    pub fn encode(&self) -> Vec<u8> {
        // Serializing into a Vec fails only for types serde cannot express;
        // every variant here is plain data.
        postcard::to_stdvec(self).unwrap_or_default()
    }

    /// A value from `encode`'s bytes; the message says why they are not one.
    pub fn decode(bytes: &[u8]) -> Result<Portable, String> {
        postcard::from_bytes(bytes).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::Portable;

    #[test]
    fn encoding_round_trips_nested_values_exactly() {
        let v = Portable::Dict(vec![
            (Portable::Str("pi".into()), Portable::Float(0.1 + 0.2)),
            (Portable::Int(-7), Portable::BigInt("123456789012345678901234567890".into())),
            (
                Portable::Tuple(vec![Portable::None, Portable::Bool(true)]),
                Portable::Object {
                    module: "queue".into(),
                    qualname: "Empty".into(),
                    dict: vec![],
                    args: Some(vec![Portable::Bytes(vec![0, 255])]),
                },
            ),
        ]);
        assert_eq!(Portable::decode(&v.encode()), Ok(v));
    }

    #[test]
    fn truncated_bytes_are_an_error() {
        let bytes = Portable::Str("hello".into()).encode();
        assert!(Portable::decode(&bytes[..3]).is_err());
    }
}
