"""Groups and pools of greenlets, as gevent/pool.py has them: a Group
tracks the greenlets it spawned; a Pool of `size` also limits how many run
at once, so spawn waits while it is full.
"""

from heapq import heappush, heappop

from greenlet import getcurrent, GreenletExit

from gevent.greenlet import Greenlet, joinall
from gevent.hub import kill as _kill
from gevent.event import Event
from gevent.lock import Semaphore, DummySemaphore
from gevent.queue import Queue, Full as QueueFull
from gevent.timeout import Timeout

__all__ = ['Group', 'Pool', 'PoolFull']


class Failure:
    """An exception travelling through an IMap's result queue."""

    def __init__(self, exc, raise_exception=None):
        self.exc = exc
        self._raise_exception = raise_exception

    def raise_exc(self):
        if self._raise_exception:
            self._raise_exception()
        raise self.exc


class IMapUnordered(Greenlet):
    """The greenlet behind imap_unordered: spawns `func(item)` in the pool
    for each item (waiting while the pool is full) and yields the results
    as they come."""

    _zipped = False

    def __init__(self, func, iterable, spawn, maxsize=None, _zipped=False):
        Greenlet.__init__(self)
        self.spawn = spawn
        self._zipped = _zipped
        self.func = func
        self.iterable = iterable
        self.queue = Queue()
        self._result_semaphore = Semaphore(maxsize) if maxsize else DummySemaphore()
        self.count = 0
        self.finished = False
        self._max_index = -1

    def __iter__(self):
        return self

    def __next__(self):
        self._result_semaphore.release()
        value = self._inext()
        if isinstance(value, Failure):
            value.raise_exc()
        return value

    def _inext(self):
        return self.queue.get()

    def _ispawn(self, func, item, item_index):
        self._result_semaphore.acquire()
        self.count += 1
        g = self.spawn(func, *item) if self._zipped else self.spawn(func, item)
        g.rawlink(lambda glet: self._on_result(glet, item_index))
        return g

    def _run(self):
        try:
            func = self.func
            for item in self.iterable:
                self._max_index += 1
                self._ispawn(func, item, self._max_index)
            self._on_finish(None)
        except BaseException as e:
            self._on_finish(e)
            raise
        finally:
            self.spawn = None
            self.func = None
            self.iterable = None

    def _on_result(self, greenlet, index):
        self.count -= 1
        if greenlet.successful():
            self.queue.put(self._iqueue_value_for_success(greenlet, index))
        else:
            self.queue.put(self._iqueue_value_for_failure(greenlet, index))
        if self.ready() and self.count <= 0 and not self.finished:
            self.queue.put(self._iqueue_value_for_self_finished())
            self.finished = True

    def _on_finish(self, exception):
        if self.finished:
            return
        if exception is not None:
            self.finished = True
            self.queue.put(self._iqueue_value_for_self_failure(exception))
            return
        if self.count <= 0:
            self.finished = True
            self.queue.put(self._iqueue_value_for_self_finished())

    def _iqueue_value_for_success(self, greenlet, index):
        return greenlet.value

    def _iqueue_value_for_failure(self, greenlet, index):
        return Failure(greenlet.exception, getattr(greenlet, '_raise_exception'))

    def _iqueue_value_for_self_finished(self):
        return Failure(StopIteration())

    def _iqueue_value_for_self_failure(self, exception):
        return Failure(exception, self._raise_exception)


class IMap(IMapUnordered):
    """The greenlet behind imap: IMapUnordered, yielding the results in
    the order of the items."""

    def __init__(self, *args, **kwargs):
        self._results = []
        self.index = 0
        IMapUnordered.__init__(self, *args, **kwargs)

    def _inext(self):
        while True:
            if self._results and self._results[0][0] == self.index:
                _, value = heappop(self._results)
                self.index += 1
                return value
            index, value = self.queue.get()
            if index == self.index:
                self.index += 1
                return value
            heappush(self._results, (index, value))

    def _iqueue_value_for_success(self, greenlet, index):
        return (index, IMapUnordered._iqueue_value_for_success(self, greenlet, index))

    def _iqueue_value_for_failure(self, greenlet, index):
        return (index, IMapUnordered._iqueue_value_for_failure(self, greenlet, index))

    def _iqueue_value_for_self_finished(self):
        return (self._max_index + 1, IMapUnordered._iqueue_value_for_self_finished(self))

    def _iqueue_value_for_self_failure(self, exception):
        return (self._max_index + 1, IMapUnordered._iqueue_value_for_self_failure(self, exception))


class pass_value:
    """A link that calls `callback(value)` if the greenlet succeeded."""

    def __init__(self, callback):
        self.callback = callback

    def __call__(self, source):
        if source.successful():
            self.callback(source.value)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)


