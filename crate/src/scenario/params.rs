//! Parameters: the runner replaces a module-level constant's value before
//! compiling (DESIGN.md, "Lessons and parameters"), so the program stays the
//! Python a learner reads, with `REPEAT = 5` in place of `REPEAT = 3`.

use super::{ParamSpec, ParamType};
use rustpython_parser::ast;
use std::fmt;

/// Why a parameter could not be applied; the message names the parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamError(pub String);

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ParamError {}

/// Returns `source` with each `NAME=VALUE` of `sets` written in place of the
/// value of the module-level assignment `NAME = ...`.
///
/// With `specs` (a lesson), a name must be one of the lesson's parameters and
/// the value must fit its type and range. Without (a plain file), any
/// module-level constant may be set: a value that parses as a Python literal
/// is used as written, and for a constant that is a string, the text itself.
pub fn apply_params(
    source: &str,
    sets: &[(String, String)],
    specs: Option<&[ParamSpec]>,
) -> Result<String, ParamError> {
    crate::lang::parse::suite(source, "<lesson>").map_err(|e| ParamError(format!("the program does not parse: {e}")))?;
    let mut out = apply_params_each(&[source], sets, specs)?;
    Ok(out.remove(0))
}

/// `apply_params` over the programs of one run (a lesson of several): each
/// parameter is set in every program that assigns it, and must be assigned
/// by at least one. A program that does not parse is left as written, so
/// that it reports its own SyntaxError when it runs; then a parameter no
/// other program assigns is not an error either.
pub fn apply_params_each(
    sources: &[&str],
    sets: &[(String, String)],
    specs: Option<&[ParamSpec]>,
) -> Result<Vec<String>, ParamError> {
    let modules: Vec<Option<ast::Suite>> =
        sources.iter().map(|s| crate::lang::parse::suite(s, "<lesson>").ok()).collect();
    let mut edits: Vec<Vec<(usize, usize, String)>> = vec![Vec::new(); sources.len()];
    for (name, text) in sets {
        let spec = match specs {
            Some(specs) => Some(known(specs, name)?),
            None => None,
        };
        let mut assigned = false;
        for (module, edits) in modules.iter().zip(&mut edits) {
            let Some(value) = module.as_deref().and_then(|m| find_constant(m, name)) else { continue };
            assigned = true;
            let range = expr_range(value);
            edits.push((range.0, range.1, literal(spec, name, value, text)?));
        }
        if !assigned && modules.iter().all(Option::is_some) {
            let which = if sources.len() == 1 { "the program has no" } else { "no program has a" };
            return Err(ParamError(format!("parameter {name}: {which} module-level assignment `{name} = ...`")));
        }
    }
    Ok(sources.iter().zip(edits).map(|(source, edits)| edit(source, edits)).collect())
}

/// The spec of parameter `name`, or an error listing the known ones.
fn known<'a>(specs: &'a [ParamSpec], name: &str) -> Result<&'a ParamSpec, ParamError> {
    specs.iter().find(|s| s.name == name).ok_or_else(|| {
        let known: Vec<_> = specs.iter().map(|s| s.name.as_str()).collect();
        ParamError(format!(
            "unknown parameter {name}; this lesson has: {}",
            if known.is_empty() { "none".to_string() } else { known.join(", ") }
        ))
    })
}

/// The literal to write for `text` in place of the constant's `value`.
fn literal(spec: Option<&ParamSpec>, name: &str, value: &ast::Expr, text: &str) -> Result<String, ParamError> {
    match spec {
        Some(spec) => checked_literal(spec, text),
        None if is_str_constant(value) && !is_literal(text) => Ok(py_str(text)),
        None if is_literal(text) => Ok(text.to_string()),
        None => Err(ParamError(format!("parameter {name}: {text:?} is not a Python literal"))),
    }
}

/// `source` with each (start, end, text) edit applied.
fn edit(source: &str, mut edits: Vec<(usize, usize, String)>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = source.to_string();
    for (start, end, literal) in edits {
        out.replace_range(start..end, &literal);
    }
    out
}

fn find_constant<'a>(module: &'a [ast::Stmt], name: &str) -> Option<&'a ast::Expr> {
    module.iter().find_map(|stmt| match stmt {
        ast::Stmt::Assign(a) if a.targets.len() == 1 => match &a.targets[0] {
            ast::Expr::Name(n) if n.id.as_str() == name => Some(&*a.value),
            _ => None,
        },
        _ => None,
    })
}

fn expr_range(e: &ast::Expr) -> (usize, usize) {
    use rustpython_parser::ast::Ranged;
    let r = e.range();
    (r.start().to_usize(), r.end().to_usize())
}

fn is_str_constant(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_)))
}

/// Whether `text` is a Python literal: numbers, strings, bytes, True, False,
/// None, and tuples, lists, sets and dicts of literals.
fn is_literal(text: &str) -> bool {
    match crate::lang::parse::expr(text, "<param>") {
        Ok(e) => literal_expr(&e),
        Err(_) => false,
    }
}

fn literal_expr(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && literal_expr(&u.operand)
        }
        ast::Expr::Tuple(t) => t.elts.iter().all(literal_expr),
        ast::Expr::List(l) => l.elts.iter().all(literal_expr),
        ast::Expr::Set(s) => s.elts.iter().all(literal_expr),
        ast::Expr::Dict(d) => {
            d.keys.iter().all(|k| k.as_ref().is_some_and(literal_expr))
                && d.values.iter().all(literal_expr)
        }
        _ => false,
    }
}

