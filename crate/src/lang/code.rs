//! Bytecode: what the compiler produces and the VM executes.
//!
//! The instruction set is a stack machine in the spirit of CPython 3.11's
//! (`Python/ceval.c`), simplified where we can: exception handling uses a
//! per-frame block stack (as CPython did up to 3.10) instead of 3.11's
//! exception table. Each variant documents its stack effect as
//! `[before] -> [after]`, top of stack rightmost.

use super::value::Value;
use std::rc::Rc;

/// The binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `@`
    MatMul,
}

/// The comparison operators of `CompareOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `in`
    In,
    /// `not in`
    NotIn,
    /// `is`
    Is,
    /// `is not`
    IsNot,
}

/// The unary operators of `UnaryOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `not x`
    Not,
    /// `~x`
    Invert,
}

/// One instruction. Jump targets are absolute instruction indices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// `[a] -> []`
    Pop,
    /// `[a] -> [a, a]`
    Dup,
    /// `[a, b] -> [a, b, a, b]`
    Dup2,
    /// `[a, b] -> [b, a]`
    Rot2,
    /// `[a, b, c] -> [c, a, b]` (top moves down two)
    Rot3,
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [fast[i]]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// `[v] -> []`, `fast[i] = v`
    StoreFast(u32),
    /// `[] -> []`, unsets `fast[i]` (UnboundLocalError if unset)
    DeleteFast(u32),
    /// `[] -> [v]`: `names[i]` in the frame's namespace (class body, module), then globals, then builtins.
    LoadName(u32),
    /// `[v] -> []`: binds `names[i]` in the frame's namespace.
    StoreName(u32),
    /// `[] -> []`: deletes `names[i]` from the frame's namespace.
    DeleteName(u32),
    /// `[] -> [v]`: `names[i]` in globals, then builtins.
    LoadGlobal(u32),
    /// `[v] -> []`: binds `names[i]` in globals.
    StoreGlobal(u32),
    /// `[] -> []`: deletes `names[i]` from globals.
    DeleteGlobal(u32),
    /// `[] -> [cell[i].get()]`: cells are the code's cellvars then its freevars.
    LoadDeref(u32),
    /// `[v] -> []`: `cell[i].set(v)`
    StoreDeref(u32),
    /// `[] -> []`: empties `cell[i]`
    DeleteDeref(u32),
    /// `[] -> [cell[i]]`, the cell object itself, for building closures.
    LoadClosure(u32),
    /// `[] -> [v]`: in a class body, a free variable: the class namespace first, then the cell.
    LoadClassDeref(u32),
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[v, obj] -> []`: `obj.names[i] = v`
    StoreAttr(u32),
    /// `[obj] -> []`: `del obj.names[i]`
    DeleteAttr(u32),
    /// `[obj] -> [meth, obj]` or `[func, NULL]`: CPython's LOAD_METHOD, saving a bound-method object.
    LoadMethod(u32),
    /// `[meth, self_or_null, args...n] -> [result]`: calls what `LoadMethod` found.
    CallMethod(u32),
    /// `[f, args...n] -> [result]`
    Call(u32),
    /// `[f, args...n, kwnames] -> [result]`: the last `len(kwnames)` args are keyword arguments, `kwnames` a tuple of str.
    CallKw(u32),
    /// `[f, args_tuple] -> [r]` or with bit 0 of the flag `[f, args_tuple, kwargs_dict] -> [r]`: `f(*args, **kwargs)`.
    CallEx(u32),
    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]`: tries `__iop__`, then the binary op (lists extend in place).
    InplaceOp(BinOp),
    /// `[a, b] -> [a op b]`
    CompareOp(CmpOp),
    /// `[a] -> [op a]`
    UnaryOp(UnOp),
    /// `[a, b] -> [a[b]]`
    Subscr,
    /// `[v, a, b] -> []`: `a[b] = v`
    StoreSubscr,
    /// `[a, b] -> []`: `del a[b]`
    DeleteSubscr,
    /// `[start, stop] -> [slice]` (n = 2) or `[start, stop, step] -> [slice]` (n = 3)
    BuildSlice(u32),
    /// `[items...n] -> [tuple]`
    BuildTuple(u32),
    /// `[items...n] -> [list]`
    BuildList(u32),
    /// `[items...n] -> [set]`
    BuildSet(u32),
    /// `[k1, v1, ... kn, vn] -> [dict]`
    BuildMap(u32),
    /// `[parts...n] -> [str]`: concatenates n strings (f-strings).
    BuildString(u32),
    /// `[list, x...(i-1 deep)] + [v] -> list.append(v)`: list is at depth i below the top after popping v.
    ListAppend(u32),
    /// `[set ... v] -> set.add(v)`, set at depth i after popping v.
    SetAdd(u32),
    /// `[dict ... k, v] -> dict[k] = v`, dict at depth i after popping k, v.
    MapAdd(u32),
    /// `[list, iterable] -> [list]`: `list.extend(iterable)` (for `[*a, *b]`).
    ListExtend(u32),
    /// `[set, iterable] -> [set]`: `set.update(iterable)`.
    SetUpdate(u32),
    /// `[dict, mapping] -> [dict]`: `dict.update(mapping)` (for `{**a}`).
    DictUpdate(u32),
    /// `[dict, mapping] -> [dict]`: like DictUpdate, but a repeated key is a TypeError (for `f(**a, **b)`).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[v] -> [format(v, spec)]` or with bit 2 `[v, spec] -> [...]`; bits 0-1: 0 none, 1 str, 2 repr, 3 ascii conversion.
    FormatValue(u32),
    /// `[seq] -> [items n-1 ... item 0]`: unpacks exactly n items, first item on top.
    UnpackSequence(u32),
    /// `[seq] -> [...]`: star unpacking; low byte = items before the star, next byte = items after.
    UnpackEx(u32),
    /// `[] -> []`: jump to target.
    Jump(u32),
    /// `[v] -> []`: jump if v is false.
    PopJumpIfFalse(u32),
    /// `[v] -> []`: jump if v is true.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if v is false, else `[]`.
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if v is true, else `[]`.
    JumpIfTrueOrPop(u32),
    /// `[v] -> [iter(v)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or when exhausted `[]` and jump to target.
    ForIter(u32),
    /// `[v] -> []`: returns v from the frame.
    ReturnValue,
    /// `[v] -> [sent]`: yields v from a generator; resumes with the value sent (None for `next`).
    YieldValue,
    /// `[iterable] -> [iterator]` where a generator stays itself (for `yield from`).
    GetYieldFromIter,
    /// `[it, sent] -> [it, sent']` while delegating: sends `sent` to `it`; if it yields y, yields y
    /// from this generator and re-executes with the new sent value; when it returns r, `[r]` and
    /// continue at the next instruction.
    YieldFrom,
    /// `[code, qualname] -> [function]`, bits: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple,
    /// popped (below code) in order closure, kwdefaults, defaults.
    MakeFunction(u32),
    /// `[] -> [__build_class__]`, the builtin that runs a class body.
    LoadBuildClass,
    /// `[level, fromlist] -> [module]`: `import names[i]`
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]`: `from m import names[i]`
    ImportFrom(u32),
    /// `[module] -> []`: `from m import *`
    ImportStar,
    /// `[] -> []`: pushes an exception handler block: on an exception, the stack is cut back to
    /// its current depth, the exception is pushed, and execution goes to target.
    SetupExcept(u32),
    /// `[] -> []`: pushes a finally block: on an exception, like SetupExcept; the handler ends
    /// with `Reraise`. Normal exits run the finally body inline (compiled at each exit).
    SetupFinally(u32),
    /// `[] -> []`: pops the innermost handler block.
    PopBlock,
    /// `[exc] -> [exc]`: marks exc as being handled (for `sys.exc_info`, implicit chaining and bare `raise`).
    PushExcInfo,
    /// `[] -> []`: the current except clause is done; restores the previously handled exception.
    PopExcept,
    /// `[exc] -> []`: re-raises exc, keeping its traceback.
    Reraise,
    /// `[exc, type] -> [exc, bool]`: does exc match the class or tuple of classes?
    CheckExcMatch,
    /// `[] -> raise` (0: bare raise), `[exc] -> raise` (1), `[exc, cause] -> raise` (2).
    Raise(u32),
    /// `[mgr] -> [exit, enter_result]`: calls `mgr.__enter__()`, saves the bound `__exit__`.
    BeforeWith,
    /// `[exit] -> []`: calls `exit(None, None, None)` on the normal way out of a `with`.
    CallExitNormal,
    /// `[exit, exc] -> [exc, suppress]`: calls `exit(type(exc), exc, exc.__traceback__)`.
    CallExitExc,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
}

impl Op {
    /// How the instruction changes the value stack's depth when it goes on
    /// to the next instruction, and when it jumps (None: it never does),
    /// as CPython's `stack_effect` (`Python/compile.c`). A handler block's
    /// jump is where an exception arrives: on the depth at setup, pushed.
    fn stack_effect(self) -> (i32, Option<i32>) {
        use Op::*;
        let n = |k: u32| k as i32;
        let effect = match self {
            Pop | StoreFast(_) | StoreName(_) | StoreGlobal(_) | StoreDeref(_) | DeleteAttr(_) => -1,
            Dup | LoadConst(_) | LoadFast(_) | LoadName(_) | LoadGlobal(_) | LoadDeref(_) | LoadClosure(_)
            | LoadClassDeref(_) | LoadMethod(_) | LoadBuildClass | ImportFrom(_) | LoadAssertionError
            | BeforeWith => 1,
            Dup2 => 2,
            Rot2 | Rot3 | DeleteFast(_) | DeleteName(_) | DeleteGlobal(_) | DeleteDeref(_) | LoadAttr(_)
            | UnaryOp(_) | ListToTuple | GetIter | YieldValue | GetYieldFromIter | PopBlock | PushExcInfo
            | PopExcept | CheckExcMatch | CallExitExc => 0,
            StoreAttr(_) | DeleteSubscr => -2,
            StoreSubscr => -3,
            CallMethod(k) | CallKw(k) => -n(k) - 1,
            Call(k) => -n(k),
            CallEx(flags) => -1 - n(flags & 1),
            BinaryOp(_) | InplaceOp(_) | CompareOp(_) | Subscr | ImportName(_) | ImportStar
            | CallExitNormal | YieldFrom => -1,
            BuildSlice(k) => 1 - n(k),
            BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) => 1 - n(k),
            BuildMap(k) => 1 - 2 * n(k),
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
            MapAdd(_) => -2,
            FormatValue(flags) => -n((flags >> 2) & 1),
            UnpackSequence(k) => n(k) - 1,
            UnpackEx(k) => n(k & 0xff) + n(k >> 8),
            MakeFunction(flags) => -1 - n(flags & 1) - n((flags >> 1) & 1) - n((flags >> 3) & 1),
            Jump(_) => return (0, Some(0)),
            PopJumpIfFalse(_) | PopJumpIfTrue(_) => return (-1, Some(-1)),
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => return (-1, Some(0)),
            ForIter(_) => return (1, Some(-1)),
            SetupExcept(_) | SetupFinally(_) => return (0, Some(1)),
            ReturnValue | Reraise | Raise(_) => return (0, None),
        };
        (effect, None)
    }

    /// Where the instruction jumps to, if it can.
    fn target(self) -> Option<u32> {
        use Op::*;
        match self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
            | SetupExcept(t) | SetupFinally(t) => Some(t),
            _ => None,
        }
    }

    /// Whether execution never goes on to the next instruction.
    fn ends_flow(self) -> bool {
        matches!(self, Op::Jump(_) | Op::ReturnValue | Op::Reraise | Op::Raise(_))
    }
}

/// The deepest the value stack gets while running `ops` (CPython's
/// `co_stacksize`, from `stackdepth` in `Python/compile.c`): every path is
/// followed from the start, each instruction reached at one depth.
pub fn max_stack_depth(ops: &[Op]) -> u32 {
    let mut depth_at: Vec<Option<i32>> = vec![None; ops.len()];
    let mut todo = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((pc, depth)) = todo.pop() {
        let Some(slot) = depth_at.get_mut(pc) else { continue };
        if slot.is_some_and(|d| d >= depth) {
            continue;
        }
        *slot = Some(depth);
        let op = ops[pc];
        let (next, jump) = op.stack_effect();
        max = max.max(depth).max(depth + next).max(depth + jump.unwrap_or(0));
        if let (Some(t), Some(j)) = (op.target(), jump) {
            todo.push((t as usize, depth + j));
        }
        if !op.ends_flow() {
            todo.push((pc + 1, depth + next));
        }
    }
    max as u32
}

/// A compiled body: a module, a function, a class body, a lambda or a
/// comprehension. Immutable and shared by every frame that runs it.
#[derive(Debug)]
pub struct Code {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, `sing`).
    pub name: Rc<str>,
    /// The qualified name (`Worker.run`, `outer.<locals>.inner`).
    pub qualname: Rc<str>,
    /// The file name tracebacks show.
    pub filename: Rc<str>,
    /// The instructions.
    pub ops: Vec<Op>,
    /// For each instruction, the source span it came from (for tracebacks and line events).
    pub spans: Vec<Span>,
    /// Constants referred to by `LoadConst`.
    pub consts: Vec<Value>,
    /// Names referred to by the name, global and attribute instructions.
    pub names: Vec<Rc<str>>,
    /// Local variable names: the parameters first, in order.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions (they live in cells).
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, its index in `varnames`, moved into the cell on entry.
    pub cell_params: Vec<(u32, u32)>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters (after the positional ones in `varnames`).
    pub kwonlyargcount: u32,
    /// Whether there is a `*args` parameter (its slot follows the keyword-only ones).
    pub varargs: bool,
    /// Whether there is a `**kwargs` parameter (its slot follows `*args`).
    pub varkwargs: bool,
    /// Whether calling it makes a generator.
    pub generator: bool,
    /// The deepest its value stack gets (`max_stack_depth`): a frame
    /// allocates exactly that much.
    pub stacksize: u32,
    /// Whether names resolve through a namespace dict (module and class bodies).
    pub uses_namespace: bool,
    /// The first line of the body (for `def` tracebacks).
    pub firstline: u32,
    /// A function's docstring (`__doc__`).
    pub doc: Option<Rc<str>>,
    /// For each of `names`, where it was last found in the dict a name
    /// instruction searched: tried first next time (CPython 3.11's
    /// LOAD_GLOBAL inline cache, checked by the key found there instead of
    /// a dict version).
    pub name_cache: Vec<std::cell::Cell<u32>>,
    /// For each of `names`, what the last attribute instruction on an
    /// instance or a built-in value found in its class (CPython's type
    /// attribute cache and LOAD_ATTR_INSTANCE_VALUE), valid while no class
    /// changed since.
    pub attr_cache: Vec<std::cell::RefCell<Option<AttrCache>>>,
}

/// What an instance's class says about one attribute name.
#[derive(Debug, Clone)]
pub struct AttrCache {
    /// The class looked in (held, so its address cannot be reused).
    pub class: Rc<super::value::Class>,
    /// `class_epoch()` when it was looked up.
    pub epoch: u64,
    /// The class attribute found through the MRO, if any.
    pub attr: Option<Value>,
    /// Whether `obj.name = v` just sets the instance dict: no property of
    /// that name, no `__setattr__` written in Python, not bare `object`.
    pub plain_store: bool,
}

thread_local! {
    static CLASS_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A counter of changes to any class's namespace: attribute caches made
/// before the last change are stale.
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.with(|e| e.get())
}

/// Records that some class's namespace changed.
pub fn bump_class_epoch() {
    CLASS_EPOCH.with(|e| e.set(e.get() + 1));
}

/// Where an instruction came from in the source: 1-based lines and 0-based
/// character columns, as CPython's tracebacks show them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// Column (characters) where it starts on `line`.
    pub col: u32,
    /// Column (characters) where it ends on `end_line`.
    pub end_col: u32,
}

#[cfg(test)]
mod tests {
    use crate::lang::compile::compile;

    #[test]
    fn stack_depth_is_the_deepest_path() {
        // Three items, then the list.
        assert_eq!(compile("a = [1, 2, 3]\n", "t.py").unwrap().stacksize, 3);
        // A handler starts on the depth at setup with the exception pushed;
        // its type test copies the exception and loads the type on top.
        let handler = "try:\n    pass\nexcept ValueError as e:\n    pass\n";
        assert_eq!(compile(handler, "t.py").unwrap().stacksize, 3);
    }
}
