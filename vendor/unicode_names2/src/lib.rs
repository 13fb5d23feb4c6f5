//! The one function of `unicode_names2` that rustpython-parser calls, without
//! the Unicode name tables behind it.
//!
//! The tables were the largest single part of the page's wasm module (see
//! BENCHMARKS.md, "What the page's module is made of"), and only `\N{...}`
//! string escapes use them. Every name is unknown here, so the lexer reports
//! a `\N{...}` escape as a Unicode error, which pyconc's compiler turns into
//! a SyntaxError saying that such escapes are not supported: a program that
//! uses one gets a clear refusal, never a wrong character.

/// The character named `name`: always `None`, since no names are carried.
pub fn character(_name: &str) -> Option<char> {
    None
}
