"""_thread on greenlets, as gevent/thread.py has it: what
monkey.patch_thread() puts into _thread and threading, so that a
threading.Thread runs as a greenlet and its locks wait in the hub.

A "thread" here is a Greenlet; its ident is id() of the greenlet. The
join_thread, is_alive, set_name and set_lock_name functions stand for
pyconc's own _thread functions of those names, which threading calls to
join and inspect kernel threads.
"""

import _thread as __thread__

from greenlet import GreenletExit

from gevent.hub import getcurrent, sleep
from gevent.greenlet import Greenlet
from gevent.lock import BoundedSemaphore

__implements__ = ['allocate_lock', 'get_ident', 'exit', 'LockType', 'stack_size',
                  'start_new_thread', 'join_thread', 'is_alive', 'set_name', 'set_lock_name']

error = __thread__.error
_threads = {}


def get_ident(gr=None):
    """The ident of greenlet `gr` (default: the current one)."""
    if gr is None:
        gr = getcurrent()
    return id(gr)


def start_new_thread(function, args=(), kwargs=None, name=None, daemon=None):
    """Spawns `function(*args, **kwargs)` as a Greenlet; returns its ident.
    (`name` and `daemon` are the kernel thread's, which a greenlet has
    not.)"""
    greenlet = Greenlet.spawn(function, *args, **(kwargs or {}))
    ident = get_ident(greenlet)
    _threads[ident] = greenlet
    greenlet.rawlink(_forget)
    return ident


def _forget(greenlet):
    _threads.pop(get_ident(greenlet), None)


def join_thread(ident, timeout=None):
    """Waits until the greenlet `ident` has finished, or `timeout`."""
    greenlet = _threads.get(ident)
    if greenlet is not None:
        greenlet.join(timeout)


def is_alive(ident):
    """Whether the greenlet `ident` has not finished."""
    return ident in _threads


def set_name(ident, name):
    """Greenlets carry no kernel thread name: nothing to do."""


def set_lock_name(lock, name):
    """Greenlet locks carry no kernel lock name: nothing to do."""


class LockType(BoundedSemaphore):
    """_thread's lock, as a semaphore of one that waits in the hub."""

    _OVER_RELEASE_ERROR = RuntimeError

    def acquire(self, blocking=True, timeout=-1):
        """Takes the lock, waiting at most `timeout` seconds (-1: no
        limit); False when not taken."""
        if timeout == -1:
            timeout = None
        if not blocking and timeout is not None:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout is not None and timeout < 0:
            raise ValueError("timeout value must be strictly positive")
        return BoundedSemaphore.acquire(self, blocking, timeout)

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    acquire_lock = acquire

    def release_lock(self):
        """release()."""
        self.release()

    def locked_lock(self):
        """locked()."""
        return self.locked()


allocate_lock = LockType


def exit():
    """Ends the current greenlet."""
    raise GreenletExit


def stack_size(size=None):
    """Greenlets have no stack size to set: 0."""
    return 0
