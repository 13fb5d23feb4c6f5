"""OS routines, as CPython's Lib/os.py: the system calls come from posix;
fork runs the hooks registered with register_at_fork in the child."""

from posix import *
import posix as _posix
from posix import _exit

_at_fork_before = []
_at_fork_parent = []
_at_fork_child = []

SIGINT = 2
SIGKILL = 9
SIGTERM = 15


def register_at_fork(*, before=None, after_in_parent=None, after_in_child=None):
    """Registers callables to run around fork(), as os.register_at_fork."""
    if before is None and after_in_parent is None and after_in_child is None:
        raise TypeError("At least one argument is required.")
    if before is not None:
        _at_fork_before.append(before)
    if after_in_parent is not None:
        _at_fork_parent.append(after_in_parent)
    if after_in_child is not None:
        _at_fork_child.append(after_in_child)


def fork():
    """Fork a child process: returns 0 in the child, the child's pid in the parent."""
    for hook in reversed(_at_fork_before):
        hook()
    pid = _posix.fork()
    for hook in (_at_fork_child if pid == 0 else _at_fork_parent):
        hook()
    return pid
