//! Key functions (`sorted`, `list.sort`, `min`, `max` with `key=`) called
//! as frames of the thread rather than in a nested loop, so that a key may
//! block, be switched or be forked like any frame: a built-in written in
//! Python (`Types::keyed`) computes the keys, then hands them to a native
//! that finishes the built-in's work on them.

use super::frame::Frame;
use super::interp::Interp;
use crate::lang::error::ExcKind;
use crate::lang::value::{Args, Value};

/// Whether calling `key` may run Python code, so that its calls go to frames.
pub fn key_runs_python(key: &Value) -> bool {
    !matches!(key, Value::Native(_))
}

/// The items and their keys that `keyed` passes to its continuation
/// (`then(items, keys, extra)`), as vectors of equal length.
pub fn keyed_args(interp: &Interp<'_>, args: &Args) -> Result<(Vec<Value>, Vec<Value>), Value> {
    match &args.pos[..] {
        [Value::List(items), Value::List(keys), _] if items.borrow().len() == keys.borrow().len() => {
            Ok((items.borrow().clone(), keys.borrow().clone()))
        }
        _ => Err(interp.error(ExcKind::TypeError, "a keyed built-in takes (items, keys, extra)")),
    }
}

impl Interp<'_> {
    /// A frame computing `[key(x) for x in items]` and returning
    /// `then(items, keys, extra)`; when a key raises, `undo(items, extra)`
    /// runs first if given.
    pub fn keyed_frame(&mut self, items: Value, key: Value, then: Value, undo: Option<Value>, extra: Value) -> Box<Frame> {
        let code = self.types().keyed.clone();
        self.helper_frame(code, [items, key, then, undo.unwrap_or(Value::None), extra])
    }
}
