"""Queues for greenlets, as gevent/queue.py has them: the stdlib's API
(Queue, LifoQueue, PriorityQueue, JoinableQueue; Empty and Full are the
stdlib's), waiting in the hub instead of on a lock.

Greenlets waiting to get and to put stand in two lines; whenever an item
or a free place appears, the hub hands it to the first in line.
"""

import heapq
import sys
from collections import deque
from queue import Empty, Full

from gevent._hub_local import get_hub
from gevent.hub import Waiter
from gevent.timeout import Timeout
from gevent.event import Event
from gevent.exceptions import InvalidSwitchError

__all__ = ['Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue', 'JoinableQueue',
           'Empty', 'Full']


class ItemWaiter(Waiter):
    """A putter waiting in line, holding its item."""

    def __init__(self, item, queue):
        Waiter.__init__(self, queue.hub)
        self.item = item
        self.queue = queue


class Queue:
    """A FIFO queue of at most `maxsize` items (None: unbounded), filled
    first from `items`."""

    def __init__(self, maxsize=None, items=()):
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize
        self.hub = get_hub()
        self.getters = deque()
        self.putters = deque()
        self._event_unlock = None
        self.queue = self._create_queue(items)

    @property
    def maxsize(self):
        """The most items it holds; None when unbounded."""
        return self._maxsize

    def copy(self):
        """A new queue of the same size holding the same items."""
        return type(self)(self.maxsize, self.queue)

    def _create_queue(self, items=()):
        return deque(items)

    def _get(self):
        return self.queue.popleft()

    def _peek(self):
        return self.queue[0]

    def _put(self, item):
        self.queue.append(item)

    def __repr__(self):
        return '<%s at %s%s>' % (type(self).__name__, hex(id(self)), self._format())

    def __str__(self):
        return '<%s%s>' % (type(self).__name__, self._format())

    def _format(self):
        result = []
        if self.maxsize is not None:
            result.append('maxsize=%r' % (self.maxsize,))
        if getattr(self, 'queue', None):
            result.append('queue=%r' % (self.queue,))
        if self.getters:
            result.append('getters[%s]' % len(self.getters))
        if self.putters:
            result.append('putters[%s]' % len(self.putters))
        if result:
            return ' ' + ' '.join(result)
        return ''

    def qsize(self):
        """How many items it holds."""
        return len(self.queue)

    def __len__(self):
        return self.qsize()

    def __bool__(self):
        return True

    def empty(self):
        """Whether it holds no item."""
        return not self.qsize()

    def full(self):
        """Whether it holds maxsize items."""
        return self._maxsize is not None and self.qsize() >= self._maxsize

    def put(self, item, block=True, timeout=None):
        """Appends `item`; when full, waits for room (raising Full after
        `timeout`, or at once without `block`)."""
        if self._maxsize is None or self.qsize() < self._maxsize:
            self._put(item)
            if self.getters:
                self._schedule_unlock()
            return
        if not block:
            raise Full
        waiter = ItemWaiter(item, self)
        self.putters.append(waiter)
        timeout = Timeout._start_new_or_dummy(timeout, Full)
        try:
            if self.getters:
                self._schedule_unlock()
            result = waiter.get(type(self).__name__ + '.put')
            if result is not waiter:
                raise InvalidSwitchError("Invalid switch into Queue.put: %r" % (result,))
        finally:
            timeout.cancel()
            _safe_remove(self.putters, waiter)

    def put_nowait(self, item):
        """put(item, False)."""
        self.put(item, False)

    def _get_or_peek(self, method, block, timeout):
        if not block:
            raise Empty()
        waiter = Waiter(self.hub)
        timeout = Timeout._start_new_or_dummy(timeout, Empty)
        try:
            self.getters.append(waiter)
            if self.putters:
                self._schedule_unlock()
            result = waiter.get('%s.%s' % (type(self).__name__, method.__name__.lstrip('_')))
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into Queue.get: %r' % (result,))
            return method()
        finally:
            timeout.cancel()
            _safe_remove(self.getters, waiter)

    def get(self, block=True, timeout=None):
        """Removes and returns the first item; when empty, waits for one
        (raising Empty after `timeout`, or at once without `block`)."""
        if self.qsize():
            if self.putters:
                self._schedule_unlock()
            return self._get()
        return self._get_or_peek(self._get, block, timeout)

    def get_nowait(self):
        """get(False)."""
        return self.get(False)

    def peek(self, block=True, timeout=None):
        """The first item, left in place; waits for one as get does."""
        if self.qsize():
            return self._peek()
        return self._get_or_peek(self._peek, block, timeout)

    def peek_nowait(self):
        """peek(False)."""
        return self.peek(False)

    def _unlock(self):
        self._event_unlock = None
        while True:
            repeat = False
            if self.putters and (self._maxsize is None or self.qsize() < self._maxsize):
                repeat = True
                putter = self.putters.popleft()
                try:
                    self._put(putter.item)
                except:
                    putter.throw(*sys.exc_info())
                else:
                    putter.switch(putter)
            if self.getters and self.qsize():
                repeat = True
                getter = self.getters.popleft()
                getter.switch(getter)
            if not repeat:
                return

    def _schedule_unlock(self):
        if not self._event_unlock:
            self._event_unlock = self.hub.loop.run_callback(self._unlock)

    def __iter__(self):
        return self

    def __next__(self):
        result = self.get()
        if result is StopIteration:
            raise result
        return result


SimpleQueue = Queue


class LifoQueue(Queue):
    """A queue that gives the newest item first."""

    def _create_queue(self, items=()):
        return list(items)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class PriorityQueue(Queue):
    """A queue that gives the smallest item first (heapq)."""

    def _create_queue(self, items=()):
        q = list(items)
        heapq.heapify(q)
        return q

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)

    def _peek(self):
        return self.queue[0]


class JoinableQueue(Queue):
    """A Queue that counts unfinished tasks: task_done() marks one done,
    join() waits until all are."""

    def __init__(self, maxsize=None, items=(), unfinished_tasks=None):
        Queue.__init__(self, maxsize, items)
        self._cond = Event()
        self._cond.set()
        if unfinished_tasks:
            self.unfinished_tasks = unfinished_tasks
        elif items:
            self.unfinished_tasks = len(items)
        else:
            self.unfinished_tasks = 0
        if self.unfinished_tasks:
            self._cond.clear()

    def copy(self):
        return type(self)(self.maxsize, self.queue, self.unfinished_tasks)

    def _format(self):
        result = Queue._format(self)
        if self.unfinished_tasks:
            result += ' tasks=%s _cond=%s' % (self.unfinished_tasks, self._cond)
        return result

    def _put(self, item):
        Queue._put(self, item)
        self.unfinished_tasks += 1
        self._cond.clear()

    def task_done(self):
        """Marks one task got earlier as done; ValueError if none is
        unfinished."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self._cond.set()

    def join(self, timeout=None):
        """Waits until every item put has been marked done (True), or
        `timeout` passes (False)."""
        return self._cond.wait(timeout=timeout)


def _safe_remove(deq, item):
    try:
        deq.remove(item)
    except ValueError:
        pass
