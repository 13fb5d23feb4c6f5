//! Placeholder until the real module lands; replaced wholesale.
#![allow(missing_docs)]
use crate::lang::value::{Name, Value}; use crate::vm::Interp;
pub fn percent(_i: &mut Interp<'_>, f: &str, _a: &Value) -> Result<String, Value> { Ok(f.to_string()) }
pub fn format_value(i: &mut Interp<'_>, v: &Value, _s: &str) -> Result<String, Value> { i.to_str(v) }
/// Placeholder.
pub fn str_format(_i: &mut Interp<'_>, f: &str, _a: &[Value], _k: &[(Name, Value)]) -> Result<String, Value> { Ok(f.to_string()) }
