"""Executors and futures, as CPython's concurrent.futures: a Future is a
result that arrives later; ThreadPoolExecutor runs calls on worker
threads it starts as needed, ProcessPoolExecutor on worker processes."""

import os
import threading
import queue

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor']


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                import sys, _thread
                sys.stderr.write('exception calling callback for %r\n' % self)
                sys.stderr.write(_thread.format_exception(exc))

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %s state=%s raised %s>' % (
                        self.__class__.__name__, hex(id(self)), self._state.lower(),
                        self._exception.__class__.__name__)
                return '<%s at %s state=%s returned %s>' % (
                    self.__class__.__name__, hex(id(self)), self._state.lower(),
                    self._result.__class__.__name__)
            return '<%s at %s state=%s>' % (self.__class__.__name__, hex(id(self)), self._state.lower())

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            import sys, _thread
            sys.stderr.write('exception calling callback for %r\n' % self)
            sys.stderr.write(_thread.format_exception(exc))

    def result(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class _Waiter:
    def __init__(self, return_when, pending):
        self.event = threading.Event()
        self.finished_futures = []
        self.return_when = return_when
        self.pending = pending

    def _done(self, future):
        self.finished_futures.append(future)
        self.pending -= 1
        if self.return_when == FIRST_COMPLETED or self.pending == 0 or self.return_when == 'AS_COMPLETED':
            self.event.set()
        elif self.return_when == FIRST_EXCEPTION and future._exception is not None:
            self.event.set()

    def add_result(self, future):
        self._done(future)

    def add_exception(self, future):
        self._done(future)

    def add_cancelled(self, future):
        self._done(future)


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes."""
    import time
    end_time = None if timeout is None else time.monotonic() + timeout
    fs = list(dict.fromkeys(fs))
    finished = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    for f in finished:
        yield f
    while pending:
        waiter = _Waiter('AS_COMPLETED', len(pending))
        for f in pending:
            with f._condition:
                if f.done():
                    waiter.finished_futures.append(f)
                    waiter.event.set()
                else:
                    f._waiters.append(waiter)
        wait_timeout = None if end_time is None else end_time - time.monotonic()
        if wait_timeout is not None and wait_timeout < 0:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
        if not waiter.event.wait(wait_timeout):
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
        for f in pending:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)
        done_now = [f for f in pending if f.done()]
        for f in done_now:
            pending.remove(f)
            yield f


class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self.done, self.not_done)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures to complete: returns (done, not_done) sets."""
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(f._exception is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    waiter = _Waiter(return_when, len(not_done))
    for f in not_done:
        f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    """The base of executors: submit, map, shutdown, with."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        import time
        end_time = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        work_queue.put(None)
        return


_counter = [0]
_threads_queues = {}


def _python_exit():
    # As CPython's: at exit, idle workers are told to stop and joined.
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class ThreadPoolExecutor(Executor):
    """An executor running calls on a pool of at most max_workers threads."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._thread_list = []
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        n = _counter[0]
        _counter[0] += 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % n)
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._thread_list)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=thread_name, target=self._run_worker)
            t.start()
            self._threads.add(t)
            self._thread_list.append(t)
            _threads_queues[t] = self._work_queue

    def _run_worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        _worker(self, self._work_queue)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._thread_list:
                t.join()


_open_process_executors = []


def _python_exit():
    # As concurrent.futures.process._python_exit: at interpreter exit an
    # executor never shut down still finishes the work submitted to it.
    while _open_process_executors:
        _open_process_executors[-1].shutdown(wait=True)


class ProcessPoolExecutor(Executor):
    """An executor running calls on a pool of worker processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._pool = None
        self._shutdown = False
        self._futures = []

    def _start(self):
        if self._pool is None:
            from multiprocessing.pool import Pool
            if not _open_process_executors:
                # Registered after multiprocessing's own exit function, so it
                # runs first (last in, first out), while the workers live.
                import atexit
                atexit.unregister(_python_exit)
                atexit.register(_python_exit)
            self._pool = Pool(self._max_workers, self._initializer, self._initargs)
            _open_process_executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        self._start()
        f = Future()
        f.set_running_or_notify_cancel()
        self._futures.append(f)
        self._pool.apply_async(fn, args, kwargs, callback=f.set_result, error_callback=f.set_exception)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if self in _open_process_executors:
            _open_process_executors.remove(self)
        if self._pool is not None:
            if wait:
                for f in self._futures:
                    if not f.done():
                        f.exception()
            self._pool.close()
            if wait:
                self._pool.join()