fn checked_literal(spec: &ParamSpec, text: &str) -> Result<String, ParamError> {
    let name = &spec.name;
    let out_of_range = |v: f64| {
        spec.min.is_some_and(|m| v < m) || spec.max.is_some_and(|m| v > m)
    };
    let range = || match (spec.min, spec.max) {
        (Some(a), Some(b)) => format!(" (allowed: {} to {})", fmt_num(a), fmt_num(b)),
        _ => String::new(),
    };
    match spec.ty {
        ParamType::Int => {
            let v: i64 = text.trim().parse().map_err(|_| {
                ParamError(format!("parameter {name}: {text:?} is not a whole number{}", range()))
            })?;
            if out_of_range(v as f64) {
                return Err(ParamError(format!("parameter {name}: {v} is out of range{}", range())));
            }
            Ok(v.to_string())
        }
        ParamType::Float => {
            let v: f64 = text.trim().parse().ok().filter(|v: &f64| v.is_finite()).ok_or_else(|| {
                ParamError(format!("parameter {name}: {text:?} is not a number{}", range()))
            })?;
            if out_of_range(v) {
                return Err(ParamError(format!("parameter {name}: {text} is out of range{}", range())));
            }
            Ok(format!("{v:?}"))
        }
        ParamType::Bool => match text.trim() {
            "true" | "True" | "1" => Ok("True".into()),
            "false" | "False" | "0" => Ok("False".into()),
            _ => Err(ParamError(format!("parameter {name}: {text:?} is not true or false"))),
        },
        ParamType::Str => {
            if !spec.choices.is_empty() && !spec.choices.iter().any(|c| c == text) {
                return Err(ParamError(format!(
                    "parameter {name}: {text:?} is not one of {}",
                    spec.choices.join(", ")
                )));
            }
            Ok(py_str(text))
        }
        ParamType::Literal => {
            if is_literal(text) {
                Ok(text.to_string())
            } else {
                Err(ParamError(format!("parameter {name}: {text:?} is not a Python literal")))
            }
        }
    }
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") }
}

/// A Python string literal for `s`, quoted as `repr` would.
fn py_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Text;

    fn spec(name: &str, ty: ParamType, min: Option<f64>, max: Option<f64>) -> ParamSpec {
        ParamSpec {
            name: name.into(),
            ty,
            default: serde_json::Value::from(0),
            min,
            max,
            choices: vec![],
            label: Text::default(),
        }
    }

    const PROGRAM: &str = "REPEAT = 3\nLOCK = 'Lock'\nprint(REPEAT)\n";

    #[test]
    fn replaces_the_value_in_place() {
        let specs = [spec("REPEAT", ParamType::Int, Some(1.0), Some(20.0))];
        let out = apply_params(PROGRAM, &[("REPEAT".into(), "5".into())], Some(&specs)).unwrap();
        assert_eq!(out, "REPEAT = 5\nLOCK = 'Lock'\nprint(REPEAT)\n");
    }

    #[test]
    fn out_of_range_names_the_parameter_and_its_range() {
        let specs = [spec("REPEAT", ParamType::Int, Some(1.0), Some(20.0))];
        let err = apply_params(PROGRAM, &[("REPEAT".into(), "21".into())], Some(&specs)).unwrap_err();
        assert_eq!(err.0, "parameter REPEAT: 21 is out of range (allowed: 1 to 20)");
    }

    #[test]
    fn unknown_parameter_lists_the_known_ones() {
        let specs = [spec("REPEAT", ParamType::Int, None, None)];
        let err = apply_params(PROGRAM, &[("LOCK".into(), "x".into())], Some(&specs)).unwrap_err();
        assert_eq!(err.0, "unknown parameter LOCK; this lesson has: REPEAT");
        // Also when the program has no such constant at all.
        let err = apply_params(PROGRAM, &[("NOPE".into(), "1".into())], Some(&specs)).unwrap_err();
        assert_eq!(err.0, "unknown parameter NOPE; this lesson has: REPEAT");
    }

    #[test]
    fn several_programs_each_get_the_parameters_they_assign() {
        let specs = [spec("REPEAT", ParamType::Int, None, None), spec("LOCK", ParamType::Str, None, None)];
        let sources = ["REPEAT = 3\n", "LOCK = 'Lock'\nREPEAT = 3\n"];
        let sets = [("REPEAT".into(), "5".into()), ("LOCK".into(), "RLock".into())];
        let out = apply_params_each(&sources, &sets, Some(&specs)).unwrap();
        assert_eq!(out, ["REPEAT = 5\n", "LOCK = 'RLock'\nREPEAT = 5\n"]);
        let specs = [spec("MISSING", ParamType::Int, None, None)];
        let err = apply_params_each(&sources, &[("MISSING".into(), "1".into())], Some(&specs)).unwrap_err();
        assert_eq!(err.0, "parameter MISSING: no program has a module-level assignment `MISSING = ...`");
    }

    #[test]
    fn a_program_that_does_not_parse_is_left_as_written() {
        let sources = ["REPEAT = 3\n", "def (\n"];
        let out = apply_params_each(&sources, &[("REPEAT".into(), "5".into()), ("X".into(), "1".into())], None).unwrap();
        assert_eq!(out, ["REPEAT = 5\n", "def (\n"]);
    }

    #[test]
    fn plain_files_take_literals_and_bare_strings() {
        let out = apply_params(PROGRAM, &[("LOCK".into(), "RLock".into())], None).unwrap();
        assert!(out.contains("LOCK = 'RLock'"));
        let out = apply_params(PROGRAM, &[("REPEAT".into(), "[1, (2, 'a')]".into())], None).unwrap();
        assert!(out.starts_with("REPEAT = [1, (2, 'a')]\n"));
        assert!(apply_params(PROGRAM, &[("REPEAT".into(), "os.system('x')".into())], None).is_err());
        assert!(apply_params(PROGRAM, &[("MISSING".into(), "1".into())], None).is_err());
    }
}
