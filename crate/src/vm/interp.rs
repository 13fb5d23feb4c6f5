//! The evaluation loop: `Interp::step` executes the current thread's top
//! frame instruction by instruction, in the manner of CPython 3.11's
//! `_PyEval_EvalFrameDefault`, but returns to the machine instead of blocking.

use super::frame::{Block, Frame, ReturnMode, Thread};
use super::{Process, Sys, Types, Wait};
use crate::lang::code::{BinOp, CmpOp, Op, UnOp};
use crate::lang::error::ExcKind;
use crate::lang::value::{Dict, Flow, Name, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Why `Interp::step` returned.
#[derive(Debug)]
pub enum StepResult {
    /// The budget was spent; the thread can go on.
    Budget,
    /// The thread reached a point where CPython's eval breaker lets it drop the GIL.
    Switch,
    /// The thread must wait.
    Blocked(Wait),
    /// The thread's root frame returned (Ok) or raised (Err).
    Exited(Result<Value, Value>),
}

/// What one instruction asks of the loop.
pub(super) enum Ctl {
    /// Go on.
    Next,
    /// Park the thread.
    Block(Wait),
    /// A nested run's frame returned this value.
    SyncDone(Value),
    /// A generator resumed by a nested run finished: this StopIteration ends the run.
    SyncRaise(Value),
    /// The thread's root frame returned.
    ThreadDone(Value),
}

/// The interpreter working on one thread of one process, for one slice.
pub struct Interp<'a> {
    /// The thread being run.
    pub thread: &'a mut Thread,
    /// Its process's Python state.
    pub proc: &'a Process,
    /// The kernel.
    pub sys: &'a mut dyn Sys,
    /// Instructions executed in this slice.
    pub steps: u64,
    /// Step count from which an eval-breaker point switches threads (u64::MAX: never).
    pub switch_at: u64,
    /// Whether the switch may happen after any instruction, not only at CPython's check points.
    pub switch_anywhere: bool,
}

/// The error of a blocking call in a nested loop: the callbacks that still
/// run there are those of built-ins that do not hand them to frames.
pub(super) const CALLBACK_CANNOT_BLOCK: &str =
    "pyconc cannot block inside a built-in's callback (such as a __repr__ inside a list's repr, or a map() function)";

/// The most frames a thread may have: CPython's default recursion limit.
pub const RECURSION_LIMIT: usize = 1000;

