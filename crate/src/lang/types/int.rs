//! Placeholder until the real module lands; replaced wholesale.
use crate::lang::value::*;
use crate::vm::Interp;
/// Placeholder.
pub const METHODS: &[(&str, NativeFn)] = &[];
/// Placeholder.
pub fn new_int(_i: &mut Interp<'_>, a: Args) -> NativeResult { Ok(Flow::Return(a.pos.first().cloned().unwrap_or(Value::Int(0)))) }
/// Placeholder.
pub fn new_bool(_i: &mut Interp<'_>, _a: Args) -> NativeResult { Ok(Flow::Return(Value::Bool(false))) }
