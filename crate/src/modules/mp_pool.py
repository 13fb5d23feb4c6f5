"""Pools of worker processes, as CPython's multiprocessing.pool: tasks go
to the workers through a shared queue (copied as pickle copies them),
results come back through another, and a result-handler thread in the
parent completes the AsyncResults and runs their callbacks."""

import os
import threading
from multiprocessing import Process, SimpleQueue, TimeoutError

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult']

RUN = 0
CLOSE = 1
TERMINATE = 2

_job_counter = [0]


def _next_job():
    _job_counter[0] += 1
    return _job_counter[0]


def mapstar(args):
    # A comprehension, not map(): the function may block (sleep, locks).
    return [args[0](x) for x in args[1]]


def starmapstar(args):
    return [args[0](*a) for a in args[1]]


def worker(inqueue, outqueue, initializer=None, initargs=()):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, e)))


class ApplyResult:
    """The result of apply_async: get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = _next_job()
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    def __repr__(self):
        return "<multiprocessing.pool.ApplyResult object at %s>" % hex(id(self))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async: the chunks' results in order."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    """The iterator imap and imap_unordered return."""

    def __init__(self, pool, ordered):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = _next_job()
        self._cache = pool._cache
        self._items = []
        self._unsorted = {}
        self._index = 0
        self._length = None
        self._ordered = ordered
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration
                self._cond.wait(timeout)
                if not self._items and timeout is not None:
                    if self._index == self._length:
                        raise StopIteration
                    raise TimeoutError
            success, value = self._items.pop(0)
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if not self._ordered:
                self._items.append(obj)
                self._index += 1
            elif self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
            else:
                self._unsorted[i] = obj
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]


class Pool:
    """A pool of worker processes to which tasks can be submitted."""

    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._state = RUN
        self._cache = {}
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        self._pool = []
        for i in range(processes):
            w = self._make_worker(initializer, initargs)
            self._pool.append(w)
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    def _make_worker(self, initializer, initargs):
        w = Process(target=worker, args=(self._inqueue, self._outqueue, initializer, initargs))
        w.name = w.name.replace('Process', 'ForkPoolWorker')
        w.daemon = True
        w.start()
        return w

    def _handle_results(self):
        while True:
            task = self._outqueue.get()
            if task is None:
                return
            job, i, obj = task
            result = self._cache.get(job)
            if result is not None:
                result._set(i, obj)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, i, func, args, kwds):
        try:
            self._inqueue.put((result._job, i, func, args, kwds))
        except Exception as e:
            # CPython's task handler reports what cannot be pickled on the result.
            result._set(i, (False, e))

    def apply(self, func, args=(), kwds={}):
        """Equivalent of func(*args, **kwds)."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Asynchronous version of apply()."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result, 0, func, tuple(args), dict(kwds))
        return result

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(items) == 0:
            chunksize = 0
        return items, chunksize

    def _map_async(self, func, iterable, mapper, chunksize, callback, error_callback):
        self._check_running()
        items, chunksize = self._chunks(iterable, chunksize)
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        if chunksize:
            for i, start in enumerate(range(0, len(items), chunksize)):
                chunk = tuple(items[start:start + chunksize])
                self._submit(result, i, mapper, ((func, chunk),), {})
        return result

    def map(self, func, iterable, chunksize=None):
        """Apply func to each element in iterable, collecting the results in a list."""
        return self._map_async(func, iterable, mapstar, chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize, None, None).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        result = IMapIterator(self, ordered)
        n = 0
        for i, x in enumerate(iterable):
            self._submit(result, i, func, (x,), {})
            n += 1
        result._set_length(n)
        return result

    def imap(self, func, iterable, chunksize=1):
        """Like map(), but lazily: results in order as they arrive."""
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), in completion order."""
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        """No more tasks: the workers exit when the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            for w in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        """Stops the workers at once."""
        self._state = TERMINATE
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        self._outqueue.put(None)

    def join(self):
        """Waits for the workers to exit (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for w in self._pool:
            w.join()
        if self._result_handler.is_alive():
            self._outqueue.put(None)
            self._result_handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        state = ('RUN', 'CLOSE', 'TERMINATE')[self._state]
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (state, len(self._pool))


class ThreadPool(Pool):
    """A Pool of threads with the same interface."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        import queue
        if processes is None:
            processes = os.cpu_count() or 1
        self._processes = processes
        self._state = RUN
        self._cache = {}
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
        self._pool = []
        for i in range(processes):
            t = threading.Thread(target=worker, args=(self._inqueue, self._outqueue, initializer, initargs),
                                 daemon=True)
            t.start()
            self._pool.append(t)
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    def terminate(self):
        self._state = TERMINATE
        self._outqueue.put(None)

    @property
    def exitcode(self):
        return None
