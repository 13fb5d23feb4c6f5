//! The two ways pyconc parses Python text: a whole program and a single
//! expression, through rustpython-parser's non-generic `parse`.
//!
//! The crate's `Parse` trait methods (`ast::Suite::parse`, ...) are generic
//! defaults, so calling them compiles a second copy of the whole LALRPOP
//! state machine, lexer and tables into pyconc beside the one
//! rustpython-parser already holds for f-string expressions: 223 KB of its
//! action table alone appeared twice in the page's module (BENCHMARKS.md,
//! "What the page's module is made of"). `rustpython_parser::parse` is
//! compiled inside that crate, so the module carries one parser.

use rustpython_parser::{ast, Mode, ParseError};

/// The statements of `source`, a module named `filename` in errors.
pub fn suite(source: &str, filename: &str) -> Result<ast::Suite, ParseError> {
    match rustpython_parser::parse(source, Mode::Module, filename)? {
        ast::Mod::Module(m) => Ok(m.body),
        _ => unreachable!("Mode::Module parses to a module"),
    }
}

/// The expression `source`, named `filename` in errors.
pub fn expr(source: &str, filename: &str) -> Result<ast::Expr, ParseError> {
    match rustpython_parser::parse(source, Mode::Expression, filename)? {
        ast::Mod::Expression(e) => Ok(*e.body),
        _ => unreachable!("Mode::Expression parses to an expression"),
    }
}
