//! Source to bytecode: parses with rustpython-parser (the whole Python 3
//! grammar, so an edit gets a real SyntaxError), builds symbol tables
//! (`scope`), and emits `Code` for the module and every function, class body,
//! lambda and comprehension in it. Statements are here; expressions in `expr`.

mod expr;
mod scope;

use super::code::{Code, Op, Span};
use super::value::Value;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use scope::{Binding, ScopeKind, SymbolTable};
use std::fmt;
use std::rc::Rc;

/// Why a program could not be compiled.
#[derive(Clone, Debug, PartialEq)]
pub enum CompileError {
    /// The source is not valid Python.
    Syntax {
        /// CPython-style message.
        msg: String,
        /// 1-based line.
        line: u32,
        /// 1-based column of the caret.
        col: u32,
        /// The offending line's text.
        text: String,
    },
    /// Valid Python that pyconc does not run yet: named, never run wrongly.
    Unsupported {
        /// The construct, e.g. "async def".
        construct: String,
        /// 1-based line.
        line: u32,
    },
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Syntax { msg, line, .. } => write!(f, "SyntaxError: {msg} (line {line})"),
            CompileError::Unsupported { construct, line } => {
                write!(f, "not supported yet: {construct} (line {line})")
            }
        }
    }
}

/// Compiles a module's source. `filename` is what tracebacks show.
pub fn compile(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let lines = LineIndex::new(source);
    let body = crate::lang::parse::suite(source, filename).map_err(|e| syntax_error(&lines, source, &e))?;
    let table = SymbolTable::build(&body);
    let mut c = Compiler { table: &table, lines: &lines, filename: Rc::from(filename), units: vec![], interned: Default::default() };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    if let Some(doc) = docstring(&body) {
        c.emit_const(Value::str(doc));
        c.store_name("__doc__");
    }
    c.setup_annotations(&body);
    c.stmts(&body)?;
    c.emit_const(Value::None);
    c.emit(Op::ReturnValue);
    Ok(Rc::new(c.pop_unit()))
}

/// Compiles the expression `source` for `eval`: code that returns its value.
/// Leading spaces and tabs are dropped, as CPython's `eval` drops them.
pub fn compile_eval(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let source = source.trim_start_matches([' ', '\t']);
    let lines = LineIndex::new(source);
    let expr = crate::lang::parse::expr(source, filename).map_err(|e| syntax_error(&lines, source, &e))?;
    let range = expr.range();
    let body = vec![Stmt::Expr(ast::StmtExpr { value: Box::new(expr), range })];
    let table = SymbolTable::build(&body);
    let mut c = Compiler { table: &table, lines: &lines, filename: Rc::from(filename), units: vec![], interned: Default::default() };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    if let Some(Stmt::Expr(e)) = body.first() {
        c.expr(&e.value)?;
    }
    c.emit(Op::ReturnValue);
    Ok(Rc::new(c.pop_unit()))
}

/// Where a SyntaxError is, as CPython shows it above the message: the
/// file and line, the line without its indentation, and carets under the
/// offending token (a name or number: all its characters; else one) at
/// 1-based column `col`.
pub fn syntax_error_place(filename: &str, line: u32, col: u32, text: &str) -> String {
    let stripped = text.trim_start();
    let indent = text.chars().count() - stripped.chars().count();
    let at = (col as usize).saturating_sub(indent + 1);
    let is_word = |c: &char| c.is_alphanumeric() || *c == '_';
    let token = stripped.chars().skip(at).take_while(is_word).count().max(1);
    format!(
        "  File \"{filename}\", line {line}\n    {}\n    {}{}\n",
        stripped.trim_end(),
        " ".repeat(at),
        "^".repeat(token)
    )
}

/// The SyntaxError of a `\N{...}` escape: the module carries no Unicode name
/// tables (vendor/unicode_names2), so every name is refused, and the message
/// says why and what to write instead rather than calling the name unknown.
const UNICODE_NAMES_UNSUPPORTED: &str =
    "(unicode error) \\N{...} escapes are not supported: write the character itself or a \\uXXXX escape";

