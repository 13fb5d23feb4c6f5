//! Placeholder until the real module lands; replaced wholesale.
#![allow(missing_docs)]
use crate::lang::code::{BinOp, UnOp};
use crate::lang::error::ExcKind;
use crate::lang::value::Value;
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<Result<Value, (ExcKind, String)>> {
    match (a, b) { (Value::Int(x), Value::Int(y)) => Some(Ok(match op { BinOp::Add => Value::Int(x+y), BinOp::Sub => Value::Int(x-y), BinOp::Mul => Value::Int(x*y), BinOp::Mod => Value::Int(x.rem_euclid(*y)), _ => Value::Int(0)})), _ => None }
}
pub fn compare(a: &Value, b: &Value) -> Option<Option<std::cmp::Ordering>> { match (a,b) { (Value::Int(x), Value::Int(y)) => Some(x.partial_cmp(y)), _ => None } }
pub fn num_eq(a: &Value, b: &Value) -> bool { matches!((a,b), (Value::Int(x), Value::Int(y)) if x==y) }
pub fn unary(_op: UnOp, _v: &Value) -> Option<Result<Value, (ExcKind, String)>> { None }