impl<'a> Interp<'a> {
    /// The interpreter for `thread` of `proc`, talking to `sys`.
    pub fn new(thread: &'a mut Thread, proc: &'a Process, sys: &'a mut dyn Sys) -> Interp<'a> {
        Interp { thread, proc, sys, steps: 0, switch_at: u64::MAX, switch_anywhere: false }
    }

    /// The built-in types and exception classes.
    pub fn types(&self) -> &Types {
        &self.proc.types
    }

    /// The kernel services.
    pub fn sys(&mut self) -> &mut dyn Sys {
        &mut *self.sys
    }

    /// The next line of standard input, for `input()`.
    pub fn read_line(&mut self) -> Option<String> {
        self.sys.read_line()
    }

    /// Runs until `budget` instructions are executed in this slice (counting
    /// from `self.steps`), or the thread blocks, exits or reaches a switch point.
    pub fn step(&mut self, budget: u64) -> StepResult {
        if let Some(v) = self.thread.wake_value.take() {
            if let Some(f) = self.thread.frames.last_mut() {
                f.stack.push(v);
            }
        }
        loop {
            if self.steps >= budget {
                return StepResult::Budget;
            }
            match self.run_one() {
                Ok(Ctl::Next) => {
                    #[cfg(debug_assertions)]
                    self.debug_check_depth();
                }
                Ok(Ctl::Block(w)) => {
                    self.thread.park();
                    return StepResult::Blocked(w);
                }
                Ok(Ctl::ThreadDone(v)) => return StepResult::Exited(Ok(v)),
                Ok(Ctl::SyncDone(_) | Ctl::SyncRaise(_)) => unreachable!("sync frames only run in nested loops"),
                Err(exc) => match self.raise_in_loop(exc) {
                    Ok(()) => {}
                    Err(Unwound::Thread(exc)) => return StepResult::Exited(Err(exc)),
                    Err(Unwound::Sync(_)) => unreachable!("sync frames only run in nested loops"),
                },
            }
            if self.steps >= self.switch_at && (self.switch_anywhere || self.at_breaker()) {
                return StepResult::Switch;
            }
        }
    }

    /// Whether the last instruction is one where CPython 3.11 checks the eval
    /// breaker: a backward jump, or a call.
    fn at_breaker(&self) -> bool {
        let Some(f) = self.thread.frames.last() else { return false };
        match f.code.ops.get(f.last_pc) {
            Some(Op::Jump(t)) => (*t as usize) <= f.last_pc,
            Some(Op::Call(_) | Op::CallKw(_) | Op::CallMethod(_) | Op::CallEx(_)) => true,
            _ => false,
        }
    }

    /// Runs a frame pushed with `ReturnMode::Sync` to completion in a nested
    /// loop (built-ins calling back into Python). Blocking there is an error.
    pub(super) fn run_nested(&mut self) -> Result<Value, Value> {
        if self.thread.sync_depth > 200 {
            self.thread.frames.pop();
            return Err(self.error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.thread.sync_depth += 1;
        let r = loop {
            match self.run_one() {
                Ok(Ctl::Next) => {
                    #[cfg(debug_assertions)]
                    self.debug_check_depth();
                }
                Ok(Ctl::SyncDone(v)) => break Ok(v),
                Ok(Ctl::SyncRaise(e)) => break Err(e),
                Ok(Ctl::Block(_)) => {
                    // Drop the frames of the nested call.
                    while let Some(f) = self.thread.frames.pop() {
                        if matches!(f.ret.destination(), ReturnMode::Sync) {
                            break;
                        }
                    }
                    break Err(self.error(ExcKind::RuntimeError, CALLBACK_CANNOT_BLOCK));
                }
                Ok(Ctl::ThreadDone(_)) => unreachable!("a sync frame sits above the root"),
                Err(exc) => match self.raise_in_loop(exc) {
                    Ok(()) => {}
                    Err(Unwound::Sync(exc)) => break Err(exc),
                    Err(Unwound::Thread(exc)) => break Err(exc),
                },
            }
        };
        self.thread.sync_depth -= 1;
        r
    }

    /// Checks, in debug builds, that the running frame's value stack is
    /// within the depth the compiler computed for its code (frames
    /// allocate exactly that much).
    #[cfg(debug_assertions)]
    fn debug_check_depth(&self) {
        if let Some(f) = self.thread.frames.last() {
            debug_assert!(
                f.stack.len() <= f.code.stacksize as usize,
                "{}: stack depth {} over the computed {} at instruction {}",
                f.code.qualname,
                f.stack.len(),
                f.code.stacksize,
                f.last_pc
            );
        }
    }

    fn frame(&mut self) -> &mut Frame {
        self.thread.frames.last_mut().expect("a running thread has a frame")
    }

    fn push(&mut self, v: Value) {
        self.frame().stack.push(v);
    }

    fn pop(&mut self) -> Value {
        self.frame().stack.pop().expect("stack underflow: compiler bug")
    }

    fn top(&mut self) -> &mut Value {
        self.frame().stack.last_mut().expect("stack underflow: compiler bug")
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let st = &mut self.frame().stack;
        st.split_off(st.len() - n)
    }

    fn name(&mut self, i: u32) -> Name {
        self.frame().code.names[i as usize].clone()
    }

    /// Executes one instruction: the commonest ones here, in a small
    /// function the loop inlines; the others in `execute`.
    #[inline(always)]
    fn run_one(&mut self) -> Result<Ctl, Value> {
        let f = self.thread.frames.last_mut().expect("a running thread has a frame");
        let op = f.code.ops[f.pc];
        f.last_pc = f.pc;
        f.pc += 1;
        self.steps += 1;
        match op {
            Op::LoadFast(i) => {
                let v = &f.fast[i as usize];
                if matches!(v, Value::Unbound) {
                    return self.execute(op);
                }
                let v = clone_value(v);
                f.stack.push(v);
            }
            Op::StoreFast(i) => {
                let v = f.stack.pop().expect("stack underflow: compiler bug");
                drop_value(std::mem::replace(&mut f.fast[i as usize], v));
            }
            Op::LoadConst(i) => {
                let v = clone_value(&f.code.consts[i as usize]);
                f.stack.push(v);
            }
            Op::Pop => {
                drop_value(f.stack.pop().expect("stack underflow: compiler bug"));
            }
            Op::Dup => {
                let v = clone_value(f.stack.last().expect("stack underflow: compiler bug"));
                f.stack.push(v);
            }
            Op::Rot2 => {
                let n = f.stack.len();
                f.stack.swap(n - 1, n - 2);
            }
            Op::Jump(t) => f.pc = t as usize,
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) if matches!(f.stack.last(), Some(Value::Bool(_))) => {
                let Some(Value::Bool(b)) = f.stack.pop() else { unreachable!() };
                if b == matches!(op, Op::PopJumpIfTrue(_)) {
                    f.pc = t as usize;
                }
            }
            Op::BinaryOp(bop) | Op::InplaceOp(bop) if small_int_pair(&self.thread.frames) => {
                // Small ints: CPython 3.11's BINARY_OP_ADD_INT and friends.
                let st = &mut self.thread.frames.last_mut().expect("a running thread has a frame").stack;
                let (Some(Value::Int(b)), Some(Value::Int(a))) = (st.pop(), st.pop()) else { unreachable!() };
                let r = match bop {
                    BinOp::Add => a.checked_add(b),
                    BinOp::Sub => a.checked_sub(b),
                    BinOp::Mul => a.checked_mul(b),
                    BinOp::Mod if b > 0 => Some(a.rem_euclid(b)),
                    BinOp::FloorDiv if b > 0 => Some(a.div_euclid(b)),
                    BinOp::And => Some(a & b),
                    BinOp::Or => Some(a | b),
                    BinOp::Xor => Some(a ^ b),
                    _ => None,
                };
                let v = match r {
                    Some(r) => Value::Int(r),
                    None => self.binary_op(bop, &Value::Int(a), &Value::Int(b), matches!(op, Op::InplaceOp(_)))?,
                };
                self.push(v);
            }
            Op::CompareOp(c @ (CmpOp::Lt | CmpOp::Le | CmpOp::Eq | CmpOp::Ne | CmpOp::Gt | CmpOp::Ge))
                if small_int_pair(&self.thread.frames) =>
            {
                let st = &mut self.thread.frames.last_mut().expect("a running thread has a frame").stack;
                let (Some(Value::Int(b)), Some(Value::Int(a))) = (st.pop(), st.pop()) else { unreachable!() };
                let r = match c {
                    CmpOp::Lt => a < b,
                    CmpOp::Le => a <= b,
                    CmpOp::Eq => a == b,
                    CmpOp::Ne => a != b,
                    CmpOp::Gt => a > b,
                    _ => a >= b,
                };
                st.push(Value::Bool(r));
            }
            Op::ForIter(t) => {
                // `for i in range(n)`: CPython 3.11's FOR_ITER over a range iterator, inline.
                let st = &mut self.thread.frames.last_mut().expect("a running thread has a frame").stack;
                if let Some(Value::Iterator(it)) = st.last() {
                    let next = match &mut *it.borrow_mut() {
                        crate::lang::value::Iter::Range(cur, stop, step) => {
                            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                                let v = *cur;
                                *cur = cur.saturating_add(*step);
                                Some(Some(v))
                            } else {
                                Some(None)
                            }
                        }
                        _ => None,
                    };
                    match next {
                        Some(Some(v)) => {
                            st.push(Value::Int(v));
                            return Ok(Ctl::Next);
                        }
                        Some(None) => {
                            st.pop();
                            self.frame().pc = t as usize;
                            return Ok(Ctl::Next);
                        }
                        None => {}
                    }
                }
                return self.execute(op);
            }
            Op::LoadGlobal(i) => return self.op_load_global(i),
            Op::LoadName(i) => return self.op_load_name(i),
            Op::StoreName(i) => return self.op_store_name(i),
            Op::LoadAttr(i) => return self.op_load_attr(i),
            Op::StoreAttr(i) => return self.op_store_attr(i),
            Op::LoadMethod(i) => return self.op_load_method(i),
            Op::CallMethod(n) => return self.op_call_method(n),
            Op::Call(n) => return self.op_call(n),
            Op::ReturnValue => {
                let v = self.pop();
                return self.return_value(v);
            }
            Op::YieldValue => {
                let v = self.pop();
                return self.yield_value(v);
            }
            _ => return self.execute(op),
        }
        Ok(Ctl::Next)
    }

    /// Executes an instruction `run_one` did not.
    #[inline(never)]
    fn execute(&mut self, op: Op) -> Result<Ctl, Value> {
        match op {
            Op::Pop => {
                self.pop();
            }
            Op::Dup => {
                let v = self.top().clone();
                self.push(v);
            }
            Op::Dup2 => {
                let st = &mut self.frame().stack;
                let n = st.len();
                let (a, b) = (st[n - 2].clone(), st[n - 1].clone());
                st.push(a);
                st.push(b);
            }
            Op::Rot2 => {
                let st = &mut self.frame().stack;
                let n = st.len();
                st.swap(n - 1, n - 2);
            }
            Op::Rot3 => {
                let v = self.pop();
                let st = &mut self.frame().stack;
                let n = st.len();
                st.insert(n - 2, v);
            }
            Op::LoadConst(i) => {
                let v = self.frame().code.consts[i as usize].clone();
                self.push(v);
            }
            Op::LoadFast(i) => {
                let f = self.frame();
                let v = f.fast[i as usize].clone();
                if let Value::Unbound = v {
                    let name = f.code.varnames[i as usize].clone();
                    return Err(self.error(
                        ExcKind::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                self.push(v);
            }
            Op::StoreFast(i) => {
                let v = self.pop();
                self.frame().fast[i as usize] = v;
            }
            Op::DeleteFast(i) => {
                let f = self.frame();
                if let Value::Unbound = f.fast[i as usize] {
                    let name = f.code.varnames[i as usize].clone();
                    return Err(self.error(
                        ExcKind::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                f.fast[i as usize] = Value::Unbound;
            }
            Op::LoadName(i) => return self.op_load_name(i),
            Op::StoreName(i) => return self.op_store_name(i),
            Op::DeleteName(i) => {
                let name = self.name(i);
                let ns = self.namespace();
                let removed = ns.borrow_mut().shift_remove(&crate::lang::value::Key(Value::Str(name.clone())));
                if removed.is_none() {
                    return Err(self.name_error(&name));
                }
            }
            Op::LoadGlobal(i) => return self.op_load_global(i),
            Op::StoreGlobal(i) => return self.op_store_global(i),
            Op::DeleteGlobal(i) => {
                let name = self.name(i);
                let g = self.frame().globals.clone();
                let removed = g.borrow_mut().shift_remove(&crate::lang::value::Key(Value::Str(name.clone())));
                if removed.is_none() {
                    return Err(self.name_error(&name));
                }
            }
            Op::LoadDeref(i) | Op::LoadClassDeref(i) => {
                if let Op::LoadClassDeref(_) = op {
                    let name = self.cell_name(i);
                    let ns = self.namespace();
                    let found = ns.borrow().get(&crate::lang::value::Key(Value::Str(name))).cloned();
                    if let Some(v) = found {
                        self.push(v);
                        return Ok(Ctl::Next);
                    }
                }
                let v = self.frame().cells[i as usize].borrow().clone();
                if let Value::Unbound = v {
                    let name = self.cell_name(i);
                    return Err(self.error(
                        ExcKind::NameError,
                        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                    ));
                }
                self.push(v);
            }
            Op::StoreDeref(i) => {
                let v = self.pop();
                *self.frame().cells[i as usize].borrow_mut() = v;
            }
            Op::DeleteDeref(i) => {
                *self.frame().cells[i as usize].borrow_mut() = Value::Unbound;
            }
            Op::LoadClosure(i) => {
                let c = self.frame().cells[i as usize].clone();
                self.push(Value::Cell(c));
            }
            Op::LoadAttr(i) => return self.op_load_attr(i),
            Op::StoreAttr(i) => return self.op_store_attr(i),
            Op::DeleteAttr(i) => {
                let name = self.name(i);
                let obj = self.pop();
                self.del_attr(&obj, &name)?;
            }
            Op::LoadMethod(i) => return self.op_load_method(i),
            Op::CallMethod(n) => return self.op_call_method(n),
            Op::Call(n) => return self.op_call(n),
            Op::CallKw(n) => {
                let names = self.pop();
                let mut args = self.pop_n(n as usize);
                let f = self.pop();
                let Value::Tuple(names) = names else { unreachable!("kwnames tuple") };
                let kw_vals = args.split_off(args.len() - names.len());
                let kw = names
                    .iter()
                    .zip(kw_vals)
                    .map(|(k, v)| match k {
                        Value::Str(s) => (s.clone(), v),
                        _ => unreachable!("kwnames are str"),
                    })
                    .collect();
                return self.call_flow(f, args, kw);
            }
            Op::CallEx(flags) => {
                let kwargs = if flags & 1 != 0 { Some(self.pop()) } else { None };
                let args = self.pop();
                let f = self.pop();
                let args = match args {
                    Value::Tuple(t) => t.to_vec(),
                    other => self.collect(&other)?,
                };
                let mut kw = vec![];
                if let Some(Value::Dict(d)) = kwargs {
                    for (k, v) in d.borrow().iter() {
                        match &k.0 {
                            Value::Str(s) => kw.push((s.clone(), v.clone())),
                            _ => return Err(self.error(ExcKind::TypeError, "keywords must be strings")),
                        }
                    }
                }
                return self.call_flow(f, args, kw);
            }
            Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                let b = self.pop();
                let a = self.pop();
                let v = match (bop, &a) {
                    (BinOp::Mod, Value::Str(fmt)) => self.percent_op(fmt, &b)?,
                    _ => Some(self.binary_op(bop, &a, &b, matches!(op, Op::InplaceOp(_)))?),
                };
                if let Some(v) = v {
                    self.push(v);
                }
            }
            Op::CompareOp(c) => {
                let b = self.pop();
                let a = self.pop();
                if matches!(c, CmpOp::In | CmpOp::NotIn) {
                    if let Some(f) = self.python_dunder(&b, "__contains__") {
                        let mode = ReturnMode::Truth { negate: c == CmpOp::NotIn };
                        return self.call_with_mode(f, vec![b, a], mode);
                    }
                }
                let v = self.compare_op(c, &a, &b)?;
                self.push(v);
            }
            Op::UnaryOp(u) => {
                let a = self.pop();
                let v = match u {
                    UnOp::Not => Value::Bool(!self.truthy(&a)?),
                    _ => self.unary_op(u, &a)?,
                };
                self.push(v);
            }
            Op::Subscr => {
                let idx = self.pop();
                let obj = self.pop();
                if let Some(f) = self.python_dunder(&obj, "__getitem__") {
                    return self.call_with_mode(f, vec![obj, idx], ReturnMode::Normal);
                }
                let v = self.get_item(&obj, &idx)?;
                self.push(v);
            }
            Op::StoreSubscr => {
                let idx = self.pop();
                let obj = self.pop();
                let v = self.pop();
                if let Some(f) = self.python_dunder(&obj, "__setitem__") {
                    return self.call_with_mode(f, vec![obj, idx, v], ReturnMode::Discard);
                }
                self.set_item(&obj, &idx, v)?;
            }
            Op::DeleteSubscr => {
                let idx = self.pop();
                let obj = self.pop();
                if let Some(f) = self.python_dunder(&obj, "__delitem__") {
                    return self.call_with_mode(f, vec![obj, idx], ReturnMode::Discard);
                }
                self.del_item(&obj, &idx)?;
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                self.push(Value::Slice(Rc::new([start, stop, step])));
            }
            Op::BuildTuple(n) => {
                let items = self.pop_n(n as usize);
                self.push(Value::tuple(items));
            }
            Op::BuildList(n) => {
                let items = self.pop_n(n as usize);
                self.push(Value::list(items));
            }
            Op::BuildSet(n) => {
                let items = self.pop_n(n as usize);
                let set = RefCell::new(crate::lang::value::Set::default());
                for it in &items {
                    let k = self.key(it)?;
                    self.set_insert(&set, k)?;
                }
                self.push(Value::Set(Rc::new(set)));
            }
            Op::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize);
                let d = Rc::new(RefCell::new(Dict::default()));
                for pair in items.chunks(2) {
                    let k = self.key(&pair[0])?;
                    self.dict_insert(&d, k, pair[1].clone())?;
                }
                self.push(Value::Dict(d));
            }
            Op::BuildString(n) => {
                let parts = self.pop_n(n as usize);
                let mut s = String::new();
                for p in parts {
                    if let Value::Str(p) = p {
                        s.push_str(&p);
                    }
                }
                self.push(Value::str(&s));
            }
            Op::ListAppend(i) => {
                let v = self.pop();
                let st = &self.frame().stack;
                if let Value::List(l) = &st[st.len() - i as usize] {
                    l.borrow_mut().push(v);
                }
            }
            Op::SetAdd(i) => {
                let v = self.pop();
                let k = self.key(&v)?;
                let st = &self.frame().stack;
                if let Value::Set(s) = st[st.len() - i as usize].clone() {
                    self.set_insert(&s, k)?;
                }
            }
            Op::MapAdd(i) => {
                let v = self.pop();
                let k = self.pop();
                let k = self.key(&k)?;
                let st = &self.frame().stack;
                if let Value::Dict(d) = st[st.len() - i as usize].clone() {
                    self.dict_insert(&d, k, v)?;
                }
            }
            Op::ListExtend(i) => {
                let it = self.pop();
                let items = self.collect(&it)?;
                let st = &self.frame().stack;
                if let Value::List(l) = &st[st.len() - i as usize] {
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate(i) => {
                let it = self.pop();
                let items = self.collect(&it)?;
                let mut keys = vec![];
                for x in &items {
                    keys.push(self.key(x)?);
                }
                let st = &self.frame().stack;
                if let Value::Set(s) = st[st.len() - i as usize].clone() {
                    for k in keys {
                        self.set_insert(&s, k)?;
                    }
                }
            }
            Op::DictUpdate(i) | Op::DictMerge(i) => {
                let m = self.pop();
                let pairs = self.mapping_items(&m)?;
                let st = &self.frame().stack;
                let Value::Dict(d) = st[st.len() - i as usize].clone() else { unreachable!() };
                for (k, v) in pairs {
                    if matches!(op, Op::DictMerge(_)) && self.dict_find(&d, &k)?.is_some() {
                        let key = self.repr(&k.0)?;
                        return Err(self.error(
                            ExcKind::TypeError,
                            format!("got multiple values for keyword argument {key}"),
                        ));
                    }
                    self.dict_insert(&d, k, v)?;
                }
            }
            Op::ListToTuple => {
                let l = self.pop();
                if let Value::List(l) = l {
                    let items = l.borrow().clone();
                    self.push(Value::tuple(items));
                }
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(self.pop()) } else { None };
                let v = self.pop();
                if let Some(s) = self.format_value(v, flags & 3, spec)? {
                    self.push(s);
                }
            }
            Op::UnpackSequence(n) => {
                let seq = self.pop();
                let items = self.unpack_items(&seq, n as usize)?;
                for v in items.into_iter().rev() {
                    self.push(v);
                }
            }
            Op::UnpackEx(arg) => {
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let seq = self.pop();
                let mut items = self.collect(&seq)?;
                if items.len() < before + after {
                    return Err(self.error(
                        ExcKind::ValueError,
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ),
                    ));
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for v in tail.into_iter().rev() {
                    self.push(v);
                }
                self.push(Value::list(middle));
                for v in items.into_iter().rev() {
                    self.push(v);
                }
            }
            Op::Jump(t) => self.frame().pc = t as usize,
            Op::PopJumpIfFalse(t) => {
                let v = self.pop();
                if !self.truthy(&v)? {
                    self.frame().pc = t as usize;
                }
            }
            Op::PopJumpIfTrue(t) => {
                let v = self.pop();
                if self.truthy(&v)? {
                    self.frame().pc = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                let v = self.top().clone();
                if !self.truthy(&v)? {
                    self.frame().pc = t as usize;
                } else {
                    self.pop();
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let v = self.top().clone();
                if self.truthy(&v)? {
                    self.frame().pc = t as usize;
                } else {
                    self.pop();
                }
            }
            Op::GetIter => {
                let v = self.pop();
                let it = self.iter(&v)?;
                self.push(it);
            }
            Op::ForIter(t) => return self.for_iter(t),
            Op::ReturnValue => {
                let v = self.pop();
                return self.return_value(v);
            }
            Op::YieldValue => {
                let v = self.pop();
                return self.yield_value(v);
            }
            Op::GetYieldFromIter => {
                let v = self.pop();
                let it = match v {
                    Value::Generator(_) => v,
                    other => self.iter(&other)?,
                };
                self.push(it);
            }
            Op::YieldFrom => return self.yield_from(),
            Op::MakeFunction(flags) => {
                let qualname = self.pop();
                let code = self.pop();
                let closure = if flags & 8 != 0 { Some(self.pop()) } else { None };
                let kwdefaults = if flags & 2 != 0 { Some(self.pop()) } else { None };
                let defaults = if flags & 1 != 0 { Some(self.pop()) } else { None };
                let f = self.make_function(code, qualname, defaults, kwdefaults, closure);
                self.push(f);
            }
            Op::LoadBuildClass => {
                let bc = self.proc.types.build_class.clone();
                self.push(bc);
            }
            Op::ImportName(i) => {
                let name = self.name(i);
                // The operands stay until the import is done: a package's
                // body may have to run first, then this instruction again.
                let fromlist = self.top().clone();
                return self.import_name(&name, !matches!(fromlist, Value::None));
            }
            Op::ImportFrom(i) => {
                let name = self.name(i);
                let m = self.top().clone();
                let v = match self.get_attr(&m, &name) {
                    Ok(v) => v,
                    Err(_) => {
                        let mname = match &m {
                            Value::Module(m) => m.name.to_string(),
                            _ => "?".into(),
                        };
                        if let Some(ctl) = self.import_submodule(&m, &format!("{mname}.{name}"))? {
                            return Ok(ctl);
                        }
                        return Err(self.error(
                            ExcKind::ImportError,
                            format!("cannot import name '{name}' from '{mname}'"),
                        ));
                    }
                };
                self.push(v);
            }
            Op::ImportStar => {
                let m = self.pop();
                if let Value::Module(m) = m {
                    let ns = self.namespace();
                    let items: Vec<_> = m
                        .dict
                        .borrow()
                        .iter()
                        .filter(|(k, _)| !matches!(&k.0, Value::Str(s) if s.starts_with('_')))
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    ns.borrow_mut().extend(items);
                }
            }
            Op::SetupExcept(t) | Op::SetupFinally(t) => {
                let depth = self.frame().stack.len() as u32;
                self.frame().blocks.push(Block::Handler { handler: t, depth });
            }
            Op::PopBlock => {
                self.frame().blocks.pop();
            }
            Op::PushExcInfo => {
                let exc = self.top().clone();
                let handled = self.thread.handling.len() as u32;
                self.frame().blocks.push(Block::Handling { handled });
                self.thread.handling.push(exc);
            }
            Op::PopExcept => {
                if let Some(Block::Handling { handled }) = self.frame().blocks.pop() {
                    self.thread.handling.truncate(handled as usize);
                }
            }
            Op::Reraise => {
                let exc = self.pop();
                return Err(self.mark_reraise(exc));
            }
            Op::CheckExcMatch => {
                let ty = self.pop();
                let exc = self.top().clone();
                let m = self.exception_matches(&exc, &ty)?;
                self.push(Value::Bool(m));
            }
            Op::Raise(n) => return Err(self.raise(n)?),
            Op::BeforeWith => {
                let mgr = self.pop();
                let exit = match self.lookup_method(&mgr, "__exit__")? {
                    Some(f) => self.bind(f, mgr.clone()),
                    None => {
                        let t = self.type_name(&mgr);
                        return Err(self.error(
                            ExcKind::TypeError,
                            format!("'{t}' object does not support the context manager protocol"),
                        ));
                    }
                };
                let Some(enter) = self.lookup_method(&mgr, "__enter__")? else {
                    let t = self.type_name(&mgr);
                    return Err(self.error(
                        ExcKind::TypeError,
                        format!("'{t}' object does not support the context manager protocol"),
                    ));
                };
                self.push(exit);
                return self.call_flow(enter, vec![mgr], vec![]);
            }
            // __exit__ runs as a frame of this thread: it may block (a
            // manager's shutdown, a pool's join).
            Op::CallExitNormal => {
                let exit = self.pop();
                let args = vec![Value::None, Value::None, Value::None];
                return match self.start_call(exit, args, vec![], ReturnMode::Discard)? {
                    Started::Block(w) => Ok(Ctl::Block(w)),
                    Started::Frame | Started::Done(_) => Ok(Ctl::Next),
                };
            }
            Op::CallExitExc => {
                let exc = self.pop();
                let exit = self.pop();
                let ty = Value::Class(self.class_of(&exc));
                self.push(exc.clone());
                return self.call_flow(exit, vec![ty, exc, Value::None], vec![]);
            }
            Op::LoadAssertionError => {
                let c = self.types().exc(ExcKind::AssertionError);
                self.push(Value::Class(c));
            }
        }
        Ok(Ctl::Next)
    }

    fn cell_name(&mut self, i: u32) -> Name {
        let code = &self.frame().code;
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        }
    }

    fn namespace(&mut self) -> Rc<RefCell<Dict>> {
        let f = self.frame();
        f.namespace.clone().unwrap_or_else(|| f.globals.clone())
    }

    fn return_value(&mut self, v: Value) -> Result<Ctl, Value> {
        let mut frame = self.thread.frames.pop().expect("returning frame");
        let ret = std::mem::replace(&mut frame.ret, ReturnMode::Normal);
        let namespace = frame.namespace.take();
        self.thread.recycle(frame);
        self.deliver(v, ret, namespace)
    }

    /// Gives a returning frame's value `v` where its mode `ret` says
    /// (`namespace`: a class body's).
    fn deliver(&mut self, v: Value, ret: ReturnMode, namespace: Option<Rc<RefCell<Dict>>>) -> Result<Ctl, Value> {
        match ret {
            ReturnMode::Converted(c) => {
                let sync = matches!(c.then.destination(), ReturnMode::Sync);
                return match self.converted(v, &c) {
                    Ok(s) => self.deliver(s, c.then, namespace),
                    Err(e) if sync => Ok(Ctl::SyncRaise(e)),
                    Err(e) => Err(e),
                };
            }
            ReturnMode::Normal | ReturnMode::ForIterNext(_) => self.push(v),
            ReturnMode::Discard => {}
            ReturnMode::ThenCall(then) => {
                let super::frame::ThenCall { f, mut args, index, kw } = *then;
                args[index] = v;
                return self.call_flow(f, args, kw);
            }
            ReturnMode::Truth { negate } => {
                let b = self.truthy(&v)?;
                self.push(Value::Bool(b != negate));
            }
            ReturnMode::Init(instance) => {
                if !matches!(v, Value::None) {
                    let t = self.type_name(&v);
                    return Err(self.error(ExcKind::TypeError, format!("__init__() should return None, not '{t}'")));
                }
                self.push(instance);
            }
            ReturnMode::ClassBody(body) => {
                let ns = namespace.expect("class body namespace");
                let super::frame::ClassBody { name, bases, kwargs } = *body;
                let cls = self.make_class(name, bases, ns, kwargs)?;
                self.push(cls);
            }
            ReturnMode::Generator { gen, for_iter, sync, delegate } => {
                self.finish_generator(&gen);
                if delegate {
                    self.pop();
                    self.push(v);
                } else if let Some(target) = for_iter {
                    self.pop();
                    self.frame().pc = target as usize;
                } else {
                    let args = if matches!(v, Value::None) { vec![] } else { vec![v] };
                    let exc = self.new_exception(ExcKind::StopIteration, args);
                    return if sync { Ok(Ctl::SyncRaise(exc)) } else { Err(exc) };
                }
            }
            ReturnMode::Sync => return Ok(Ctl::SyncDone(v)),
            ReturnMode::ThreadRoot => return Ok(Ctl::ThreadDone(v)),
            ReturnMode::GreenletRoot => {
                if let Some(v) = self.greenlet_done(Ok(v))? {
                    self.push(v);
                }
            }
            ReturnMode::Module(m) => self.push(m),
        }
        Ok(Ctl::Next)
    }

    fn unpack_items(&mut self, seq: &Value, n: usize) -> Result<Vec<Value>, Value> {
        let items = match seq {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            other => {
                if let Err(e) = self.iter(other) {
                    if self.is_kind(&e, ExcKind::TypeError) {
                        let t = self.type_name(other);
                        return Err(self.error(ExcKind::TypeError, format!("cannot unpack non-iterable {t} object")));
                    }
                    return Err(e);
                }
                self.collect(other)?
            }
        };
        if items.len() > n {
            return Err(self.error(
                ExcKind::ValueError,
                format!("too many values to unpack (expected {n})"),
            ));
        }
        if items.len() < n {
            return Err(self.error(
                ExcKind::ValueError,
                format!("not enough values to unpack (expected {n}, got {})", items.len()),
            ));
        }
        Ok(items)
    }

    fn compare_op(&mut self, c: CmpOp, a: &Value, b: &Value) -> Result<Value, Value> {
        Ok(match c {
            CmpOp::Is => Value::Bool(a.is(b)),
            CmpOp::IsNot => Value::Bool(!a.is(b)),
            CmpOp::In => Value::Bool(self.contains(b, a)?),
            CmpOp::NotIn => Value::Bool(!self.contains(b, a)?),
            _ => self.rich_compare(c, a, b)?,
        })
    }

    /// A dunder method an instance's class defines in Python: operators
    /// call it as a frame of this thread (so it may block), not a nested run.
    fn python_dunder(&self, obj: &Value, name: &str) -> Option<Value> {
        let Value::Object(o) = obj else { return None };
        match self.lookup_class_attr(&o.class, name) {
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        }
    }

    /// Calls `f` from an instruction with a given return mode.
    fn call_with_mode(&mut self, f: Value, args: Vec<Value>, mode: ReturnMode) -> Result<Ctl, Value> {
        match self.start_call(f, args, vec![], mode.clone())? {
            Started::Frame => Ok(Ctl::Next),
            Started::Block(w) => Ok(Ctl::Block(w)),
            Started::Done(v) => {
                match mode {
                    ReturnMode::Discard => {}
                    ReturnMode::Truth { negate } => {
                        let b = self.truthy(&v)?;
                        self.push(Value::Bool(b != negate));
                    }
                    _ => self.push(v),
                }
                Ok(Ctl::Next)
            }
        }
    }

    /// Dispatches a call from an instruction: Python callees get a frame on
    /// this thread (no recursion); natives run now and may block.
    fn call_flow(&mut self, f: Value, args: Vec<Value>, kw: Vec<(Name, Value)>) -> Result<Ctl, Value> {
        match self.start_call(f, args, kw, ReturnMode::Normal)? {
            Started::Frame => Ok(Ctl::Next),
            Started::Done(v) => {
                self.push(v);
                Ok(Ctl::Next)
            }
            Started::Block(w) => Ok(Ctl::Block(w)),
        }
    }

    pub(super) fn flow_result(&mut self, flow: Flow, mode: ReturnMode) -> Result<Started, Value> {
        match flow {
            Flow::Return(v) => Ok(Started::Done(v)),
            Flow::Block(w) => Ok(Started::Block(w)),
            Flow::TailCall(f, args, kw) => self.start_call(f, args, kw, mode),
            Flow::Frame(mut frame) => {
                match (&mut frame.ret, &mode) {
                    (ReturnMode::Normal, _) => frame.ret = mode,
                    (ReturnMode::Converted(c), _) => c.then = mode,
                    (ReturnMode::Generator { sync, .. }, ReturnMode::Sync) => *sync = true,
                    _ => {}
                }
                self.push_frame(frame)?;
                Ok(Started::Frame)
            }
            Flow::Switch(s) => self.switch_flow(*s, &mode),
        }
    }

    /// Raises `exc` in the top frame (a generator resumed by `throw`) and runs
    /// the nested loop until that frame yields, returns or lets it out.
    pub(super) fn raise_into_top(&mut self, exc: Value) -> Result<Value, Value> {
        self.attach_context(&exc);
        match self.unwind(exc, true) {
            Ok(()) => self.run_nested(),
            Err(Unwound::Sync(e)) | Err(Unwound::Thread(e)) => Err(e),
        }
    }

    /// Unwinds an exception raised by an instruction, after chaining it to
    /// the one being handled.
    fn raise_in_loop(&mut self, exc: Value) -> Result<(), Unwound> {
        self.attach_context(&exc);
        self.unwind(exc, true)
    }

    /// Calls a function whose arguments bind one to one (`simple_call`):
    /// they move from the caller's stack (from `first_arg` up) into the
    /// new frame's locals, and the stack is cut back to `base`, where the
    /// callee was (CPython 3.11's CALL_PY_EXACT_ARGS).
    fn push_simple_frame(&mut self, func: &Rc<crate::lang::value::Function>, base: usize, first_arg: usize) -> Result<Ctl, Value> {
        let code = &func.code;
        if self.thread.frames.len() >= RECURSION_LIMIT {
            return Err(self.error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        // A returned frame is reused, and the arguments move into it
        // from the caller's value stack.
        let mut frame = self.thread.bare_frame(code, &func.globals);
        let caller = &mut self.thread.frames.last_mut().expect("a running thread has a frame").stack;
        // Taken one by one: cheaper than a drain for a few arguments.
        for v in &mut caller[first_arg..] {
            frame.fast.push(std::mem::replace(v, Value::Unbound));
        }
        caller.truncate(base);
        while frame.fast.len() < code.varnames.len() {
            frame.fast.push(Value::Unbound);
        }
        if !code.cellvars.is_empty() || !func.closure.is_empty() {
            frame.cells.extend((0..code.cellvars.len()).map(|_| Rc::new(std::cell::RefCell::new(Value::Unbound))));
            for &(ci, vi) in &code.cell_params {
                *frame.cells[ci as usize].borrow_mut() = frame.fast[vi as usize].clone();
            }
            frame.cells.extend(func.closure.iter().cloned());
        }
        self.thread.frames.push(frame);
        Ok(Ctl::Next)
    }

    /// Applies `use_it` to what the class of a plain instance says about
    /// attribute `names[i]` of the running code: from the code's cache when
    /// no class changed since, else looked up and cached. None for
    /// instances with a built-in payload (exceptions, `super`, values).
    fn class_attr_cached<R>(
        &self,
        o: &crate::lang::value::Object,
        i: u32,
        use_it: impl FnOnce(&crate::lang::code::AttrCache) -> R,
    ) -> Option<R> {
        use crate::lang::value::{Descriptor, Payload};
        // A greenlet's state has no attributes of its own (its `run` and
        // `parent` are properties), so its instances cache like plain ones.
        if !matches!(*o.payload.borrow(), Payload::None | Payload::Greenlet(_)) {
            return None;
        }
        let code = &self.thread.frames.last().expect("a running thread has a frame").code;
        let slot = &code.attr_cache[i as usize];
        let epoch = crate::lang::code::class_epoch();
        if let Some(c) = &*slot.borrow() {
            if c.epoch == epoch && Rc::ptr_eq(&c.class, &o.class) {
                return Some(use_it(c));
            }
        }
        let attr = self.lookup_class_attr(&o.class, &code.names[i as usize]);
        let property = matches!(&attr, Some(Value::Descriptor(d)) if matches!(**d, Descriptor::Property { .. }))
            || attr.as_ref().is_some_and(|a| self.is_data_descriptor(a));
        let python_setattr = matches!(self.lookup_class_attr(&o.class, "__setattr__"), Some(Value::Function(_)));
        let plain_store = !property
            && !python_setattr
            && !Rc::ptr_eq(&o.class, &self.types().object)
            && &*code.names[i as usize] != "__dict__";
        let entry = crate::lang::code::AttrCache { class: o.class.clone(), epoch, attr, plain_store };
        let r = use_it(&entry);
        *slot.borrow_mut() = Some(entry);
        Some(r)
    }

    /// `obj.names[i]` for a plain instance whose attribute is in its dict,
    /// or a method or plain value of its class; None: take the general way.
    fn load_attr_cached(&mut self, obj: &Value, i: u32) -> Option<Value> {
        let Value::Object(o) = obj else { return None };
        if !self.class_attr_cached(o, i, |c| c.plain_store)? {
            return None;
        }
        let f = self.thread.frames.last().expect("a running thread has a frame");
        let (name, guess) = (&f.code.names[i as usize], &f.code.name_cache[i as usize]);
        if let Some(v) = cached_attr_get(&o.dict.borrow(), name, guess) {
            return Some(v);
        }
        match self.class_attr_cached(o, i, |c| c.attr.clone())? {
            Some(v @ Value::Function(_)) => Some(Value::BoundMethod(Rc::new((obj.clone(), v)))),
            Some(v @ (Value::Int(_) | Value::Str(_) | Value::None | Value::Bool(_) | Value::Float(_))) => Some(v),
            _ => None,
        }
    }

    /// The function `LoadMethod` pushes for a plain instance whose class
    /// defines `names[i]` in Python or as a native method (a greenlet's
    /// `switch`), and whose dict does not shadow it.
    fn load_method_cached(&mut self, obj: &Value, i: u32) -> Option<Value> {
        let Value::Object(o) = obj else { return None };
        let f = self.class_attr_cached(o, i, |c| method_of(&c.attr))??;
        let name = &self.thread.frames.last().expect("a running thread has a frame").code.names[i as usize];
        // Instances have few attributes: a scan by address beats hashing.
        let d = o.dict.borrow();
        let shadowed = if d.len() <= 8 {
            d.keys().any(|k| Rc::ptr_eq(k, name) || **k == **name)
        } else {
            d.contains_key(&**name)
        };
        if shadowed {
            return None;
        }
        Some(f)
    }

    /// The method `LoadMethod` pushes for a built-in value (`list.append`,
    /// `gen.send`): found through its class's MRO once, then taken from the
    /// running code's attribute cache, keyed by the class as for instances,
    /// while no class changes. None: the general way.
    fn value_method_cached(&self, obj: &Value, i: u32) -> Option<Value> {
        let cls = self.class_of(obj);
        let code = &self.thread.frames.last().expect("a running thread has a frame").code;
        let slot = &code.attr_cache[i as usize];
        let epoch = crate::lang::code::class_epoch();
        if let Some(c) = &*slot.borrow() {
            if c.epoch == epoch && Rc::ptr_eq(&c.class, &cls) {
                return method_of(&c.attr);
            }
        }
        let attr = self.lookup_class_attr(&cls, &code.names[i as usize]);
        let m = method_of(&attr);
        *slot.borrow_mut() = Some(crate::lang::code::AttrCache { class: cls, epoch, attr, plain_store: false });
        m
    }

    /// `obj.names[i] = v` into a plain instance's dict; gives `v` back when
    /// the general way must do it.
    fn store_attr_cached(&mut self, obj: &Value, i: u32, v: Value) -> Option<Value> {
        let Value::Object(o) = obj else { return Some(v) };
        if self.class_attr_cached(o, i, |c| c.plain_store) != Some(true) {
            return Some(v);
        }
        let f = self.thread.frames.last().expect("a running thread has a frame");
        let (name, guess) = (&f.code.names[i as usize], &f.code.name_cache[i as usize]);
        let mut d = o.dict.borrow_mut();
        if let Some((k, slot)) = d.get_index_mut(guess.get() as usize) {
            if Rc::ptr_eq(k, name) || **k == **name {
                *slot = v;
                return None;
            }
        }
        let (idx, _) = d.insert_full(name.clone(), v);
        guess.set(idx as u32);
        None
    }

    #[inline(never)]
    fn op_load_name(&mut self, i: u32) -> Result<Ctl, Value> {
        self.load_by_name(i, true)
    }

    #[inline(never)]
    fn op_store_name(&mut self, i: u32) -> Result<Ctl, Value> {
        let f = self.thread.frames.last_mut().expect("a running thread has a frame");
        let v = f.stack.pop().expect("stack underflow: compiler bug");
        let (name, guess) = (&f.code.names[i as usize], &f.code.name_cache[i as usize]);
        let ns = f.namespace.as_ref().unwrap_or(&f.globals);
        cached_set(&mut ns.borrow_mut(), name, v, guess);

        Ok(Ctl::Next)
    }

    #[inline(never)]
    fn op_load_global(&mut self, i: u32) -> Result<Ctl, Value> {
        self.load_by_name(i, false)
    }

    /// Pushes the value of name `i`: from the frame's namespace first when
    /// `namespace_first` (`LOAD_NAME` in a module or class body), then the
    /// globals, then the builtins; a NameError when none has it.
    #[inline(always)]
    fn load_by_name(&mut self, i: u32, namespace_first: bool) -> Result<Ctl, Value> {
        let f = self.thread.frames.last_mut().expect("a running thread has a frame");
        let (name, guess) = (&f.code.names[i as usize], &f.code.name_cache[i as usize]);
        let namespace = if namespace_first { f.namespace.as_ref() } else { None };
        let found = namespace
            .and_then(|ns| cached_get(&ns.borrow(), name, guess))
            .or_else(|| cached_get(&f.globals.borrow(), name, guess))
            .or_else(|| cached_get(&self.proc.builtins.borrow(), name, guess));
        match found {
            Some(v) => f.stack.push(v),
            None => {
                let name = name.clone();
                return Err(self.name_error(&name));
            }
        }
        Ok(Ctl::Next)
    }

    #[inline(never)]
    fn op_store_global(&mut self, i: u32) -> Result<Ctl, Value> {
        let f = self.thread.frames.last_mut().expect("a running thread has a frame");
        let v = f.stack.pop().expect("stack underflow: compiler bug");
        let (name, guess) = (&f.code.names[i as usize], &f.code.name_cache[i as usize]);
        cached_set(&mut f.globals.borrow_mut(), name, v, guess);

        Ok(Ctl::Next)
    }

    #[inline(never)]
    fn op_load_attr(&mut self, i: u32) -> Result<Ctl, Value> {
        let obj = self.pop();
        if let Some(v) = self.load_attr_cached(&obj, i) {
            self.push(v);
            return Ok(Ctl::Next);
        }
        let name = self.name(i);
        let v = self.get_attr(&obj, &name)?;
        self.push(v);

        Ok(Ctl::Next)
    }

    #[inline(never)]
    fn op_store_attr(&mut self, i: u32) -> Result<Ctl, Value> {
        let obj = self.pop();
        let v = self.pop();
        let Some(v) = self.store_attr_cached(&obj, i, v) else { return Ok(Ctl::Next) };
        let name = self.name(i);
        self.set_attr_flow(&obj, &name, v)
    }

    #[inline(never)]
    fn op_load_method(&mut self, i: u32) -> Result<Ctl, Value> {
        let obj = self.pop();
        if let Some(m) = self.load_method_cached(&obj, i) {
            self.push(m);
            self.push(obj);
            return Ok(Ctl::Next);
        }
        if !matches!(obj, Value::Object(_) | Value::Class(_) | Value::Module(_)) {
            if let Some(m) = self.value_method_cached(&obj, i) {
                self.push(m);
                self.push(obj);
                return Ok(Ctl::Next);
            }
        }
        let name = self.name(i);
        match self.lookup_method(&obj, &name)? {
            Some(m) => {
                self.push(m);
                self.push(obj);
            }
            None => {
                let v = self.get_attr(&obj, &name)?;
                self.push(v);
                self.push(Value::Unbound);
            }
        }

        Ok(Ctl::Next)
    }

    #[inline(never)]
    fn op_call_method(&mut self, n: u32) -> Result<Ctl, Value> {
        let st = &self.thread.frames.last().expect("a running thread has a frame").stack;
        let base = st.len() - n as usize - 2;
        let has_self = !matches!(st[base + 1], Value::Unbound);
        match (&st[base], &st[base + 1]) {
            (Value::Function(func), _) if simple_call(func, n as usize + has_self as usize) => {
                let func = func.clone();
                return self.push_simple_frame(&func, base, base + 2 - has_self as usize);
            }
            // gen.send(x) and gen.__next__(): resume the generator's
            // frame right here (CPython 3.11's SEND).
            (Value::Native(m), Value::Generator(_))
                if (n == 1 && std::ptr::fn_addr_eq(m.f, super::builtins::gen_send as crate::lang::value::NativeFn))
                    || (n == 0 && std::ptr::fn_addr_eq(m.f, super::builtins::gen_next as crate::lang::value::NativeFn)) =>
            {
                let st = &mut self.frame().stack;
                let sent = if n == 1 { st.pop().expect("sent value") } else { Value::None };
                let gen = st.pop().expect("generator");
                st.pop();
                return match self.resume(&gen, sent, None, false)? {
                    Started::Frame => Ok(Ctl::Next),
                    _ => Err(self.new_exception(ExcKind::StopIteration, vec![])),
                };
            }
            // g.switch() and g.switch(x): greenlet's switch without packing
            // the arguments.
            (Value::Native(m), Value::Object(_))
                if n <= 1 && std::ptr::fn_addr_eq(m.f, super::greenlet::greenlet_switch as crate::lang::value::NativeFn) =>
            {
                let st = &mut self.frame().stack;
                let arg = if n == 1 { st.pop() } else { None };
                let target = st.pop().expect("the greenlet");
                st.pop();
                self.sys.sync_clock(self.steps);
                if let Some(v) = self.switch_method(target, arg)? {
                    self.push(v);
                }
                return Ok(Ctl::Next);
            }
            _ => {}
        }
        // The arguments, with self first when there is one, in one allocation.
        let st = &mut self.frame().stack;
        let args: Vec<Value> = st.drain(base + 2 - has_self as usize..).collect();
        st.truncate(base + 1);
        let f = st.pop().expect("the callee");
        self.call_flow(f, args, vec![])
    }

    #[inline(never)]
    fn op_call(&mut self, n: u32) -> Result<Ctl, Value> {
        let st = &self.thread.frames.last().expect("a running thread has a frame").stack;
        let base = st.len() - n as usize - 1;
        match &st[base] {
            Value::Function(func) if simple_call(func, n as usize) => {
                let func = func.clone();
                return self.push_simple_frame(&func, base, base + 1);
            }
            // len(x) of a built-in value (CPython 3.11's CALL_NO_KW_LEN).
            Value::Native(f) if n == 1 && f.bound.is_none() && &*f.name == "len" && !matches!(st[base + 1], Value::Object(_)) => {
                let arg = self.pop();
                self.pop();
                let len = self.len(&arg)?;
                self.push(Value::Int(len as i64));
                return Ok(Ctl::Next);
            }
            _ => {}
        }
        let args = self.pop_n(n as usize);
        let f = self.pop();
        self.call_flow(f, args, vec![])
    }

    /// Pushes a frame, enforcing the recursion limit.
    pub(super) fn push_frame(&mut self, frame: impl Into<Box<Frame>>) -> Result<(), Value> {
        if self.thread.frames.len() >= RECURSION_LIMIT {
            return Err(self.error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.thread.frames.push(frame.into());
        Ok(())
    }
}

/// The method a class attribute makes for `LoadMethod`: a function written
/// in Python, or a native method; None for anything else (a descriptor, a
/// plain value), which `LoadMethod` binds the general way.
fn method_of(attr: &Option<Value>) -> Option<Value> {
    match attr {
        Some(f @ Value::Function(_)) => Some(f.clone()),
        Some(Value::Native(n)) if n.is_method => Some(Value::Native(n.clone())),
        _ => None,
    }
}

/// Whether a call of `func` with `nargs` positional arguments and no
/// keywords binds them one to one: no defaults to fill, no `*args`,
/// `**kwargs` or keyword-only parameters, not a generator.
fn simple_call(func: &crate::lang::value::Function, nargs: usize) -> bool {
    let c = &func.code;
    c.argcount as usize == nargs && !c.varargs && !c.varkwargs && c.kwonlyargcount == 0 && !c.generator
}

/// `v.clone()`, inline for the values without a reference count (the
/// commonest in loops); `Value::clone` is a call.
#[inline(always)]
fn clone_value(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::None => Value::None,
        Value::Bool(b) => Value::Bool(*b),
        Value::Float(x) => Value::Float(*x),
        Value::Unbound => Value::Unbound,
        other => other.clone(),
    }
}

/// Drops `v`, inline when it holds no reference (dropping a `Value` is
/// otherwise a call, even for an int).
#[inline(always)]
fn drop_value(v: Value) {
    if matches!(v, Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_) | Value::Unbound) {
        // Nothing to release: skip the out-of-line drop.
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// Whether the top two values of the current frame's stack are both small ints.
fn small_int_pair(frames: &[Box<Frame>]) -> bool {
    let st = &frames.last().expect("a running thread has a frame").stack;
    matches!(st.get(st.len().wrapping_sub(2)..), Some([Value::Int(_), Value::Int(_)]))
}

/// `name` in `d`, looked for first where it was found last time.
fn cached_get(d: &Dict, name: &Name, guess: &std::cell::Cell<u32>) -> Option<Value> {
    if let Some((k, v)) = d.get_index(guess.get() as usize) {
        if matches!(&k.0, Value::Str(s) if Rc::ptr_eq(s, name) || **s == **name) {
            return Some(v.clone());
        }
    }
    let i = d.get_index_of(&crate::lang::value::StrKey(name))?;
    guess.set(i as u32);
    d.get_index(i).map(|(_, v)| v.clone())
}

/// Attribute `name` of an instance dict, looked for first where it was found last time.
fn cached_attr_get(d: &crate::lang::value::Attrs, name: &Name, guess: &std::cell::Cell<u32>) -> Option<Value> {
    if let Some((k, v)) = d.get_index(guess.get() as usize) {
        if Rc::ptr_eq(k, name) || **k == **name {
            return Some(v.clone());
        }
    }
    let i = d.get_index_of(&**name)?;
    guess.set(i as u32);
    d.get_index(i).map(|(_, v)| v.clone())
}

/// `d[name] = v`, trying first where `name` was found last time.
fn cached_set(d: &mut Dict, name: &Name, v: Value, guess: &std::cell::Cell<u32>) {
    if let Some((k, slot)) = d.get_index_mut(guess.get() as usize) {
        if matches!(&k.0, Value::Str(s) if Rc::ptr_eq(s, name) || **s == **name) {
            *slot = v;
            return;
        }
    }
    let (i, _) = d.insert_full(crate::lang::value::Key(Value::Str(name.clone())), v);
    guess.set(i as u32);
}

/// How a call started.
pub(super) enum Started {
    /// A frame was pushed; its return value will arrive on the caller's stack.
    Frame,
    /// The call finished with this value.
    Done(Value),
    /// The call must wait.
    Block(Wait),
}

/// Where an unwinding exception ended up when no handler caught it.
pub(super) enum Unwound {
    /// It left the thread's root frame.
    Thread(Value),
    /// It left a nested run's frame.
    Sync(Value),
}
