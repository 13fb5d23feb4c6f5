//! Exceptions: raising, unwinding through handler blocks and frames,
//! chaining (`__context__`, `__cause__`), and tracebacks in CPython 3.11's
//! format (`Lib/traceback.py`), carets included.

use super::frame::{Block, ReturnMode};
use super::interp::{Interp, Unwound};
use crate::lang::code::{Code, Op};
use crate::lang::error::ExcKind;
use crate::lang::value::{ExceptionState, Object, Payload, TracebackEntry, Value};
use rustpython_parser::ast::{self, Ranged};
use std::rc::Rc;

impl Interp<'_> {
    /// A new exception of a built-in kind with a message.
    pub fn error(&self, kind: ExcKind, msg: impl Into<String>) -> Value {
        self.new_exception(kind, vec![Value::str(&msg.into())])
    }

    /// A new exception of a built-in kind with these args.
    pub fn new_exception(&self, kind: ExcKind, args: Vec<Value>) -> Value {
        let cls = self.types().exc(kind);
        Value::Object(Rc::new(Object::new(cls, Payload::Exception(ExceptionState { args, ..Default::default() }))))
    }

    /// Unwinds `exc` to the innermost handler. Ok: execution continues at the
    /// handler. Err: it left the thread's root frame or a nested run's frame.
    pub(super) fn unwind(&mut self, mut exc: Value, add_current: bool) -> Result<(), Unwound> {
        let mut add = add_current && !take_reraised(&exc);
        loop {
            let Some(frame) = self.thread.frames.last_mut() else {
                return Err(Unwound::Thread(exc));
            };
            if add {
                push_traceback(&exc, &frame.code, frame.last_pc);
            }
            add = true;
            while let Some(block) = frame.blocks.pop() {
                match block {
                    Block::Handler { handler, depth } => {
                        frame.stack.truncate(depth as usize);
                        frame.stack.push(exc);
                        frame.pc = handler as usize;
                        return Ok(());
                    }
                    Block::Handling { handled } => self.thread.handling.truncate(handled as usize),
                }
            }
            let frame = self.thread.frames.pop().expect("frame being unwound");
            match frame.ret.into_destination() {
                ReturnMode::ThreadRoot => return Err(Unwound::Thread(exc)),
                ReturnMode::Sync => return Err(Unwound::Sync(exc)),
                // The greenlet dies; its parent runs now, and gets the
                // exception (which goes on unwinding there) or, for a
                // GreenletExit, a value.
                ReturnMode::GreenletRoot => match self.greenlet_done(Err(exc)) {
                    Ok(v) => {
                        if let Some(v) = v {
                            self.thread.frames.last_mut().expect("the parent's frame").stack.push(v);
                        }
                        return Ok(());
                    }
                    Err(e) => exc = e,
                },
                ReturnMode::ForIterNext(target) if self.is_kind(&exc, ExcKind::StopIteration) => {
                    let caller = self.thread.frames.last_mut().expect("the loop's frame");
                    caller.stack.pop();
                    caller.pc = target as usize;
                    return Ok(());
                }
                ReturnMode::Generator { gen, sync, .. } => {
                    self.finish_generator(&gen);
                    if sync {
                        return Err(Unwound::Sync(exc));
                    }
                    if self.is_kind(&exc, ExcKind::StopIteration) {
                        let e = self.error(ExcKind::RuntimeError, "generator raised StopIteration");
                        set_cause(&e, Some(exc.clone()), true);
                        return self.unwind_from_caller(e);
                    }
                }
                _ => {}
            }
        }
    }

    fn unwind_from_caller(&mut self, exc: Value) -> Result<(), Unwound> {
        self.unwind(exc, true)
    }

    fn is_kind_class(&self, cls: &Rc<crate::lang::value::Class>, kind: ExcKind) -> bool {
        self.is_subclass(cls, &self.types().exc(kind))
    }

    /// Whether `exc` is an instance of the built-in exception `kind`.
    pub fn is_kind(&self, exc: &Value, kind: ExcKind) -> bool {
        let cls = self.types().exc(kind);
        self.is_instance(exc, &cls)
    }

    /// Marks `exc` as re-raised, so the frame re-raising it is not added to its traceback twice.
    pub(super) fn mark_reraise(&self, exc: Value) -> Value {
        if let Value::Object(o) = &exc {
            if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
                st.reraised = true;
            }
        }
        exc
    }

    /// `raise` with 0, 1 or 2 operands on the stack; returns the exception to unwind.
    pub(super) fn raise(&mut self, n: u32) -> Result<Value, Value> {
        if n == 0 {
            return match self.thread.handling.last() {
                Some(e) => Ok(self.mark_reraise(e.clone())),
                None => Err(self.error(ExcKind::RuntimeError, "No active exception to reraise")),
            };
        }
        let cause = if n == 2 { Some(self.frame_pop()) } else { None };
        let exc = self.frame_pop();
        let exc = self.exception_instance(exc)?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                c => Some(self.exception_instance(c)?),
            };
            set_cause(&exc, cause, true);
        }
        Ok(exc)
    }

    fn frame_pop(&mut self) -> Value {
        self.thread.frames.last_mut().unwrap().stack.pop().expect("raise operand")
    }

    /// What `raise x` raises: an instance, or a class called without arguments.
    fn exception_instance(&mut self, v: Value) -> Result<Value, Value> {
        let base = self.types().exc(ExcKind::BaseException);
        match &v {
            Value::Class(c) if self.is_subclass(c, &base) => self.call(&v, vec![]),
            Value::Object(_) if self.is_instance(&v, &base) => Ok(v),
            _ => Err(self.error(ExcKind::TypeError, "exceptions must derive from BaseException")),
        }
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    pub(super) fn attach_context(&self, exc: &Value) {
        let Some(ctx) = self.thread.handling.last() else { return };
        if ctx.is(exc) {
            return;
        }
        if let Value::Object(o) = exc {
            if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
                if st.context.is_none() && !st.reraised {
                    st.context = Some(ctx.clone());
                }
            }
        }
    }

    /// `except T:` matching, with CPython's TypeError for non-exception classes.
    pub(super) fn exception_matches(&mut self, exc: &Value, ty: &Value) -> Result<bool, Value> {
        let base = self.types().exc(ExcKind::BaseException);
        match ty {
            Value::Class(c) if self.is_subclass(c, &base) => Ok(self.is_instance(exc, c)),
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.error(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The attributes exceptions keep outside their dict.
    pub(super) fn exception_attr(&self, o: &Object, name: &str) -> Option<Value> {
        let p = o.payload.borrow();
        let Payload::Exception(st) = &*p else { return None };
        Some(match name {
            "args" => Value::tuple(st.args.clone()),
            "__cause__" => st.cause.clone().unwrap_or(Value::None),
            "__context__" => st.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(st.suppress_context),
            "__traceback__" => Value::None,
            "errno" | "strerror" | "filename"
                if self.is_subclass(&o.class, &self.types().exc(ExcKind::OSError)) =>
            {
                let i = match name {
                    "errno" => 0,
                    "strerror" => 1,
                    _ => 2,
                };
                if (2..=3).contains(&st.args.len()) {
                    st.args.get(i).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                }
            }
            "name"
                if self.is_kind_class(&o.class, ExcKind::NameError)
                    || self.is_kind_class(&o.class, ExcKind::AttributeError)
                    || self.is_kind_class(&o.class, ExcKind::ImportError) =>
            {
                st.name.clone().unwrap_or(Value::None)
            }
            "obj" if self.is_kind_class(&o.class, ExcKind::AttributeError) => st.obj.clone().unwrap_or(Value::None),
            "value" if self.is_subclass(&o.class, &self.types().exc(ExcKind::StopIteration)) => {
                st.args.first().cloned().unwrap_or(Value::None)
            }
            "code" if self.is_subclass(&o.class, &self.types().exc(ExcKind::SystemExit)) => {
                match st.args.len() {
                    0 => Value::None,
                    1 => st.args[0].clone(),
                    _ => Value::tuple(st.args.clone()),
                }
            }
            _ => return None,
        })
    }

    /// Assigns the attributes exceptions keep outside their dict; false for others.
    pub(super) fn set_exception_attr(&self, o: &Object, name: &str, v: &Value) -> bool {
        let mut p = o.payload.borrow_mut();
        let Payload::Exception(st) = &mut *p else { return false };
        match name {
            "args" => {
                st.args = match v {
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other.clone()],
                }
            }
            "__cause__" => {
                st.cause = (!matches!(v, Value::None)).then(|| v.clone());
                st.suppress_context = true;
            }
            "__context__" => st.context = (!matches!(v, Value::None)).then(|| v.clone()),
            "__suppress_context__" => st.suppress_context = matches!(v, Value::Bool(true)),
            _ => return false,
        }
        true
    }

    /// `str(exc)`: its single argument's str, the repr of a KeyError's key,
    /// or the tuple of its arguments.
    pub(super) fn exception_str(&mut self, o: &Object) -> Result<String, Value> {
        let args = match &*o.payload.borrow() {
            Payload::Exception(st) => st.args.clone(),
            _ => vec![],
        };
        let key_error = self.types().exc(ExcKind::KeyError);
        let os_error = self.types().exc(ExcKind::OSError);
        // OSError(errno, strerror[, filename]): CPython's OSError_str.
        if self.is_subclass(&o.class, &os_error) && (2..=3).contains(&args.len()) {
            if let Value::Int(errno) = args[0] {
                let strerror = self.to_str(&args[1])?;
                return Ok(match args.get(2) {
                    Some(f) => format!("[Errno {errno}] {strerror}: {}", self.repr(f)?),
                    None => format!("[Errno {errno}] {strerror}"),
                });
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 if self.is_subclass(&o.class, &key_error) => self.repr(&args[0]),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// The whole report CPython prints for an uncaught exception: chained
    /// exceptions first, then "Traceback (most recent call last):", each
    /// frame with its source line and carets, and "Type: message".
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen = vec![];
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(exc.identity());
        let (cause, context, suppress, tb) = match exc {
            Value::Object(o) => match &*o.payload.borrow() {
                Payload::Exception(st) => {
                    (st.cause.clone(), st.context.clone(), st.suppress_context, st.traceback.clone())
                }
                _ => (None, None, false, vec![]),
            },
            _ => (None, None, false, vec![]),
        };
        if let Some(c) = cause.filter(|c| !seen.contains(&c.identity())) {
            self.format_chain(&c, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&c.identity())) {
            self.format_chain(&c, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Built-ins written in Python (filename "<builtins>") are C
            // code in CPython: their frames do not show.
            // Runs of the same line (recursion) print three times, then
            // "[Previous line repeated N more times]" (traceback.c's
            // TB_RECURSIVE_CUTOFF).
            const CUTOFF: usize = 3;
            let mut last: Option<(Rc<str>, u32, Rc<str>)> = None;
            let mut count = 0usize;
            for entry in tb.iter().rev().filter(|e| &*e.code.filename != "<builtins>") {
                let line = entry.code.spans.get(entry.pc).map(|s| s.line).unwrap_or(entry.code.firstline);
                let here = (entry.code.filename.clone(), line, entry.code.name.clone());
                if last.as_ref() != Some(&here) {
                    repeated(out, count, CUTOFF);
                    last = Some(here);
                    count = 0;
                }
                count += 1;
                if count <= CUTOFF {
                    out.push_str(&self.format_entry(entry));
                }
            }
            repeated(out, count, CUTOFF);
        }
        match syntax_error_detail(exc) {
            Some((place, msg)) => {
                out.push_str(&place);
                out.push_str(&format!("SyntaxError: {msg}\n"));
            }
            None => out.push_str(&self.exception_line(exc)),
        }
    }

    /// `Type: message` (the last line of a traceback).
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let cls = self.class_of(exc);
        let name = if &*cls.module == "builtins" || &*cls.module == "__main__" {
            cls.qualname.to_string()
        } else {
            format!("{}.{}", cls.module, cls.qualname)
        };
        let msg = match exc {
            Value::Object(o) => match self.lookup_class_attr(&o.class, "__str__") {
                Some(f @ Value::Function(_)) => self.call(&f, vec![exc.clone()]).and_then(|v| self.to_str(&v)),
                _ => self.exception_str(o),
            },
            _ => Ok(String::new()),
        };
        let suggestion = self.suggestion_suffix(exc);
        match msg {
            Ok(m) if m.is_empty() && suggestion.is_empty() => format!("{name}\n"),
            Ok(m) => format!("{name}: {m}{suggestion}\n"),
            Err(_) => format!("{name}: <exception str() failed>\n"),
        }
    }

    fn format_entry(&self, entry: &TracebackEntry) -> String {
        let code = &entry.code;
        let span = code.spans.get(entry.pc).copied().unwrap_or_default();
        let mut out = format!("  File \"{}\", line {}, in {}\n", code.filename, span.line, code.name);
        let Some(source) = self.proc.sources.borrow().get(&code.filename).cloned() else { return out };
        let Some(line) = source.lines().nth(span.line as usize - 1) else { return out };
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str("    ");
        out.push_str(stripped.trim_end());
        out.push('\n');
        if let Some(carets) = carets(line, indent, &span, code, entry.pc) {
            out.push_str("    ");
            out.push_str(&carets);
            out.push('\n');
        }
        out
    }
}

/// The line that stands for the repeats of a traceback line past the cutoff.
fn repeated(out: &mut String, count: usize, cutoff: usize) {
    if count > cutoff {
        let n = count - cutoff;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
    }
}

fn take_reraised(exc: &Value) -> bool {
    if let Value::Object(o) = exc {
        if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
            return std::mem::take(&mut st.reraised);
        }
    }
    false
}

fn push_traceback(exc: &Value, code: &Rc<Code>, pc: usize) {
    if let Value::Object(o) = exc {
        if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
            st.traceback.push(TracebackEntry { code: code.clone(), pc });
        }
    }
}

fn set_cause(exc: &Value, cause: Option<Value>, suppress: bool) {
    if let Value::Object(o) = exc {
        if let Payload::Exception(st) = &mut *o.payload.borrow_mut() {
            st.cause = cause;
            st.suppress_context = suppress;
        }
    }
}

/// The caret line under a traceback's source line, as CPython 3.11's
/// `FrameSummary` draws it: nothing when the instruction covers the whole
/// line; `~` and `^` anchors for binary operators and subscripts; `^` else.
fn carets(line: &str, indent: usize, span: &crate::lang::code::Span, code: &Code, pc: usize) -> Option<String> {
    if span.line != span.end_line {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let (start, end) = (span.col as usize, (span.end_col as usize).min(chars.len()));
    if start >= end {
        return None;
    }
    let content_end = chars.iter().rposition(|c| !c.is_whitespace()).map(|p| p + 1).unwrap_or(0);
    if start <= indent && end >= content_end {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let mut marks: Vec<char> = vec!['^'; end - start];
    let anchored = matches!(code.ops.get(pc), Some(Op::BinaryOp(_) | Op::Subscr));
    if anchored {
        if let Some((l, r)) = anchors(&segment) {
            for (i, m) in marks.iter_mut().enumerate() {
                *m = if i >= l && i < r { '^' } else { '~' };
            }
        }
    }
    let pad: String = " ".repeat(start - indent);
    Some(format!("{pad}{}", marks.into_iter().collect::<String>()))
}

/// CPython's `_extract_caret_anchors_from_line_segment`: for `a + b`, the
/// operator; for `a[b]`, the brackets and what is inside (character offsets).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let expr = crate::lang::parse::expr(segment, "<segment>").ok()?;
    let char_at = |byte: usize| segment[..byte.min(segment.len())].chars().count();
    match expr {
        ast::Expr::BinOp(b) => {
            let after_left = b.left.range().end().to_usize();
            let rest = &segment[after_left..];
            let skip = rest.find(|c: char| !c.is_whitespace() && c != ')')?;
            let op_start = after_left + skip;
            let op_len = rest[skip..].chars().take_while(|c| "+-*/%@<>&|^=".contains(*c)).count().max(1);
            let l = char_at(op_start);
            Some((l, l + op_len))
        }
        ast::Expr::Subscript(s) => {
            let after_value = s.value.range().end().to_usize();
            let rest = &segment[after_value..];
            let skip = rest.find('[')?;
            let l = char_at(after_value + skip);
            let r = char_at(s.slice.range().end().to_usize()) + 1;
            Some((l, r.max(l + 1)))
        }
        _ => None,
    }
}

/// Where a SyntaxError raised by `exec` or `eval` points, as CPython prints
/// it before the message (`  File "<string>", line 1`, the line, a caret),
/// and its message; None for other exceptions.
fn syntax_error_detail(exc: &Value) -> Option<(String, String)> {
    let Value::Object(o) = exc else { return None };
    let attrs = o.dict.borrow();
    let (Some(Value::Str(msg)), Some(Value::Str(file)), Some(Value::Int(line)), Some(Value::Int(offset)), Some(Value::Str(text))) =
        (attrs.get("msg"), attrs.get("filename"), attrs.get("lineno"), attrs.get("offset"), attrs.get("text"))
    else {
        return None;
    };
    let (line, offset) = (u32::try_from(*line).unwrap_or(0), u32::try_from(*offset).unwrap_or(0));
    let place = crate::lang::compile::syntax_error_place(file, line, offset, text);
    Some((place, msg.to_string()))
}