fn syntax_error(lines: &LineIndex, source: &str, e: &rustpython_parser::ParseError) -> CompileError {
    use rustpython_parser::ParseErrorType as T;
    let offset = e.offset.to_usize().min(source.len());
    let (line, col) = lines.line_col(offset);
    let msg = match &e.error {
        T::Eof => "unexpected EOF while parsing".to_string(),
        T::Lexical(_) if source.get(..offset).is_some_and(|s| s.ends_with("\\N{")) => UNICODE_NAMES_UNSUPPORTED.to_string(),
        T::Lexical(l) => l.to_string(),
        _ => "invalid syntax".to_string(),
    };
    let text = source.lines().nth(line as usize - 1).unwrap_or("").to_string();
    CompileError::Syntax { msg, line, col: col + 1, text }
}

/// Byte offsets of line starts, to turn AST ranges into lines and columns.
struct LineIndex {
    starts: Vec<usize>,
    text: Rc<str>,
}

impl LineIndex {
    fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts, text: Rc::from(source) }
    }

    /// 1-based line and 0-based character column of a byte offset.
    fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let end = offset.min(self.text.len());
        let col = self.text.get(start..end).map(|s| s.chars().count()).unwrap_or(0);
        (line as u32 + 1, col as u32)
    }

    fn span(&self, range: rustpython_parser::text_size::TextRange) -> Span {
        let (line, col) = self.line_col(range.start().to_usize());
        let (end_line, end_col) = self.line_col(range.end().to_usize());
        Span { line, end_line, col, end_col }
    }
}

/// What a `break`, `continue` or `return` must undo on its way out.
#[derive(Clone)]
enum FBlock<'a> {
    /// A `for` loop (its iterator is on the stack) or a `while` loop.
    Loop { start: usize, breaks: Vec<usize>, has_iter: bool },
    /// The body of a `try` with handlers: pop its block.
    TryExcept,
    /// The body of a `try` with `finally`: pop its block and run the body.
    Finally(&'a [Stmt]),
    /// An except clause: the handled exception is current.
    Handler,
    /// The body of a `with`: pop its block and call `__exit__`.
    With,
}

/// The code being built for one scope.
struct Unit<'a> {
    scope: usize,
    name: Rc<str>,
    qualname: Rc<str>,
    ops: Vec<Op>,
    spans: Vec<Span>,
    consts: Vec<Value>,
    names: Vec<Rc<str>>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    span: Span,
    fblocks: Vec<FBlock<'a>>,
    firstline: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkwargs: bool,
    doc: Option<Rc<str>>,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    lines: &'a LineIndex,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    /// One `Rc<str>` per distinct name of the module, shared by all its
    /// code objects: attribute caches then compare names by address.
    interned: std::collections::HashMap<String, Rc<str>>,
}