class Group:
    """The greenlets it spawned or was given, until each finishes: join
    waits for all, kill kills all; map and friends spread work over them."""

    greenlet_class = Greenlet

    def __init__(self, *args):
        self.greenlets = set(*args)
        if args:
            for g in args[0]:
                g.rawlink(self._discard)
        self.dying = set()
        self._empty_event = Event()
        self._empty_event.set()
        if self.greenlets:
            self._empty_event.clear()

    def __repr__(self):
        return '<%s at 0x%x %s>' % (self.__class__.__name__, id(self), self.greenlets)

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(self.greenlets)

    def add(self, greenlet):
        """Tracks `greenlet` until it finishes."""
        greenlet.rawlink(self._discard)
        self.greenlets.add(greenlet)
        self._empty_event.clear()

    def _discard(self, greenlet):
        self.greenlets.discard(greenlet)
        self.dying.discard(greenlet)
        if not self.greenlets:
            self._empty_event.set()

    def discard(self, greenlet):
        """Stops tracking `greenlet`."""
        self._discard(greenlet)
        greenlet.unlink(self._discard)

    def start(self, greenlet):
        """Adds and starts `greenlet`."""
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        """A new greenlet_class(*args, **kwargs), added and started."""
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def join(self, timeout=None, raise_error=False):
        """Waits until every greenlet has finished (True) or `timeout`
        passes (False); with raise_error, raises the first exception one
        died of."""
        if raise_error:
            greenlets = list(self.greenlets)
            self._empty_event.wait(timeout=timeout)
            for greenlet in greenlets:
                if greenlet.exception is not None:
                    greenlet._raise_exception()
            return self.empty()
        return self._empty_event.wait(timeout=timeout)

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Kills every greenlet; with `block`, waits until all are dead."""
        timer = Timeout._start_new_or_dummy(timeout)
        try:
            while self.greenlets:
                for greenlet in list(self.greenlets):
                    if greenlet in self.dying:
                        continue
                    kill = getattr(greenlet, 'kill', None)
                    if kill is None:
                        _kill(greenlet, exception)
                    else:
                        kill(exception, block=False)
                    self.dying.add(greenlet)
                if not block:
                    break
                joinall(self.greenlets)
        except Timeout as ex:
            if ex is not timer:
                raise
        finally:
            timer.cancel()

    def killone(self, greenlet, exception=GreenletExit, block=True, timeout=None):
        """Kills one of its greenlets."""
        if greenlet not in self.dying and greenlet in self.greenlets:
            greenlet.kill(exception, block=False)
            self.dying.add(greenlet)
            if block:
                greenlet.join(timeout)

    def full(self):
        """Whether spawn would wait: never, for a Group."""
        return False

    def empty(self):
        """Whether it tracks no greenlet."""
        return not self.greenlets

    def wait_available(self, timeout=None):
        """Waits until spawn would not wait: at once, for a Group."""

    def _apply_immediately(self):
        return getcurrent() in self

    def apply(self, func, args=None, kwds=None):
        """func(*args, **kwds) in a greenlet of the group; returns its
        result (runs it directly when called from one of its greenlets)."""
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_immediately():
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def _apply_async_use_greenlet(self):
        return self.full()

    def apply_cb(self, func, args=None, kwds=None, callback=None):
        """apply(), then callback(result) in a new greenlet."""
        result = self.apply(func, args, kwds)
        if callback is not None:
            Greenlet.spawn(callback, result)
        return result

    def apply_async(self, func, args=None, kwds=None, callback=None):
        """func(*args, **kwds) in a greenlet of the group, returned at once
        (the caller never waits: when the pool is full, a greenlet outside
        it waits instead); `callback(result)` on success."""
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_async_use_greenlet():
            return Greenlet.spawn(self.apply_cb, func, args, kwds, callback)
        greenlet = self.spawn(func, *args, **kwds)
        if callback is not None:
            greenlet.link(pass_value(callback))
        return greenlet

    def map(self, func, iterable):
        """[func(item) for item in iterable], computed in the group's
        greenlets."""
        if self._apply_immediately():
            return [func(item) for item in iterable]
        return list(self.imap(func, iterable))

    def map_cb(self, func, iterable, callback=None):
        """map(), then callback(result)."""
        result = self.map(func, iterable)
        if callback is not None:
            callback(result)
        return result

    def map_async(self, func, iterable, callback=None):
        """map() in a greenlet of its own, returned at once."""
        return Greenlet.spawn(self.map_cb, func, iterable, callback)

    def _imap(self, cls, func, iterables, maxsize):
        if len(iterables) == 1:
            return cls.spawn(func, iterables[0], spawn=self.spawn, maxsize=maxsize)
        return cls.spawn(func, zip(*iterables), spawn=self.spawn, maxsize=maxsize, _zipped=True)

    def imap(self, func, *iterables, maxsize=None):
        """An iterator over func(item) for the items, in their order,
        computed in the group's greenlets."""
        return self._imap(IMap, func, iterables, maxsize)

    def imap_unordered(self, func, *iterables, maxsize=None):
        """imap(), yielding the results as they come."""
        return self._imap(IMapUnordered, func, iterables, maxsize)


class PoolFull(QueueFull):
    """Raised by Pool.add when the pool stays full."""


class Pool(Group):
    """A Group of at most `size` greenlets at once (None: no limit)."""

    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError('size must not be negative: %r' % (size,))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        self._semaphore = DummySemaphore() if size is None else Semaphore(size)

    def wait_available(self, timeout=None):
        """Waits until a place is free; returns how many are."""
        return self._semaphore.wait(timeout=timeout)

    def full(self):
        """Whether spawn would wait."""
        return self.free_count() <= 0

    def free_count(self):
        """How many more greenlets it takes before it is full."""
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def start(self, greenlet, blocking=True, timeout=None):
        """Adds (waiting for a free place) and starts `greenlet`."""
        self.add(greenlet, blocking, timeout)
        greenlet.start()

    def add(self, greenlet, blocking=True, timeout=None):
        """Tracks `greenlet`, waiting for a free place (PoolFull when none
        frees in `timeout`, or at once without `blocking`)."""
        if not self._semaphore.acquire(blocking=blocking, timeout=timeout):
            raise PoolFull()
        try:
            Group.add(self, greenlet)
        except:
            self._semaphore.release()
            raise

    def _discard(self, greenlet):
        Group._discard(self, greenlet)
        self._semaphore.release()
