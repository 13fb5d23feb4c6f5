//! Iteration and generators. A generator is a suspended frame: resuming it
//! pushes that frame on the thread's stack and `yield` takes it off again,
//! so generators, like calls, never recurse on the Rust stack (CPython 3.11's
//! `gen_send_ex`, `FOR_ITER`, `SEND`).

use super::frame::{Frame, ReturnMode};
use super::interp::{Ctl, Interp, Started};
use crate::lang::error::ExcKind;
use crate::lang::value::{DictView, Generator, Iter, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Interp<'_> {
    /// A generator object that will run `frame`.
    pub(super) fn new_generator(&self, frame: Box<Frame>) -> Value {
        let code = frame.code.clone();
        Value::Generator(Rc::new(RefCell::new(Generator {
            frame: Some(frame),
            running: false,
            finished: false,
            code,
        })))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> Result<Value, Value> {
        let it = match v {
            Value::List(l) => Iter::List(l.clone(), 0),
            Value::Tuple(t) => Iter::Seq(t.clone(), 0),
            Value::Str(s) => Iter::Str(s.clone(), 0),
            Value::Bytes(b) => Iter::Bytes(b.clone(), 0),
            Value::Range(r) => Iter::Range(r.start, r.stop, r.step),
            Value::Dict(d) => {
                let n = d.borrow().len();
                Iter::Dict(d.clone(), 0, DictView::Keys, n)
            }
            Value::Set(s) => Iter::Seq(s.borrow().iter().map(|k| k.0.clone()).collect::<Vec<_>>().into(), 0),
            Value::FrozenSet(s) => Iter::Seq(s.iter().map(|k| k.0.clone()).collect::<Vec<_>>().into(), 0),
            Value::Generator(_) | Value::Iterator(_) => return Ok(v.clone()),
            other => {
                if let (Value::Class(_), Some(f)) = (other, self.user_method(other, "__iter__")) {
                    return self.call(&f, vec![other.clone()]);
                }
                if let Some(f) = self.lookup_method(other, "__iter__")? {
                    return self.call(&f, vec![other.clone()]);
                }
                if let Some(f) = self.lookup_method(other, "__getitem__")? {
                    let _ = f;
                    return Ok(Value::Iterator(Rc::new(RefCell::new(Iter::GetItem(other.clone(), 0)))));
                }
                let t = self.type_name(other);
                return Err(self.error(ExcKind::TypeError, format!("'{t}' object is not iterable")));
            }
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(it))))
    }

    /// `next(it)`: Ok(None) once exhausted.
    pub fn next(&mut self, it: &Value) -> Result<Option<Value>, Value> {
        match it {
            Value::Iterator(i) => {
                // Fast paths that never call back into Python.
                {
                    let mut b = i.borrow_mut();
                    match &mut *b {
                        Iter::Range(cur, stop, step) => {
                            return Ok(if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                                let v = *cur;
                                *cur += *step;
                                Some(Value::Int(v))
                            } else {
                                None
                            });
                        }
                        Iter::List(l, pos) => {
                            let v = l.borrow().get(*pos).cloned();
                            *pos += 1;
                            return Ok(v);
                        }
                        Iter::Seq(s, pos) => {
                            let v = s.get(*pos).cloned();
                            *pos += 1;
                            return Ok(v);
                        }
                        _ => {}
                    }
                }
                let mut state = std::mem::replace(&mut *i.borrow_mut(), Iter::Done);
                let r = crate::lang::builtins::iter_next(self, &mut state);
                *i.borrow_mut() = state;
                r
            }
            Value::Generator(g) => {
                if g.borrow().finished {
                    return Ok(None);
                }
                let g = Value::Generator(g.clone());
                match self.resume(&g, Value::None, None, true)? {
                    Started::Done(v) => Ok(Some(v)),
                    Started::Frame => match self.run_nested() {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.is_kind(&e, ExcKind::StopIteration) => Ok(None),
                        Err(e) => Err(e),
                    },
                    Started::Block(_) => unreachable!("resuming never blocks"),
                }
            }
            other => {
                let Some(f) = self.lookup_method(other, "__next__")? else {
                    let t = self.type_name(other);
                    return Err(self.error(ExcKind::TypeError, format!("'{t}' object is not an iterator")));
                };
                match self.call(&f, vec![other.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_kind(&e, ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Iterates `v` to the end.
    pub fn collect(&mut self, v: &Value) -> Result<Vec<Value>, Value> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = vec![];
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `ForIter`: the iterator is on top of the stack.
    pub(super) fn for_iter(&mut self, target: u32) -> Result<Ctl, Value> {
        let it = self.thread.frames.last().unwrap().stack.last().unwrap().clone();
        if let Value::Generator(_) = it {
            return match self.resume(&it, Value::None, Some(target), false)? {
                Started::Frame => Ok(Ctl::Next),
                Started::Done(_) | Started::Block(_) => {
                    self.exhausted(target);
                    Ok(Ctl::Next)
                }
            };
        }
        // A __next__ written in Python runs as a frame of this thread, so it
        // may block (a pool's imap waits on a condition).
        if let Value::Object(_) = it {
            if let Some(Value::Function(f)) = self.lookup_method(&it, "__next__")? {
                let mut frame = self.bind_args(&f, vec![it], vec![])?;
                frame.ret = ReturnMode::ForIterNext(target);
                self.push_frame(frame)?;
                return Ok(Ctl::Next);
            }
        }
        match self.next(&it)? {
            Some(v) => self.thread.frames.last_mut().unwrap().stack.push(v),
            None => self.exhausted(target),
        }
        Ok(Ctl::Next)
    }

    fn exhausted(&mut self, target: u32) {
        let f = self.thread.frames.last_mut().unwrap();
        f.stack.pop();
        f.pc = target as usize;
    }

    /// Resumes a generator with `sent`. `Started::Frame`: its frame is on the
    /// stack. `Started::Done`: it had already finished (only with `for_iter`;
    /// otherwise that is a StopIteration).
    pub(super) fn resume(
        &mut self,
        gen: &Value,
        sent: Value,
        for_iter: Option<u32>,
        sync: bool,
    ) -> Result<Started, Value> {
        // The common case, a suspended generator resumed: its frame moves
        // once, from the generator straight onto the thread's stack.
        if let Value::Generator(g) = gen {
            let mut gb = g.borrow_mut();
            if !gb.running && gb.frame.as_ref().is_some_and(|f| f.pc > 0)
                && self.thread.frames.len() < super::RECURSION_LIMIT
            {
                let frame = gb.frame.take().expect("checked");
                gb.running = true;
                drop(gb);
                self.thread.frames.push(frame);
                let f = self.thread.frames.last_mut().expect("just pushed");
                f.stack.push(sent);
                f.ret = ReturnMode::Generator { gen: gen.clone(), for_iter, sync, delegate: false };
                return Ok(Started::Frame);
            }
        }
        let mut frame = self.take_frame(gen, &sent, for_iter.is_some())?;
        let Some(mut f) = frame.take() else { return Ok(Started::Done(Value::None)) };
        if f.pc > 0 {
            f.stack.push(sent);
        }
        f.ret = ReturnMode::Generator { gen: gen.clone(), for_iter, sync, delegate: false };
        self.push_frame(f)?;
        Ok(Started::Frame)
    }

    fn take_frame(&mut self, gen: &Value, sent: &Value, quiet: bool) -> Result<Option<Box<Frame>>, Value> {
        let Value::Generator(g) = gen else { unreachable!("resume takes a generator") };
        let mut g = g.borrow_mut();
        if g.running {
            drop(g);
            return Err(self.error(ExcKind::ValueError, "generator already executing"));
        }
        if g.finished {
            drop(g);
            return if quiet { Ok(None) } else { Err(self.new_exception(ExcKind::StopIteration, vec![])) };
        }
        let f = g.frame.take().expect("a suspended generator has its frame");
        if f.pc == 0 && !matches!(sent, Value::None) {
            g.frame = Some(f);
            drop(g);
            return Err(self.error(ExcKind::TypeError, "can't send non-None value to a just-started generator"));
        }
        g.running = true;
        Ok(Some(f))
    }

    /// Marks a generator finished (its frame returned or raised).
    pub(super) fn finish_generator(&mut self, gen: &Value) {
        if let Value::Generator(g) = gen {
            let mut g = g.borrow_mut();
            g.running = false;
            g.finished = true;
            g.frame = None;
        }
    }

    /// `YieldValue`: suspends the top frame into its generator (out of
    /// line, so that the evaluation loop stays small).
    #[inline(never)]
    pub(super) fn yield_value(&mut self, v: Value) -> Result<Ctl, Value> {
        if !matches!(self.thread.frames.last().map(|f| &f.ret), Some(ReturnMode::Generator { .. })) {
            return Err(self.error(ExcKind::SystemError, "yield outside a generator frame"));
        }
        let top = self.thread.frames.last_mut().expect("yielding frame");
        let ReturnMode::Generator { gen, for_iter: _, sync, delegate } =
            std::mem::replace(&mut top.ret, ReturnMode::Normal)
        else {
            unreachable!("checked above")
        };
        if let Value::Generator(g) = &gen {
            let mut g = g.borrow_mut();
            g.running = false;
            g.frame = self.thread.frames.pop();
        } else {
            self.thread.frames.pop();
        }
        if sync {
            return Ok(Ctl::SyncDone(v));
        }
        if delegate {
            // The delegating generator yields the same value outward, and
            // re-runs its YieldFrom when resumed.
            let outer = self.thread.frames.last_mut().expect("delegating frame");
            outer.pc -= 1;
            return self.yield_value(v);
        }
        self.thread.frames.last_mut().expect("caller").stack.push(v);
        Ok(Ctl::Next)
    }

    /// `YieldFrom`: `[it, sent]`, delegating to a sub-iterator.
    pub(super) fn yield_from(&mut self) -> Result<Ctl, Value> {
        let f = self.thread.frames.last_mut().unwrap();
        let sent = f.stack.pop().unwrap();
        let it = f.stack.last().unwrap().clone();
        if let Value::Generator(_) = it {
            let Some(mut sub) = self.take_frame(&it, &sent, false)? else { unreachable!() };
            if sub.pc > 0 {
                sub.stack.push(sent);
            }
            sub.ret = ReturnMode::Generator { gen: it.clone(), for_iter: None, sync: false, delegate: true };
            self.push_frame(sub)?;
            return Ok(Ctl::Next);
        }
        match self.next(&it)? {
            Some(y) => {
                self.thread.frames.last_mut().unwrap().pc -= 1;
                self.yield_value(y)
            }
            None => {
                let f = self.thread.frames.last_mut().unwrap();
                f.stack.pop();
                f.stack.push(Value::None);
                Ok(Ctl::Next)
            }
        }
    }
}
