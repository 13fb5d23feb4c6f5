//! Placeholder until the real module lands; replaced wholesale.
#![allow(missing_docs)]
use crate::lang::value::Value; use crate::vm::Interp;
pub fn repr(_i: &mut Interp<'_>, v: &Value) -> Result<String, Value> { Ok(match v { Value::Int(i) => i.to_string(), Value::Str(s) => format!("'{s}'"), Value::None => "None".into(), _ => "?".into() }) }
