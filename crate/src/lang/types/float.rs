//! Placeholder until the real module lands; replaced wholesale.
use crate::lang::value::*;
use crate::vm::Interp;
/// Placeholder.
pub const METHODS: &[(&str, NativeFn)] = &[];
/// Placeholder.
pub fn new_float(_i: &mut Interp<'_>, _a: Args) -> NativeResult { Ok(Flow::Return(Value::Float(0.0))) }
