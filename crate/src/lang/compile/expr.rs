//! Compiling expressions: operators, calls, literals, comprehensions,
//! lambdas, f-strings, `yield`.

use super::scope;
use super::{CResult, CompileError, Compiler};
use crate::lang::code::{BinOp, CmpOp, Op, UnOp};
use crate::lang::value::Value;
use num_bigint::BigInt;
use rustpython_parser::ast::{self, Expr, Ranged};
use std::rc::Rc;

/// The bytecode operator for an AST operator.
pub(super) fn binop(op: &ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: &ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// A constant of the AST as a value.
fn constant(c: &ast::Constant) -> Option<Value> {
    Some(match c {
        ast::Constant::None => Value::None,
        ast::Constant::Bool(b) => Value::Bool(*b),
        ast::Constant::Str(s) => Value::str(s),
        ast::Constant::Bytes(b) => Value::Bytes(Rc::from(b.as_slice())),
        ast::Constant::Int(i) => Value::from_bigint(BigInt::clone(i)),
        ast::Constant::Float(f) => Value::Float(*f),
        ast::Constant::Tuple(items) => Value::tuple(items.iter().map(constant).collect::<Option<_>>()?),
        ast::Constant::Complex { .. } | ast::Constant::Ellipsis => return None,
    })
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.set_span(e.range());
        self.expr_inner(e)?;
        self.unit().span = saved;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::Constant(c) => match constant(&c.value) {
                Some(v) => {
                    self.emit_const(v);
                }
                None if matches!(c.value, ast::Constant::Ellipsis) => {
                    let i = self.name_index("Ellipsis");
                    self.emit(Op::LoadGlobal(i));
                }
                None => return Err(self.unsupported("complex numbers", c.range)),
            },
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp(binop(&b.op)));
            }
            Expr::UnaryOp(u) => {
                // `-1` is a constant, as CPython's optimizer folds it.
                if let (ast::UnaryOp::USub, Expr::Constant(c)) = (&u.op, &*u.operand) {
                    let folded = match &c.value {
                        ast::Constant::Int(i) => Some(Value::from_bigint(-BigInt::clone(i))),
                        ast::Constant::Float(f) => Some(Value::Float(-f)),
                        _ => None,
                    };
                    if let Some(v) = folded {
                        self.emit_const(v);
                        return Ok(());
                    }
                }
                self.expr(&u.operand)?;
                self.emit(Op::UnaryOp(match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                }));
            }
            Expr::BoolOp(b) => {
                let mut jumps = vec![];
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        jumps.push(self.emit(match b.op {
                            ast::BoolOp::And => Op::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let je = self.emit(Op::Jump(0));
                self.patch_here(jf);
                self.expr(&i.orelse)?;
                self.patch_here(je);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.as_str());
                self.emit(Op::LoadAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Subscr);
            }
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper] {
                    match p {
                        Some(p) => self.expr(p)?,
                        None => {
                            self.emit_const(Value::None);
                        }
                    }
                }
                match &s.step {
                    Some(st) => {
                        self.expr(st)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            Expr::Tuple(t) => self.sequence(&t.elts, Seq::Tuple)?,
            Expr::List(l) => self.sequence(&l.elts, Seq::List)?,
            Expr::Set(s) => self.sequence(&s.elts, Seq::Set)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let flags = self.defaults(&l.args)?;
                let qualname = self.qualname("<lambda>");
                let line = self.lines.span(l.range).line;
                self.push_unit(scope::key(l), Rc::from("<lambda>"), qualname.clone(), line);
                self.set_signature(&l.args);
                self.expr(&l.body)?;
                if self.table.scope(scope::key(l)).generator {
                    self.emit(Op::Pop);
                    self.emit_const(Value::None);
                }
                self.emit(Op::ReturnValue);
                let code = self.pop_unit();
                let closure = self.closure(&code);
                self.emit_code(code, &qualname, flags | closure);
            }
            Expr::ListComp(c) => self.comprehension(scope::key(c), "<listcomp>", &c.generators, Comp::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(scope::key(c), "<setcomp>", &c.generators, Comp::Set(&c.elt))?,
            Expr::DictComp(c) => self.comprehension(
                scope::key(c),
                "<dictcomp>",
                &c.generators,
                Comp::Dict(&c.key, &c.value),
            )?,
            Expr::GeneratorExp(c) => {
                self.comprehension(scope::key(c), "<genexpr>", &c.generators, Comp::Gen(&c.elt))?
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit_const(Value::None);
                    }
                }
                self.emit(Op::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter);
                self.emit_const(Value::None);
                self.emit(Op::YieldFrom);
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.fstring_part(v)?;
                }
                if j.values.len() != 1 {
                    self.emit(Op::BuildString(j.values.len() as u32));
                }
            }
            Expr::FormattedValue(_) => {
                self.fstring_part(e)?;
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Dup);
                self.store_target(&n.target)?;
            }
            Expr::Starred(s) => {
                return Err(CompileError::Syntax {
                    msg: "can't use starred expression here".into(),
                    line: self.lines.span(s.range).line,
                    col: self.lines.span(s.range).col + 1,
                    text: String::new(),
                })
            }
            Expr::Await(a) => return Err(self.unsupported("await", a.range)),
        }
        Ok(())
    }

    fn fstring_part(&mut self, v: &'a Expr) -> CResult {
        match v {
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                let conv = match f.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                let mut flags = conv;
                if let Some(spec) = &f.format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Op::FormatValue(flags));
            }
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        if c.ops.len() == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(Op::CompareOp(cmpop(&c.ops[0])));
            return Ok(());
        }
        // a < b < c: [a] b -> dup b, rot, compare; short-circuit on false.
        let mut cleanups = vec![];
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < c.ops.len() {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(Op::CompareOp(cmpop(op)));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::CompareOp(cmpop(op)));
            }
        }
        let end = self.emit(Op::Jump(0));
        for j in cleanups {
            self.patch_here(j);
        }
        // The false result sits above the leftover operand.
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.patch_here(end);
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: Seq) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::Tuple => Op::BuildTuple(n),
                Seq::List => Op::BuildList(n),
                Seq::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        // Build a list (or set) piece by piece, then convert.
        self.emit(if kind == Seq::Set { Op::BuildSet(0) } else { Op::BuildList(0) });
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(if kind == Seq::Set { Op::SetUpdate(1) } else { Op::ListExtend(1) });
                }
                other => {
                    self.expr(other)?;
                    self.emit(if kind == Seq::Set { Op::SetAdd(1) } else { Op::ListAppend(1) });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        if d.keys.iter().all(|k| k.is_some()) {
            for (k, v) in d.keys.iter().zip(&d.values) {
                self.expr(k.as_ref().unwrap())?;
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(d.keys.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        // obj.method(args) without star-args: LoadMethod/CallMethod, no bound-method object.
        if let Expr::Attribute(a) = &*c.func {
            let simple = c.keywords.is_empty() && !c.args.iter().any(|e| matches!(e, Expr::Starred(_)));
            if simple {
                self.expr(&a.value)?;
                let ni = self.name_index(a.attr.as_str());
                let saved = self.set_span(c.range);
                self.emit(Op::LoadMethod(ni));
                self.unit().span = saved;
                for arg in &c.args {
                    self.expr(arg)?;
                }
                self.set_span(c.range);
                self.emit(Op::CallMethod(c.args.len() as u32));
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        self.call_args(&c.args, &c.keywords, 0)?;
        Ok(())
    }

    /// Emits the arguments and the call instruction; `extra` positional
    /// arguments are already on the stack above the callable.
    pub(super) fn call_args(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword], extra: u32) -> CResult {
        let call_span = self.unit().span;
        let star = args.iter().any(|e| matches!(e, Expr::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !star && !dstar {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.unit().span = call_span;
                self.emit(Op::Call(extra + args.len() as u32));
            } else {
                let mut names = vec![];
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Value::str(k.arg.as_ref().unwrap().as_str()));
                }
                self.emit_const(Value::tuple(names));
                self.unit().span = call_span;
                self.emit(Op::CallKw(extra + (args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        // f(*a, **k): build the positional tuple and the keyword dict.
        self.emit(Op::BuildList(extra));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        let mut flags = 0;
        if !keywords.is_empty() {
            flags = 1;
            self.emit(Op::BuildMap(0));
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.emit_const(Value::str(name.as_str()));
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge(1));
                    }
                }
            }
        }
        self.unit().span = call_span;
        self.emit(Op::CallEx(flags));
        Ok(())
    }

    fn comprehension(
        &mut self,
        key: usize,
        name: &str,
        generators: &'a [ast::Comprehension],
        kind: Comp<'a>,
    ) -> CResult {
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return Err(self.unsupported("async comprehension", g.iter.range()));
        }
        let qualname = self.qualname(name);
        let line = self.unit().span.line;
        self.push_unit(key, Rc::from(name), qualname.clone(), line);
        self.unit().argcount = 1;
        match kind {
            Comp::List(_) => {
                self.emit(Op::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.comp_loop(generators, 0, &kind)?;
        if matches!(kind, Comp::Gen(_)) {
            self.emit_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        let closure = self.closure(&code);
        self.emit_code(code, &qualname, closure);
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comp_loop(&mut self, generators: &'a [ast::Comprehension], depth: usize, kind: &Comp<'a>) -> CResult {
        let g = &generators[depth];
        if depth == 0 {
            let i = self.fast_index(".0");
            self.emit(Op::LoadFast(i));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.here();
        let next = self.emit(Op::ForIter(0));
        self.store_target(&g.target)?;
        let mut skips = vec![];
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Op::PopJumpIfFalse(0)));
        }
        if depth + 1 < generators.len() {
            self.comp_loop(generators, depth + 1, kind)?;
        } else {
            // The result container sits below one iterator per loop level (CPython PEEK(i)).
            let d = (depth + 2) as u32;
            match kind {
                Comp::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(d));
                }
                Comp::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd(d));
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(d));
                }
                Comp::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, start);
        }
        self.emit(Op::Jump(start as u32));
        self.patch_here(next);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    Tuple,
    List,
    Set,
}

enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