type CResult = Result<(), CompileError>;

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn push_unit(&mut self, scope: usize, name: Rc<str>, qualname: Rc<str>, firstline: u32) {
        let s = self.table.scope(scope);
        let mut varnames: Vec<Rc<str>> = Vec::new();
        if s.kind == Some(ScopeKind::Function) {
            for p in &s.params {
                varnames.push(Rc::from(p.as_str()));
            }
            for n in &s.used {
                if s.binding(n) == Binding::Local && !varnames.iter().any(|v| &**v == n) {
                    varnames.push(Rc::from(n.as_str()));
                }
            }
        }
        let cellvars = s.cells.iter().map(|n| Rc::from(n.as_str())).collect();
        let freevars = s.frees.iter().map(|n| Rc::from(n.as_str())).collect();
        self.units.push(Unit {
            scope,
            name,
            qualname,
            ops: vec![],
            spans: vec![],
            consts: vec![],
            names: vec![],
            varnames,
            cellvars,
            freevars,
            span: Span { line: firstline, end_line: firstline, col: 0, end_col: 0 },
            fblocks: vec![],
            firstline,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkwargs: false,
            doc: None,
        });
    }

    fn pop_unit(&mut self) -> Code {
        let u = self.units.pop().unwrap();
        let s = self.table.scope(u.scope);
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| {
                s.params.iter().position(|p| p.as_str() == &**n).map(|vi| (ci as u32, vi as u32))
            })
            .collect();
        let kind = s.kind.unwrap();
        let names_len = u.names.len();
        Code {
            stacksize: super::code::max_stack_depth(&u.ops),
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            ops: u.ops,
            spans: u.spans,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            varargs: u.varargs,
            varkwargs: u.varkwargs,
            generator: s.generator && kind == ScopeKind::Function,
            uses_namespace: kind != ScopeKind::Function,
            firstline: u.firstline,
            doc: u.doc,
            name_cache: vec![std::cell::Cell::new(0); names_len],
            attr_cache: (0..names_len).map(|_| std::cell::RefCell::new(None)).collect(),
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        u.spans.push(u.span);
        u.ops.len() - 1
    }

    fn here(&mut self) -> usize {
        self.unit().ops.len()
    }

    /// Points the jump at `at` to `target`.
    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let op = &mut self.unit().ops[at];
        *op = match op.clone() {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupExcept(_) => Op::SetupExcept(t),
            Op::SetupFinally(_) => Op::SetupFinally(t),
            other => other,
        };
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn emit_const(&mut self, v: Value) -> usize {
        let u = self.unit();
        let i = u.consts.len() as u32;
        u.consts.push(v);
        self.emit(Op::LoadConst(i))
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|n| &**n == name) {
            return i as u32;
        }
        let rc = self.interned.entry(name.to_string()).or_insert_with(|| Rc::from(name)).clone();
        let u = self.unit();
        u.names.push(rc);
        (u.names.len() - 1) as u32
    }

    fn set_span(&mut self, range: rustpython_parser::text_size::TextRange) -> Span {
        let span = self.lines.span(range);
        std::mem::replace(&mut self.unit().span, span)
    }

    fn unsupported(&self, construct: &str, range: rustpython_parser::text_size::TextRange) -> CompileError {
        CompileError::Unsupported { construct: construct.into(), line: self.lines.span(range).line }
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scope(self.units.last().unwrap().scope).kind.unwrap()
    }

    // ---- names ----

    fn cell_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|n| &**n == name) {
            return i as u32;
        }
        let i = u.freevars.iter().position(|n| &**n == name).expect("free variable resolved");
        (u.cellvars.len() + i) as u32
    }

    fn fast_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        match u.varnames.iter().position(|n| &**n == name) {
            Some(i) => i as u32,
            None => {
                u.varnames.push(Rc::from(name));
                (u.varnames.len() - 1) as u32
            }
        }
    }

    fn binding(&self, name: &str) -> Binding {
        self.table.scope(self.units.last().unwrap().scope).binding(name)
    }

    fn load_name(&mut self, name: &str) {
        let kind = self.scope_kind();
        match self.binding(name) {
            Binding::Local => {
                let i = self.fast_index(name);
                self.emit(Op::LoadFast(i));
            }
            Binding::Cell => {
                let i = self.cell_index(name);
                self.emit(Op::LoadDeref(i));
            }
            Binding::Free if kind == ScopeKind::Class => {
                let i = self.cell_index(name);
                self.emit(Op::LoadClassDeref(i));
            }
            Binding::Free => {
                let i = self.cell_index(name);
                self.emit(Op::LoadDeref(i));
            }
            Binding::Global if kind == ScopeKind::Function => {
                let i = self.name_index(name);
                self.emit(Op::LoadGlobal(i));
            }
            Binding::Global | Binding::Name => {
                let i = self.name_index(name);
                if self.binding(name) == Binding::Global && kind == ScopeKind::Class {
                    self.emit(Op::LoadGlobal(i));
                } else {
                    self.emit(Op::LoadName(i));
                }
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        let kind = self.scope_kind();
        match self.binding(name) {
            Binding::Local => {
                let i = self.fast_index(name);
                self.emit(Op::StoreFast(i));
            }
            Binding::Cell | Binding::Free => {
                let i = self.cell_index(name);
                self.emit(Op::StoreDeref(i));
            }
            Binding::Global if kind != ScopeKind::Module => {
                let i = self.name_index(name);
                self.emit(Op::StoreGlobal(i));
            }
            Binding::Global | Binding::Name => {
                let i = self.name_index(name);
                self.emit(Op::StoreName(i));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let kind = self.scope_kind();
        match self.binding(name) {
            Binding::Local => {
                let i = self.fast_index(name);
                self.emit(Op::DeleteFast(i));
            }
            Binding::Cell | Binding::Free => {
                let i = self.cell_index(name);
                self.emit(Op::DeleteDeref(i));
            }
            Binding::Global if kind != ScopeKind::Module => {
                let i = self.name_index(name);
                self.emit(Op::DeleteGlobal(i));
            }
            Binding::Global | Binding::Name => {
                let i = self.name_index(name);
                self.emit(Op::DeleteName(i));
            }
        }
    }

    // ---- statements ----

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_span(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::Pop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                self.annotate(a)?;
            }
            Stmt::Pass(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_stmt(b.range)?,
            Stmt::Continue(c) => self.continue_stmt(c.range)?,
            Stmt::Return(r) => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(CompileError::Syntax {
                        msg: "'return' outside function".into(),
                        line: self.lines.span(r.range).line,
                        col: self.lines.span(r.range).col + 1,
                        text: String::new(),
                    });
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit_const(Value::None);
                    }
                }
                self.unwind_fblocks(true, None)?;
                self.emit(Op::ReturnValue);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let j = self.emit(Op::PopJumpIfTrue(0));
                // The traceback of a failed assert underlines its test.
                self.set_span(a.test.range());
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.set_span(a.test.range());
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch_here(j);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::With(w) => self.with_stmt(&w.items, &w.body)?,
            Stmt::AsyncFunctionDef(f) => return Err(self.unsupported("async def", f.range)),
            Stmt::AsyncFor(f) => return Err(self.unsupported("async for", f.range)),
            Stmt::AsyncWith(w) => return Err(self.unsupported("async with", w.range)),
            Stmt::Match(m) => return Err(self.unsupported("match statement", m.range)),
            Stmt::TryStar(t) => {
                // The line of the first `except*`, not of its `try`.
                let at = t.handlers.first().map_or(t.range, |ast::ExceptHandler::ExceptHandler(h)| h.range);
                return Err(self.unsupported("except*", at));
            }
            Stmt::TypeAlias(t) => return Err(self.unsupported("type alias", t.range)),
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        self.expr(&i.test)?;
        let jf = self.emit(Op::PopJumpIfFalse(0));
        self.stmts(&i.body)?;
        if i.orelse.is_empty() {
            self.patch_here(jf);
        } else {
            let je = self.emit(Op::Jump(0));
            self.patch_here(jf);
            self.stmts(&i.orelse)?;
            self.patch_here(je);
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.here();
        self.expr(&w.test)?;
        let exit = self.emit(Op::PopJumpIfFalse(0));
        self.unit().fblocks.push(FBlock::Loop { start, breaks: vec![], has_iter: false });
        self.stmts(&w.body)?;
        self.emit(Op::Jump(start as u32));
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else { unreachable!() };
        self.patch_here(exit);
        self.stmts(&w.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        self.expr(&f.iter)?;
        self.emit(Op::GetIter);
        let start = self.here();
        let next = self.emit(Op::ForIter(0));
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop { start, breaks: vec![], has_iter: true });
        self.stmts(&f.body)?;
        self.emit(Op::Jump(start as u32));
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else { unreachable!() };
        self.patch_here(next);
        self.stmts(&f.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.units.last().unwrap().fblocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. }))
    }

    fn break_stmt(&mut self, range: rustpython_parser::text_size::TextRange) -> CResult {
        let Some(l) = self.innermost_loop() else {
            let span = self.lines.span(range);
            return Err(CompileError::Syntax {
                msg: "'break' outside loop".into(),
                line: span.line,
                col: span.col + 1,
                text: String::new(),
            });
        };
        self.unwind_fblocks(false, Some(l))?;
        let has_iter = matches!(self.unit().fblocks[l], FBlock::Loop { has_iter: true, .. });
        if has_iter {
            self.emit(Op::Pop);
        }
        let j = self.emit(Op::Jump(0));
        if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[l] {
            breaks.push(j);
        }
        Ok(())
    }

    fn continue_stmt(&mut self, range: rustpython_parser::text_size::TextRange) -> CResult {
        let Some(l) = self.innermost_loop() else {
            let span = self.lines.span(range);
            return Err(CompileError::Syntax {
                msg: "'continue' not properly in loop".into(),
                line: span.line,
                col: span.col + 1,
                text: String::new(),
            });
        };
        self.unwind_fblocks(false, Some(l))?;
        let FBlock::Loop { start, .. } = self.unit().fblocks[l] else { unreachable!() };
        self.emit(Op::Jump(start as u32));
        Ok(())
    }

    /// Emits what leaving the blocks above `stop` (all blocks for a return)
    /// requires: popping handler blocks, running finally bodies, calling
    /// `__exit__`. With `preserve_top`, a return value stays on top of the stack.
    fn unwind_fblocks(&mut self, preserve_top: bool, stop: Option<usize>) -> CResult {
        let blocks = self.unit().fblocks.clone();
        let floor = stop.map(|s| s + 1).unwrap_or(0);
        for i in (floor..blocks.len()).rev() {
            match &blocks[i] {
                FBlock::Loop { has_iter, .. } => {
                    if *has_iter {
                        if preserve_top {
                            self.emit(Op::Rot2);
                        }
                        self.emit(Op::Pop);
                    }
                }
                FBlock::TryExcept => {
                    self.emit(Op::PopBlock);
                }
                FBlock::Finally(body) => {
                    self.emit(Op::PopBlock);
                    // The finally body runs outside its own block.
                    let saved = self.unit().fblocks.split_off(i);
                    self.stmts(body)?;
                    self.unit().fblocks.extend(saved);
                }
                FBlock::Handler => {
                    self.emit(Op::PopExcept);
                }
                FBlock::With => {
                    self.emit(Op::PopBlock);
                    if preserve_top {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::CallExitNormal);
                }
            }
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let setup = self.emit(Op::SetupFinally(0));
        self.unit().fblocks.push(FBlock::Finally(&t.finalbody));
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(&t.finalbody)?;
        let end = self.emit(Op::Jump(0));
        // Exceptional path: [exc]
        self.patch_here(setup);
        self.emit(Op::PushExcInfo);
        self.unit().fblocks.push(FBlock::Handler);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.patch_here(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(&t.orelse)?;
        let mut ends = vec![self.emit(Op::Jump(0))];
        self.patch_here(setup);
        // [exc]
        self.emit(Op::PushExcInfo);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_span(h.range);
            let mut next = None;
            if let Some(ty) = &h.type_ {
                self.emit(Op::Dup);
                self.expr(ty)?;
                self.emit(Op::CheckExcMatch);
                self.emit(Op::Rot2);
                self.emit(Op::Pop);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            }
            // [exc]
            match &h.name {
                Some(n) => self.store_name(n.as_str()),
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler);
            if let Some(n) = &h.name {
                // `except E as e:` deletes e afterwards, even when the body raises.
                let cleanup = self.emit(Op::SetupFinally(0));
                self.unit().fblocks.push(FBlock::Finally(&[]));
                self.stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.emit(Op::PopBlock);
                self.clear_name(n.as_str());
                let done = self.emit(Op::Jump(0));
                self.patch_here(cleanup);
                self.clear_name(n.as_str());
                self.emit(Op::Reraise);
                self.patch_here(done);
            } else {
                self.stmts(&h.body)?;
            }
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept);
            ends.push(self.emit(Op::Jump(0)));
            if let Some(nx) = next {
                self.patch_here(nx);
            }
        }
        // No clause matched: [exc]
        self.emit(Op::Reraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn clear_name(&mut self, name: &str) {
        self.emit_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&item.context_expr)?;
        self.emit(Op::BeforeWith);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        // [exit]
        let setup = self.emit(Op::SetupFinally(0));
        self.unit().fblocks.push(FBlock::With);
        self.with_stmt(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::CallExitNormal);
        let end = self.emit(Op::Jump(0));
        // [exit, exc]
        self.patch_here(setup);
        self.emit(Op::PushExcInfo);
        self.emit(Op::CallExitExc);
        // [exc, suppress]
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch_here(suppress);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.patch_here(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for alias in &i.names {
            self.emit_const(Value::Int(0));
            self.emit_const(Value::None);
            let ni = self.name_index(alias.name.as_str());
            self.emit(Op::ImportName(ni));
            match &alias.asname {
                Some(a) => {
                    // `import a.b as c` binds the submodule.
                    for part in alias.name.split('.').skip(1) {
                        let pi = self.name_index(part);
                        self.emit(Op::LoadAttr(pi));
                    }
                    self.store_name(a.as_str());
                }
                None => {
                    let top = alias.name.split('.').next().unwrap().to_string();
                    self.store_name(&top);
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let level = i.level.as_ref().map(|l| l.to_u32()).unwrap_or(0);
        if level > 0 {
            return Err(self.unsupported("relative import", i.range));
        }
        let names: Vec<Value> = i.names.iter().map(|a| Value::str(a.name.as_str())).collect();
        self.emit_const(Value::Int(0));
        self.emit_const(Value::tuple(names));
        let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
        let mi = self.name_index(&module);
        self.emit(Op::ImportName(mi));
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            self.emit(Op::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            let ni = self.name_index(alias.name.as_str());
            self.emit(Op::ImportFrom(ni));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound.as_str());
        }
        self.emit(Op::Pop);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = expr::binop(&a.op);
        match &*a.target {
            Expr::Name(n) => {
                // An unbound target is reported at the name.
                let stmt = self.set_span(n.range);
                self.load_name(n.id.as_str());
                self.unit().span = stmt;
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Dup);
                let ni = self.name_index(at.attr.as_str());
                self.emit(Op::LoadAttr(ni));
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::Subscr);
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            other => return Err(self.unsupported("augmented assignment to this target", other.range())),
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.as_str());
                self.emit(Op::StoreAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, t.range())?;
            }
            Expr::Starred(s) => {
                return Err(CompileError::Syntax {
                    msg: "starred assignment target must be in a list or tuple".into(),
                    line: self.lines.span(s.range).line,
                    col: self.lines.span(s.range).col + 1,
                    text: String::new(),
                })
            }
            other => return Err(self.unsupported("assignment to this target", other.range())),
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], range: rustpython_parser::text_size::TextRange) -> CResult {
        // Tracebacks underline the targets of a failed unpacking.
        let outer = self.set_span(range);
        let r = self.unpack_at(elts, range);
        self.unit().span = outer;
        r
    }

    fn unpack_at(&mut self, elts: &'a [Expr], range: rustpython_parser::text_size::TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            None => {
                self.emit(Op::UnpackSequence(elts.len() as u32));
            }
            Some(i) => {
                if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                    let span = self.lines.span(range);
                    return Err(CompileError::Syntax {
                        msg: "multiple starred expressions in assignment".into(),
                        line: span.line,
                        col: span.col + 1,
                        text: String::new(),
                    });
                }
                let after = elts.len() - i - 1;
                self.emit(Op::UnpackEx((i as u32) | ((after as u32) << 8)));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.as_str());
                self.emit(Op::DeleteAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.unsupported("del of this target", other.range())),
        }
        Ok(())
    }

    fn qualname(&self, name: &str) -> Rc<str> {
        let parent = self.units.last().unwrap();
        let kind = self.table.scope(parent.scope).kind.unwrap();
        match kind {
            ScopeKind::Module => Rc::from(name),
            ScopeKind::Class => Rc::from(format!("{}.{}", parent.qualname, name)),
            ScopeKind::Function => Rc::from(format!("{}.<locals>.{}", parent.qualname, name)),
        }
    }

    /// Emits defaults and kwdefaults for `args`; returns the MakeFunction flags.
    fn defaults(&mut self, args: &'a ast::Arguments) -> Result<u32, CompileError> {
        let mut flags = 0;
        let pos: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(pos.len() as u32));
            flags |= 1;
        }
        let kw: Vec<_> = args.kwonlyargs.iter().filter(|a| a.default.is_some()).collect();
        if !kw.is_empty() {
            for a in &kw {
                self.emit_const(Value::str(a.def.arg.as_str()));
                self.expr(a.default.as_ref().unwrap())?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Emits the closure tuple for a child scope's free variables.
    fn closure(&mut self, code: &Code) -> u32 {
        if code.freevars.is_empty() {
            return 0;
        }
        for name in code.freevars.clone().iter() {
            let i = self.cell_index(name);
            self.emit(Op::LoadClosure(i));
        }
        self.emit(Op::BuildTuple(code.freevars.len() as u32));
        8
    }

    fn set_signature(&mut self, args: &ast::Arguments) {
        let u = self.unit();
        u.posonly = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonly = args.kwonlyargs.len() as u32;
        u.varargs = args.vararg.is_some();
        u.varkwargs = args.kwarg.is_some();
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let flags = self.defaults(&f.args)?;
        let qualname = self.qualname(f.name.as_str());
        let line = self.lines.span(f.range).line;
        self.push_unit(scope::key(f), Rc::from(f.name.as_str()), qualname.clone(), line);
        self.set_signature(&f.args);
        self.unit().doc = docstring(&f.body).map(Rc::from);
        self.stmts(&f.body)?;
        self.emit_const(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        self.set_span(f.range);
        let closure = self.closure(&code);
        self.emit_code(code, &qualname, flags | closure);
        for _ in &f.decorator_list {
            self.emit(Op::Call(1));
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    fn emit_code(&mut self, code: Code, qualname: &Rc<str>, flags: u32) {
        self.emit_const(Value::Code(Rc::new(code)));
        self.emit_const(Value::Str(qualname.clone()));
        self.emit(Op::MakeFunction(flags));
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        let qualname = self.qualname(c.name.as_str());
        let line = self.lines.span(c.range).line;
        self.push_unit(scope::key(c), Rc::from(c.name.as_str()), qualname.clone(), line);
        // __module__ and __qualname__, as CPython's class bodies start.
        let mi = self.name_index("__name__");
        self.emit(Op::LoadGlobal(mi));
        self.store_name("__module__");
        self.emit_const(Value::Str(qualname.clone()));
        self.store_name("__qualname__");
        if let Some(doc) = docstring(&c.body) {
            self.emit_const(Value::str(doc));
            self.store_name("__doc__");
        }
        self.setup_annotations(&c.body);
        self.stmts(&c.body)?;
        let has_class_cell = self.unit().cellvars.iter().any(|n| &**n == "__class__");
        if has_class_cell {
            let i = self.cell_index("__class__");
            self.emit(Op::LoadClosure(i));
            self.store_name("__classcell__");
        }
        self.emit_const(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        self.set_span(c.range);
        let closure = self.closure(&code);
        self.emit_code(code, &qualname, closure);
        self.emit_const(Value::str(c.name.as_str()));
        let n = self.call_args(&c.bases, &c.keywords, 2)?;
        let _ = n;
        for _ in &c.decorator_list {
            self.emit(Op::Call(1));
        }
        self.store_name(c.name.as_str());
        Ok(())
    }
}

impl<'a> Compiler<'a> {
    /// A module or class body with annotated names starts with an empty
    /// `__annotations__` dict (CPython's `SETUP_ANNOTATIONS`).
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Op::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    /// `name: annotation` in a module or class body records the evaluated
    /// annotation in `__annotations__`; elsewhere annotations are not evaluated.
    fn annotate(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        let Expr::Name(n) = &*a.target else { return Ok(()) };
        if !a.simple || self.scope_kind() == ScopeKind::Function {
            return Ok(());
        }
        self.expr(&a.annotation)?;
        self.load_name("__annotations__");
        self.emit_const(Value::str(n.id.as_str()));
        self.emit(Op::StoreSubscr);
        Ok(())
    }
}

/// Whether a body annotates a name, at its top or in its compound statements.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple,
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{compile, CompileError, UNICODE_NAMES_UNSUPPORTED};

    /// The message of the SyntaxError `source` raises when compiled.
    fn syntax_message(source: &str) -> String {
        match compile(source, "t.py") {
            Err(CompileError::Syntax { msg, .. }) => msg,
            Err(other) => panic!("not a SyntaxError: {other}"),
            Ok(_) => panic!("compiled"),
        }
    }

    #[test]
    fn a_unicode_name_escape_is_refused_by_name_in_strings_and_f_strings() {
        assert_eq!(syntax_message("print('\\N{BULLET}')\n"), UNICODE_NAMES_UNSUPPORTED);
        assert_eq!(syntax_message("x = 1\nf'{x} \\N{BULLET}'\n"), UNICODE_NAMES_UNSUPPORTED);
    }

    #[test]
    fn other_bad_escapes_keep_the_lexer_message() {
        assert_ne!(syntax_message("'\\x4'\n"), UNICODE_NAMES_UNSUPPORTED);
    }

    #[test]
    fn raw_strings_and_bytes_still_hold_a_backslash_n() {
        assert!(compile("r'\\N{BULLET}'\nb'\\N{BULLET}'\n", "t.py").is_ok());
    }
}
