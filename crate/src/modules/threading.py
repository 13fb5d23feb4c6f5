"""Thread module emulating a subset of Java's threading model.

pyconc's threading, written as CPython's Lib/threading.py is: in Python, on
top of _thread (threads and the kernel lock). Every blocking call below ends
in _thread's lock.acquire or join_thread, which park the thread in the
simulated kernel.
"""

import _thread
import sys as _sys

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
# pyconc's kernel-thread calls, named here so that monkey patching (gevent's
# patch_thread) can route them to greenlets as it does _start_new_thread.
_join_thread = _thread.join_thread
_thread_is_alive = _thread.is_alive
_set_thread_name = _thread.set_name
_set_lock_name = _thread.set_lock_name

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'local', 'excepthook', 'get_native_id']

Lock = _allocate_lock


def _deprecated(old, new):
    import warnings
    warnings.warn("%s() is deprecated, %s" % (old, new), DeprecationWarning, stacklevel=3)


class _RLock:
    """A reentrant lock: the owner may acquire it again; it is released
    when released as many times as acquired."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        # As CPython's C RLock (threading.RLock is _thread.RLock there): an
        # unowned lock shows owner=0.
        cls = self.__class__
        name = "_thread.RLock" if cls is _RLock else "%s.%s" % (cls.__module__, cls.__qualname__)
        return "<%s %s object owner=%d count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            name, self._owner or 0, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()


def RLock(*args, **kwargs):
    """A reentrant lock."""
    return _RLock(*args, **kwargs)


class Condition:
    """A condition variable: wait() releases the lock until notified."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []
        self._name = "Condition.wait"

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        _set_lock_name(waiter, self._name)
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                pass
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated("notifyAll", "use notify_all() instead")
        self.notify_all()


def _time():
    import time
    return time.monotonic()


class Semaphore:
    """A counter of permits: acquire() takes one, waiting while none is left."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._cond._name = "Semaphore.acquire"
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%d>" % (cls.__module__, cls.__qualname__, hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._cond._name = "Event.wait"
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__, hex(id(self)), status)

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated("isSet", "use is_set() instead")
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._cond._name = "Barrier.wait"
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


_active = {}
_limbo = {}


class Thread:
    """A thread of control: override run() or pass a target."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started_lock = _allocate_lock()
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped or (self._started and not _thread_is_alive(self._ident)):
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started_lock.acquire()
        self._started = True
        _limbo[id(self)] = self
        self._ident = _start_new_thread(self._bootstrap, (), name=self._name, daemon=self._daemonic)
        self._native_id = self._ident
        # As CPython: start() returns once the new thread is running.
        self._started_lock.acquire()
        self._started_lock.release()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            _active[self._ident] = self
            del _limbo[id(self)]
            self._started_lock.release()
            try:
                self.run()
            except SystemExit:
                pass
            except BaseException as exc:
                excepthook(_ExceptHookArgs(exc, self))
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None:
            timeout = max(timeout, 0)
        _join_thread(self._ident, timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)
        if self._ident is not None:
            _set_thread_name(self._ident, self._name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        if self._is_stopped or not self._started:
            return False
        return _thread_is_alive(self._ident)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated("isDaemon", "get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated("setDaemon", "set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _deprecated("getName", "get the name attribute instead")
        return self.name

    def setName(self, name):
        _deprecated("setName", "set the name attribute instead")
        self.name = name


class _ExceptHookArgs:
    def __init__(self, exc, thread):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = None
        self.thread = thread


def excepthook(args):
    """Prints an exception raised by Thread.run(), as CPython does."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _sys.stderr.write("Exception in thread %s:\n" % name)
    _sys.stderr.write(_thread.format_exception(args.exc_value))


class Timer(Thread):
    """Calls a function after `interval` seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = self._ident
        _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped


class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        self._native_id = self._ident
        _active[self._ident] = self

    def is_alive(self):
        return True


def current_thread():
    """The Thread object of the caller's thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated("currentThread", "use current_thread() instead")
    return current_thread()


def active_count():
    """The number of Thread objects alive."""
    return len(_active) + len(_limbo)


def activeCount():
    _deprecated("activeCount", "use active_count() instead")
    return active_count()


def enumerate():
    """The Thread objects alive: the main thread and those started, not yet ended."""
    return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main Thread object."""
    return _main_thread


class local:
    """Attributes that are separate for each thread."""

    def __init__(self, *args, **kw):
        object.__setattr__(self, '_local__data', {})

    def _local__mine(self):
        data = self.__dict__['_local__data']
        ident = get_ident()
        if ident not in data:
            data[ident] = {}
        return data[ident]

    def __getattr__(self, name):
        mine = self._local__mine()
        if name in mine:
            return mine[name]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        self._local__mine()[name] = value

    def __delattr__(self, name):
        mine = self._local__mine()
        if name not in mine:
            raise AttributeError(name)
        del mine[name]


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register a callable to run when the main thread ends, before the
    interpreter joins the other non-daemon threads (as concurrent.futures
    uses it to stop its workers)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _run_threading_atexits():
    # Called by the machine when the main thread has finished.
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    _threading_atexits.clear()


_main_thread = _MainThread()
