//! `import`: modules already loaded come from `sys.modules`; others from the
//! process's loader, whose Python-source modules run their body on this
//! thread like any call (`ReturnMode::Module`).

use super::frame::ReturnMode;
use super::interp::{Ctl, Interp};
use super::Loaded;
use crate::lang::value::Value;
use std::rc::Rc;

impl Interp<'_> {
    /// `ImportName`: pushes the top package (`import a.b`) or, with a
    /// fromlist, the module itself (`from a.b import c`).
    pub(super) fn import_name(&mut self, name: &str, with_fromlist: bool) -> Result<Ctl, Value> {
        let mut prefix = String::new();
        let mut top = None;
        let parts: Vec<&str> = name.split('.').collect();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let last = i + 1 == parts.len();
            let existing = self.proc.modules.borrow().get(prefix.as_str()).cloned();
            let module = match existing {
                Some(m) => m,
                None => match (self.proc.loader)(self, &prefix)? {
                    Some(Loaded::Ready(m)) => {
                        self.proc.modules.borrow_mut().insert(Rc::from(prefix.as_str()), m.clone());
                        m
                    }
                    Some(Loaded::Run(m, mut frame)) => {
                        self.proc.modules.borrow_mut().insert(Rc::from(prefix.as_str()), m.clone());
                        if !last {
                            // A package: run its body, then this ImportName again.
                            self.thread.frames.last_mut().unwrap().pc -= 1;
                            frame.ret = ReturnMode::Discard;
                            self.push_frame(frame)?;
                            return Ok(Ctl::Next);
                        }
                        // The body runs first; the frame's return pushes what the import wants.
                        self.pop_import_operands();
                        let wanted = if with_fromlist { m.clone() } else { top.clone().unwrap_or(m.clone()) };
                        frame.ret = ReturnMode::Module(wanted);
                        self.push_frame(frame)?;
                        return Ok(Ctl::Next);
                    }
                    None => {
                        let e = self.module_not_found(&prefix);
                        return Err(e);
                    }
                },
            };
            if top.is_none() {
                top = Some(module.clone());
            }
            if last {
                let v = if with_fromlist { module } else { top.unwrap() };
                self.pop_import_operands();
                self.thread.frames.last_mut().unwrap().stack.push(v);
                return Ok(Ctl::Next);
            }
        }
        unreachable!("a module name has at least one part")
    }

    /// `from package import submodule` when the package has no such
    /// attribute yet: loads `full` (package.submodule), as CPython's
    /// `_handle_fromlist` does, and has the ImportFrom run again once it is
    /// loaded (after its body, for a Python module). None when there is no
    /// such module.
    pub(super) fn import_submodule(&mut self, package: &Value, full: &str) -> Result<Option<Ctl>, Value> {
        if self.proc.modules.borrow().contains_key(full) {
            return Ok(None);
        }
        let leaf = full.rsplit('.').next().unwrap_or(full);
        match (self.proc.loader)(self, full)? {
            Some(Loaded::Ready(m)) => {
                self.proc.modules.borrow_mut().insert(Rc::from(full), m.clone());
                if let Value::Module(p) = package {
                    p.dict.borrow_mut().insert(crate::lang::value::Key(Value::str(leaf)), m);
                }
                self.thread.frames.last_mut().unwrap().pc -= 1;
                Ok(Some(Ctl::Next))
            }
            Some(Loaded::Run(m, mut frame)) => {
                self.proc.modules.borrow_mut().insert(Rc::from(full), m);
                self.thread.frames.last_mut().unwrap().pc -= 1;
                frame.ret = ReturnMode::Discard;
                self.push_frame(frame)?;
                Ok(Some(Ctl::Next))
            }
            None => Ok(None),
        }
    }

    /// Drops ImportName's level and fromlist once the import is done.
    fn pop_import_operands(&mut self) {
        let st = &mut self.thread.frames.last_mut().unwrap().stack;
        st.truncate(st.len() - 2);
    }

    /// Imports a module from a built-in (pickle's `find_class`), running
    /// a Python module's body in a nested run; returns the module itself.
    pub fn import_module(&mut self, name: &str) -> Result<Value, Value> {
        let mut prefix = String::new();
        let mut module = Value::None;
        for (i, part) in name.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let existing = self.proc.modules.borrow().get(prefix.as_str()).cloned();
            module = match existing {
                Some(m) => m,
                None => match (self.proc.loader)(self, &prefix)? {
                    Some(Loaded::Ready(m)) => {
                        self.proc.modules.borrow_mut().insert(Rc::from(prefix.as_str()), m.clone());
                        m
                    }
                    Some(Loaded::Run(m, mut frame)) => {
                        self.proc.modules.borrow_mut().insert(Rc::from(prefix.as_str()), m.clone());
                        frame.ret = ReturnMode::Sync;
                        self.push_frame(frame)?;
                        self.run_nested()?;
                        m
                    }
                    None => {
                        return Err(self.module_not_found(&prefix))
                    }
                },
            };
        }
        Ok(module)
    }
}
