"""Event and AsyncResult: one greenlet waits, another sets, as
gevent/event.py has them."""

from gevent._abstract_linkable import AbstractLinkable
from gevent.timeout import Timeout

__all__ = ['Event', 'AsyncResult']


class Event(AbstractLinkable):
    """A flag: wait() parks greenlets until set() raises it; clear()
    lowers it again."""

    def __init__(self):
        AbstractLinkable.__init__(self)
        self._flag = False

    def __str__(self):
        return '<%s %s _links[%s]>' % (self.__class__.__name__, 'set' if self._flag else 'clear', self.linkcount())

    def is_set(self):
        """Whether the flag is raised."""
        return self._flag

    isSet = is_set
    ready = is_set

    def set(self):
        """Raises the flag and wakes every waiter."""
        self._flag = True
        self._check_and_notify()

    def clear(self):
        """Lowers the flag."""
        self._flag = False

    def _wait_return_value(self, waited, wait_success):
        if not waited:
            return self._flag
        return wait_success

    def wait(self, timeout=None):
        """Waits until the flag is raised (True) or `timeout` passes
        (False)."""
        return self._wait(timeout)


class AsyncResult(AbstractLinkable):
    """A value (or an exception) that one greenlet sets and others get,
    waiting until it is there."""

    def __init__(self):
        AbstractLinkable.__init__(self)
        self._value = _NONE
        self._exc_info = ()

    @property
    def value(self):
        """The value set, or None."""
        return self._value if self._value is not _NONE else None

    @property
    def exc_info(self):
        """(type, value, traceback) of the exception set, or ()."""
        return self._exc_info

    @property
    def exception(self):
        """The exception set, or None."""
        if self._exc_info:
            return self._exc_info[1]

    def __str__(self):
        result = '<%s ' % (self.__class__.__name__,)
        if self.value is not None or self._exception is not _NONE:
            result += 'value=%r ' % self.value
        if self._exception is not None and self._exception is not _NONE:
            result += 'exception=%r ' % self._exception
        if self._exception is _NONE:
            result += 'unset '
        return result + ' _links[%s]>' % self.linkcount()

    @property
    def _exception(self):
        if self._exc_info:
            return self._exc_info[1]
        return None if self._value is not _NONE else _NONE

    def ready(self):
        """Whether a value or an exception was set."""
        return self._exception is not _NONE

    def successful(self):
        """Whether a value (not an exception) was set."""
        return self._exception is None

    def set(self, value=None):
        """Sets the value and wakes every waiter."""
        self._value = value
        self._check_and_notify()

    def set_exception(self, exception, exc_info=None):
        """Sets an exception that get() raises, and wakes every waiter."""
        if exc_info:
            self._exc_info = (exc_info[0], exc_info[1], exc_info[2])
        else:
            self._exc_info = (type(exception), exception, None)
        self._check_and_notify()

    def _raise_exception(self):
        raise self._exc_info[1]

    def get(self, block=True, timeout=None):
        """The value, or raises the exception; waits for one (raising
        Timeout after `timeout`, or at once without `block`)."""
        if self._value is not _NONE:
            return self._value
        if self._exc_info:
            return self._raise_exception()
        if not block:
            raise Timeout()
        self._wait_core(timeout, (), type(self).__name__ + '.get')
        return self.get(block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def _wait_return_value(self, waited, wait_success):
        if self.ready():
            return self.value
        return None

    def wait(self, timeout=None):
        """Waits until set (or `timeout`); returns the value (None when
        not set or set to an exception)."""
        return self._wait(timeout)

    def __call__(self, source):
        if source.successful():
            self.set(source.value)
        else:
            self.set_exception(source.exception, getattr(source, 'exc_info', None))

    def result(self, timeout=None):
        """get(timeout=timeout), as concurrent.futures names it."""
        return self.get(timeout=timeout)

    set_result = set

    def done(self):
        """ready(), as concurrent.futures names it."""
        return self.ready()


class _NoneType:
    def __repr__(self):
        return '<default value>'


_NONE = _NoneType()
