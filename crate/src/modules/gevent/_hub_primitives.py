"""Waiting on several objects at once (gevent.wait, gevent.iwait), and on
sockets (wait_read, wait_write), as gevent/_hub_primitives.py has them.

An object can be waited on when it has rawlink(callback) and
unlink(callback): Greenlets, Events, AsyncResults, Semaphores.
"""

from gevent._hub_local import get_hub
from gevent.hub import MultipleWaiter
from gevent._loop import READ, WRITE
from gevent.exceptions import ConcurrentObjectUseError


class _WaitIterator:
    """Yields the objects as they become ready, first ready first; stops
    after `count` of them, or when `timeout` seconds have passed."""

    def __init__(self, objects, hub, timeout, count):
        self._hub = hub
        self._waiter = MultipleWaiter(hub)
        self._switch = self._waiter.switch
        self._timeout = timeout
        self._objects = objects
        self._timer = None
        self._begun = False
        self._count = len(objects) if count is None else min(count, len(objects))
        self._waiting_for = 'wait for %d objects' % (len(objects),)

    def _begin(self):
        self._begun = True
        for obj in self._objects:
            obj.rawlink(self._switch)
        if self._timeout is not None:
            self._timer = self._hub.loop.timer(self._timeout)
            self._timer.start(self._switch, self)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._begun:
            self._begin()
        if self._count == 0:
            self._cleanup()
            raise StopIteration()
        self._count -= 1
        try:
            item = self._waiter.get(self._waiting_for)
            self._waiter.clear()
            if item is self:
                self._cleanup()
                raise StopIteration()
            return item
        except:
            self._cleanup()
            raise

    def _cleanup(self):
        if self._timer is not None:
            self._timer.close()
            self._timer = None
        objects = self._objects
        self._objects = ()
        for obj in objects:
            obj.unlink(self._switch)


def iwait(objects, timeout=None, count=None):
    """Iterates over `objects` as they become ready (see _WaitIterator)."""
    hub = get_hub()
    if objects is None:
        return iter([hub.join(timeout=timeout)])
    return _WaitIterator(objects, hub, timeout, count)


def wait(objects=None, timeout=None, count=None):
    """The list of `objects` that became ready within `timeout` (at most
    `count` of them). With no objects, runs the loop until it has nothing
    left to do and returns True (False on timeout)."""
    if objects is None:
        return get_hub().join(timeout=timeout)
    return list(iwait(objects, timeout, count))


def wait_on_watcher(watcher, timeout=None, timeout_exc=None, hub=None, waiting_for=None):
    """Waits until `watcher` fires; raises `timeout_exc` after `timeout`
    seconds. The trace says the greenlet waits for `waiting_for` (by
    default what the watcher says)."""
    from gevent.timeout import Timeout
    hub = get_hub() if hub is None else hub
    t = Timeout._start_new_or_dummy(timeout, timeout_exc)
    try:
        hub.wait(watcher, waiting_for)
    finally:
        t.cancel()


def _wait_fd(fd, events, timeout, timeout_exc):
    watcher = get_hub().loop.io(fd, events)
    wait_on_watcher(watcher, timeout, timeout_exc)


def wait_read(fd, timeout=None, timeout_exc=None):
    """Waits until `fd` is readable."""
    _wait_fd(fd, READ, timeout, timeout_exc)


def wait_write(fd, timeout=None, timeout_exc=None):
    """Waits until `fd` is writable."""
    _wait_fd(fd, WRITE, timeout, timeout_exc)


def wait_readwrite(fd, timeout=None, timeout_exc=None):
    """Waits until `fd` is readable or writable."""
    _wait_fd(fd, READ | WRITE, timeout, timeout_exc)


__all__ = ['wait', 'iwait', 'wait_read', 'wait_write', 'wait_readwrite',
           'wait_on_watcher', 'ConcurrentObjectUseError']
