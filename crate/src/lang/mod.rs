//! Source to bytecode, and the values bytecode works on: parsing and
//! compiling (`compile`), the instruction set (`code`), values (`value`),
//! numbers, formatting and reprs, the methods of the built-in types and the
//! built-in functions. Nothing here knows about processes or threads.

pub mod builtins;
pub mod code;
pub mod compile;
pub mod error;
pub mod format;
pub mod num;
pub mod parse;
pub mod portable;
pub mod repr;
pub mod types;
pub mod value;
