//! Symbol tables: for every function, lambda, comprehension and class body,
//! which names are local, global, free (captured from an enclosing function)
//! or cells (local and captured by an inner function). CPython's
//! `Python/symtable.c`, reduced to what the compiler needs.

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::{HashMap, HashSet};

/// What kind of body a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A function, lambda or comprehension.
    Function,
    /// A class body.
    Class,
}

/// Where a name lives, seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A fast local of a function.
    Local,
    /// A local captured by an inner function (lives in a cell).
    Cell,
    /// Captured from an enclosing function.
    Free,
    /// Module global or builtin (explicitly declared or implicit).
    Global,
    /// In the namespace dict (module and class bodies).
    Name,
}

/// One scope's symbols.
#[derive(Debug, Default)]
pub struct Scope {
    /// The kind of body.
    pub kind: Option<ScopeKind>,
    /// Names bound here (assigned, imported, defined, parameters).
    pub assigned: HashSet<String>,
    /// Names read or written here, in first-use order.
    pub used: Vec<String>,
    /// `global` declarations.
    pub globals: HashSet<String>,
    /// `nonlocal` declarations.
    pub nonlocals: HashSet<String>,
    /// Parameters in order.
    pub params: Vec<String>,
    /// Locals captured by inner scopes (resolved).
    pub cells: Vec<String>,
    /// Names captured from enclosing scopes (resolved).
    pub frees: Vec<String>,
    /// Whether it contains `yield`.
    pub generator: bool,
    /// Whether it uses zero-argument `super()` or `__class__`.
    pub needs_class_cell: bool,
    /// Child scopes, by the address of their AST node.
    pub children: Vec<usize>,
}

impl Scope {
    /// How `name` resolves in this scope.
    pub fn binding(&self, name: &str) -> Binding {
        let kind = self.kind.unwrap_or(ScopeKind::Module);
        if self.globals.contains(name) {
            return Binding::Global;
        }
        if self.frees.iter().any(|n| n == name) {
            return Binding::Free;
        }
        match kind {
            ScopeKind::Module => Binding::Name,
            ScopeKind::Class => Binding::Name,
            ScopeKind::Function => {
                if self.cells.iter().any(|n| n == name) {
                    Binding::Cell
                } else if self.assigned.contains(name) {
                    Binding::Local
                } else {
                    Binding::Global
                }
            }
        }
    }
}

/// All scopes of a module, keyed by the address of the node that opens them
/// (0 for the module itself).
#[derive(Debug, Default)]
pub struct SymbolTable {
    /// The scopes.
    pub scopes: HashMap<usize, Scope>,
}

/// The key of a scope-opening node.
pub fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    /// Builds the table for a module body.
    pub fn build(body: &[Stmt]) -> SymbolTable {
        let mut b = Builder { table: SymbolTable::default(), stack: vec![], comprehensions: HashSet::new() };
        b.enter(0, ScopeKind::Module);
        b.stmts(body);
        b.exit();
        b.resolve(0, &[]);
        b.table
    }

    /// The scope opened by the node at `key`.
    pub fn scope(&self, key: usize) -> &Scope {
        &self.scopes[&key]
    }
}

