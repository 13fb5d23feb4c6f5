//! The methods of the built-in types, a file per type, and the sequence
//! protocols they share.

pub mod args;
pub mod bytearray;
pub mod bytes;
pub mod dict;
pub mod float;
pub mod int;
pub mod iter;
pub mod list;
pub mod range;
pub mod seq;
pub mod set;
pub mod sort;
pub mod str;
pub mod tuple;
