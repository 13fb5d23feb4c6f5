"""Timeouts: raise an exception in a greenlet after a given time, as
gevent/timeout.py does. A Timeout is a BaseException, so a bare `except
Exception` does not swallow it by accident.
"""

from greenlet import getcurrent
from gevent._hub_local import get_hub

__all__ = ['Timeout', 'with_timeout']


class _FakeTimer:
    """The timer of a Timeout of None seconds: never fires."""

    pending = False
    active = False
    seconds = None

    def start(self, *args, **kwargs):
        raise AssertionError("non-expiring timer cannot be started")

    def stop(self):
        return

    cancel = stop
    close = stop

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return


_FakeTimer = _FakeTimer()


class Timeout(BaseException):
    """After `seconds`, raises itself (or `exception`, when it is an
    exception class or instance) in the greenlet that started it.

    Use it in a `with` block, or start() and cancel() it. With
    exception=False, the `with` block ends silently when time is up.
    """

    def __init__(self, seconds=None, exception=None, ref=True, priority=-1, _one_shot=False):
        BaseException.__init__(self)
        self.seconds = seconds
        self.exception = exception
        self._one_shot = _one_shot
        if seconds is None:
            self.timer = _FakeTimer
        else:
            self.timer = get_hub().loop.timer(seconds or 0.0)

    def start(self):
        """Arms the timer for the current greenlet."""
        if self.pending:
            raise AssertionError('%r is already started; to restart it, cancel it first' % self)
        if self.seconds is None:
            return
        if self.exception is None or self.exception is False or isinstance(self.exception, str):
            throws = self
        else:
            throws = self.exception
        self.timer.start(getcurrent().throw, throws)

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True, _one_shot=False):
        """A started Timeout: `timeout` itself when it is one, else a new
        one of `timeout` seconds."""
        if isinstance(timeout, Timeout):
            if not timeout.pending:
                timeout.start()
            return timeout
        timeout = cls(timeout, exception, ref=ref, _one_shot=_one_shot)
        timeout.start()
        return timeout

    @staticmethod
    def _start_new_or_dummy(timeout, exception=None, ref=True):
        """start_new, or a timer that never fires when `timeout` is None."""
        if timeout is None:
            return _FakeTimer
        return Timeout.start_new(timeout, exception, ref, _one_shot=True)

    @property
    def pending(self):
        """Whether it is armed and has not fired."""
        return self.timer.pending or self.timer.active

    def cancel(self):
        """Disarms it; it may be started again."""
        self.timer.stop()
        if self._one_shot:
            self.close()

    def close(self):
        """Disarms it for good."""
        self.timer.stop()
        self.timer.close()
        self.timer = _FakeTimer

    def __repr__(self):
        classname = type(self).__name__
        pending = ' pending' if self.pending else ''
        exception = '' if self.exception is None else ' exception=%r' % (self.exception,)
        return '<%s at %s seconds=%s%s%s>' % (classname, hex(id(self)), self.seconds, exception, pending)

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        if self.exception is None:
            return '%s second%s' % (self.seconds, suffix)
        if self.exception is False:
            return '%s second%s (silent)' % (self.seconds, suffix)
        return '%s second%s: %s' % (self.seconds, suffix, self.exception)

    def __enter__(self):
        if not self.pending:
            self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.close()
        if value is self and self.exception is False:
            return True

    def __lt__(self, other):
        try:
            return self.seconds < other.seconds
        except AttributeError:
            return self.seconds < other


_NONE = object()


def with_timeout(seconds, function, *args, **kwds):
    """Calls `function(*args, **kwds)`, raising Timeout if it takes longer
    than `seconds`; with a `timeout_value` keyword, returns that instead."""
    timeout_value = kwds.pop("timeout_value", _NONE)
    timeout = Timeout.start_new(seconds, _one_shot=True)
    try:
        try:
            return function(*args, **kwds)
        except Timeout as ex:
            if ex is timeout and timeout_value is not _NONE:
                return timeout_value
            raise
    finally:
        timeout.cancel()