struct Builder {
    table: SymbolTable,
    stack: Vec<usize>,
    /// The scopes that are comprehensions (their `:=` targets bind outside them).
    comprehensions: HashSet<usize>,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let k = *self.stack.last().unwrap();
        self.table.scopes.get_mut(&k).unwrap()
    }

    fn enter(&mut self, k: usize, kind: ScopeKind) {
        if let Some(&parent) = self.stack.last() {
            self.table.scopes.get_mut(&parent).unwrap().children.push(k);
        }
        self.table.scopes.insert(k, Scope { kind: Some(kind), ..Default::default() });
        self.stack.push(k);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn bind(&mut self, name: &str) {
        let s = self.cur();
        s.assigned.insert(name.to_string());
        if !s.used.iter().any(|n| n == name) {
            s.used.push(name.to_string());
        }
    }

    fn use_name(&mut self, name: &str) {
        let s = self.cur();
        if !s.used.iter().any(|n| n == name) {
            s.used.push(name.to_string());
        }
        if name == "super" || name == "__class__" {
            s.needs_class_cell = true;
        }
    }

    /// Resolves free and cell variables top-down: `enclosing` lists the names
    /// bound by enclosing function scopes (innermost last).
    fn resolve(&mut self, k: usize, enclosing: &[HashSet<String>]) {
        let (kind, children) = {
            let s = &self.table.scopes[&k];
            (s.kind.unwrap(), s.children.clone())
        };
        // Names a function binds (not declared global) are visible to inner functions.
        let mut inner_env = enclosing.to_vec();
        if kind == ScopeKind::Function {
            let s = &self.table.scopes[&k];
            let mut bound: HashSet<String> =
                s.assigned.iter().filter(|n| !s.globals.contains(*n)).cloned().collect();
            bound.extend(s.nonlocals.iter().cloned());
            if s.needs_class_cell {
                bound.insert("__class__".into());
            }
            inner_env.push(bound);
        }
        if kind == ScopeKind::Class {
            // A class body's names are not visible to its methods, but the
            // implicit `__class__` cell is.
            let mut bound = HashSet::new();
            bound.insert("__class__".to_string());
            inner_env.push(bound);
        }
        // Free variables of this scope: used, not bound here (or declared
        // nonlocal), and bound by an enclosing function.
        {
            let s = self.table.scopes.get_mut(&k).unwrap();
            if s.needs_class_cell && kind == ScopeKind::Function && !s.used.iter().any(|n| n == "__class__") {
                s.used.push("__class__".into());
            }
            let candidates: Vec<String> = s
                .used
                .iter()
                .filter(|n| {
                    s.nonlocals.contains(*n)
                        || (!s.globals.contains(*n)
                            && (kind != ScopeKind::Function || !s.assigned.contains(*n)))
                })
                .cloned()
                .collect();
            for n in candidates {
                if kind == ScopeKind::Module {
                    continue;
                }
                let in_enclosing = enclosing.iter().rev().any(|env| env.contains(&n));
                if in_enclosing && !s.frees.contains(&n) {
                    s.frees.push(n);
                }
            }
        }
        for c in &children {
            self.resolve(*c, &inner_env);
        }
        // Cells: names bound here that some child captures.
        let mut captured: Vec<String> = Vec::new();
        for c in &children {
            for f in &self.table.scopes[c].frees {
                if !captured.contains(f) {
                    captured.push(f.clone());
                }
            }
        }
        let s = self.table.scopes.get_mut(&k).unwrap();
        for n in captured {
            let bound_here = match kind {
                ScopeKind::Function => {
                    s.assigned.contains(&n) && !s.globals.contains(&n) && !s.nonlocals.contains(&n)
                }
                ScopeKind::Class => n == "__class__",
                ScopeKind::Module => false,
            };
            if bound_here {
                if !s.cells.contains(&n) {
                    s.cells.push(n);
                }
            } else if kind != ScopeKind::Module && !s.frees.contains(&n) && !s.globals.contains(&n) {
                // Passing through: this scope must carry it for its child.
                if kind == ScopeKind::Class && n == "__class__" {
                    continue;
                }
                s.frees.push(n);
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn args(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn params(&mut self, args: &ast::Arguments) {
        let mut names = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            names.push(a.def.arg.to_string());
        }
        if let Some(v) = &args.vararg {
            names.push(v.arg.to_string());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.to_string());
        }
        for n in &names {
            self.bind(n);
        }
        self.cur().params = names;
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.args(&f.args);
                self.bind(f.name.as_str());
                self.enter(key(f), ScopeKind::Function);
                self.params(&f.args);
                self.stmts(&f.body);
                self.exit();
            }
            Stmt::AsyncFunctionDef(_) | Stmt::AsyncFor(_) | Stmt::AsyncWith(_) => {}
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(c.name.as_str());
                self.enter(key(c), ScopeKind::Class);
                self.stmts(&c.body);
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.target(t));
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                self.target(&a.target);
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::TryStar(_) | Stmt::Match(_) | Stmt::TypeAlias(_) => {}
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = match &alias.asname {
                        Some(a) => a.to_string(),
                        None => alias.name.split('.').next().unwrap().to_string(),
                    };
                    self.bind(&name);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        continue;
                    }
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(name.as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.cur().globals.insert(n.to_string());
                    self.use_name(n.as_str());
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.cur().nonlocals.insert(n.to_string());
                    self.use_name(n.as_str());
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    /// `(y := ...)` inside a comprehension binds `y` in the nearest
    /// enclosing scope that is not a comprehension (PEP 572): a global at
    /// module level, else a local of that function seen as nonlocal here.
    fn comprehension_walrus(&mut self, name: &str) {
        let outer = self.stack.iter().rev().copied().find(|k| !self.comprehensions.contains(k)).unwrap_or(0);
        let module = self.table.scopes[&outer].kind == Some(ScopeKind::Module);
        let inner: Vec<usize> = self.stack.iter().rev().copied().take_while(|k| *k != outer).collect();
        for k in inner {
            let s = self.table.scopes.get_mut(&k).unwrap();
            if module {
                s.globals.insert(name.to_string());
            } else {
                s.nonlocals.insert(name.to_string());
            }
            if !s.used.iter().any(|n| n == name) {
                s.used.push(name.to_string());
            }
        }
        let s = self.table.scopes.get_mut(&outer).unwrap();
        s.assigned.insert(name.to_string());
        if !s.used.iter().any(|n| n == name) {
            s.used.push(name.to_string());
        }
    }

    fn comprehension(&mut self, node: usize, generators: &[ast::Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter);
        self.enter(node, ScopeKind::Function);
        self.comprehensions.insert(node);
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.exit();
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                match &*n.target {
                    Expr::Name(name) if self.comprehensions.contains(self.stack.last().unwrap()) => {
                        self.comprehension_walrus(name.id.as_str())
                    }
                    _ => self.target(&n.target),
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.args(&l.args);
                self.enter(key(l), ScopeKind::Function);
                self.params(&l.args);
                self.expr(&l.body);
                self.exit();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                d.keys.iter().flatten().for_each(|k| self.expr(k));
                d.values.iter().for_each(|v| self.expr(v));
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension(key(c), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(key(c), &c.generators, &[&c.elt]),
            Expr::GeneratorExp(c) => {
                self.comprehension(key(c), &c.generators, &[&c.elt]);
                self.table.scopes.get_mut(&key(c)).unwrap().generator = true;
            }
            Expr::DictComp(c) => self.comprehension(key(c), &c.generators, &[&c.key, &c.value]),
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.cur().generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().generator = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => self.use_name(n.id.as_str()),
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }
}
