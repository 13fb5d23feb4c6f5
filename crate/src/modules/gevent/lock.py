"""Locks for greenlets, as gevent/lock.py and gevent/_semaphore.py have
them: a Semaphore counts permits, the others are built on it."""

from greenlet import getcurrent

from gevent._abstract_linkable import AbstractLinkable
from gevent.timeout import Timeout

__all__ = ['Semaphore', 'BoundedSemaphore', 'DummySemaphore', 'RLock']


class Semaphore(AbstractLinkable):
    """A counter of permits: acquire() takes one, waiting while none is
    left; release() gives one back and wakes a waiter."""

    _notify_all = False

    def __init__(self, value=1, hub=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        AbstractLinkable.__init__(self, hub)
        self.counter = value

    def __str__(self):
        return '<%s counter=%s _links[%s]>' % (self.__class__.__name__, self.counter, self.linkcount())

    def locked(self):
        """Whether acquire() would wait."""
        return self.counter <= 0

    def ready(self):
        """Whether a permit is free."""
        return self.counter > 0

    def release(self):
        """Gives a permit back; returns the count."""
        self.counter += 1
        self._check_and_notify()
        return self.counter

    def _wait_return_value(self, waited, wait_success):
        return self.counter

    def wait(self, timeout=None):
        """Waits until a permit is free, without taking it; returns the
        count."""
        return self._wait(timeout)

    def acquire(self, blocking=True, timeout=None):
        """Takes a permit (True), waiting for one while `blocking`, at
        most `timeout` seconds (then False)."""
        if self.counter > 0:
            self.counter -= 1
            return True
        if not blocking:
            return False
        while self.counter <= 0:
            if not self._wait_core(timeout, waiting_for=type(self).__name__ + '.acquire'):
                return False
        self.counter -= 1
        return True

    def __enter__(self):
        self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses (ValueError) to be released more times than
    it was acquired."""

    _OVER_RELEASE_ERROR = ValueError

    def __init__(self, *args, **kwargs):
        Semaphore.__init__(self, *args, **kwargs)
        self._initial_value = self.counter

    def release(self):
        """Gives a permit back; ValueError if none was taken."""
        if self.counter >= self._initial_value:
            raise self._OVER_RELEASE_ERROR("Semaphore released too many times")
        return Semaphore.release(self)


class DummySemaphore:
    """A semaphore that never waits: what an unbounded Pool uses."""

    def __init__(self, value=None):
        self.value = value

    def __str__(self):
        return '<%s>' % self.__class__.__name__

    def locked(self):
        return False

    def ready(self):
        return True

    def release(self):
        pass

    def rawlink(self, callback):
        pass

    def unlink(self, callback):
        pass

    def wait(self, timeout=None):
        return 1

    def acquire(self, blocking=True, timeout=None):
        return True

    def __enter__(self):
        pass

    def __exit__(self, typ, val, tb):
        pass


class RLock:
    """A lock its owner greenlet may acquire again; released when released
    as many times."""

    def __init__(self, hub=None):
        self._block = Semaphore(1, hub)
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s at 0x%x _block=%s _count=%r _owner=%r)>" % (
            self.__class__.__name__, id(self), self._block, self._count, self._owner)

    def acquire(self, blocking=True, timeout=None):
        """Takes the lock, or counts one more acquisition by its owner."""
        me = getcurrent()
        if self._owner is me:
            self._count = self._count + 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self):
        """Undoes one acquisition; frees the lock at the last."""
        if self._owner is not getcurrent():
            raise RuntimeError("cannot release un-acquired lock. Owner: %r Current: %r" % (
                self._owner, getcurrent()))
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, typ, value, tb):
        self.release()

    def locked(self):
        """Whether some greenlet holds it."""
        return self._block.locked()

    def _acquire_restore(self, count_owner):
        count, owner = count_owner
        self._block.acquire()
        self._count = count
        self._owner = owner

    def _release_save(self):
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner is getcurrent()
