"""gevent's exceptions, as gevent/exceptions.py names them."""

from greenlet import GreenletExit, error as _greenlet_error

__all__ = ['LoopExit', 'BlockingSwitchOutError', 'InvalidSwitchError',
           'ConcurrentObjectUseError', 'GreenletExit']


class LoopExit(Exception):
    """Raised in the main greenlet when the hub's loop has nothing left that
    could ever wake the greenlet waiting: 'This operation would block
    forever'."""


class BlockingSwitchOutError(AssertionError):
    """Raised when the hub itself would block (a waiting call made inside
    a callback the hub runs)."""


class InvalidSwitchError(AssertionError):
    """Raised when a waiting greenlet is resumed by someone other than the
    object it waits on."""


class ConcurrentObjectUseError(AssertionError):
    """Raised when two greenlets wait on an object that admits one waiter
    (a socket's read or write side)."""
