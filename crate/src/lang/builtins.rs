//! Placeholder until the real module lands; replaced wholesale.
#![allow(missing_docs)]
use crate::lang::value::*; use crate::vm::Interp;
fn print(i: &mut Interp<'_>, a: Args) -> NativeResult { let mut s = String::new(); for (k, v) in a.pos.iter().enumerate() { if k>0 {s.push(' ');} s.push_str(&i.to_str(v)?); } s.push('\n'); i.sys().write(crate::trace::Stream::Stdout, &s); Ok(Flow::Return(Value::None)) }
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("print", print)];
pub fn iter_next(_i: &mut Interp<'_>, _it: &mut Iter) -> Result<Option<Value>, Value> { Ok(None) }
