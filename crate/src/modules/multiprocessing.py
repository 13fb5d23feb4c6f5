"""Process-based parallelism, as CPython's multiprocessing with the fork
start method: a Process is a forked child running _bootstrap; Lock, Queue,
Pipe, Value and Array are kernel objects shared between processes (named by
ids that fork keeps); what goes through a Queue or Pipe is copied, as pickle
copies it. Manager runs a server process; Pool runs worker processes."""

import os
import sys
import atexit
import threading
import _mp
import _thread

__all__ = ['Process', 'current_process', 'parent_process', 'active_children', 'cpu_count',
           'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier',
           'Queue', 'JoinableQueue', 'SimpleQueue', 'Pipe', 'Value', 'Array', 'Manager', 'Pool',
           'TimeoutError', 'ProcessError', 'AuthenticationError', 'BufferTooShort', 'get_start_method']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs of the machine."""
    return os.cpu_count()


def get_start_method(allow_none=False):
    return 'fork'


def set_start_method(method, force=False):
    if method != 'fork':
        raise ValueError("pyconc runs the fork start method only, not %r" % (method,))


def get_context(method=None):
    return sys.modules[__name__]


# -- processes ---------------------------------------------------------------

class _Counter:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return self.n


class AuthenticationString(bytes):
    """A process's authkey: bytes that refuse to be pickled (CPython's
    multiprocessing.process.AuthenticationString). bytes(str) raises
    "string argument without an encoding", as a str authkey does in CPython."""

    def __reduce__(self):
        raise TypeError('Pickling an AuthenticationString object is disallowed for security reasons')


def _new_authkey():
    """32 random bytes, from a generator of their own so that the program's
    `random` sequence does not move."""
    import random
    return AuthenticationString(random.Random().getrandbits(256).to_bytes(32, 'big'))


class BaseProcess:
    """A process object: start() forks a child that runs run()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _process_counter.next()
        self._identity = _current_process._identity + (count,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """Method to be run in sub-process; can be overridden in sub-class."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), 'daemonic processes are not allowed to have children'
        _cleanup()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = self._bootstrap()
            finally:
                os._exit(code)
        self._popen = True
        self._pid = pid
        _children.append(self)

    def _bootstrap(self):
        global _current_process, _parent_process, _process_counter, _children, _finalizers
        try:
            _children = []
            _finalizers = []
            _process_counter = _Counter()
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _current_process = self
            self._pid = os.getpid()
            _mp.set_process_name(self._name)
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            sys.stderr.write(_thread.format_exception(e))
        return exitcode

    def terminate(self):
        """Terminate process; sends SIGTERM signal."""
        self._check_closed()
        if self._popen and self._exitcode is None:
            try:
                os.kill(self._pid, os.SIGTERM)
            except ProcessLookupError:
                pass

    def kill(self):
        """Terminate process; sends SIGKILL signal."""
        self._check_closed()
        if self._popen and self._exitcode is None:
            try:
                os.kill(self._pid, os.SIGKILL)
            except ProcessLookupError:
                pass

    def join(self, timeout=None):
        """Wait until child process terminates."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        if self._exitcode is None:
            r = _mp.wait_child(self._pid, timeout)
            if r is not None:
                self._exitcode = os.waitstatus_to_exitcode(r[1])
        if self._exitcode is not None and self in _children:
            _children.remove(self)

    def _poll(self):
        if self._exitcode is None and self._popen:
            pid, status = os.waitpid(self._pid, os.WNOHANG)
            if pid:
                self._exitcode = os.waitstatus_to_exitcode(status)
        return self._exitcode

    def is_alive(self):
        """Return whether process is alive."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        return self._poll() is None

    def close(self):
        if self._popen is not None and self._poll() is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def authkey(self):
        """The key connections check (a manager's default), inherited by children."""
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return None
        return self._poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        return self._pid

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._pid = os.getpid()
        self._exitcode = None
        self._closed = False
        self._config = {'authkey': _new_authkey()}

    def _poll(self):
        return None

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident


_current_process = _MainProcess()
_parent_process = None
_process_counter = _Counter()
_children = []
# Functions to call when this process exits, before its children are
# joined (CPython's util.Finalize with an exitpriority): a manager's
# shutdown. A forked child starts with none.
_finalizers = []


def current_process():
    """Return process object representing the current process."""
    return _current_process


def parent_process():
    """Return process object representing the parent process."""
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._poll() is not None:
            _children.remove(p)


def active_children():
    """Return list of process objects corresponding to live child processes."""
    _cleanup()
    return list(_children)


def _exit_function():
    # As multiprocessing.util._exit_function: finalizers run, daemonic
    # children are terminated, the others joined.
    while _finalizers:
        _finalizers.pop()()
    for p in active_children():
        if p.daemon:
            p.terminate()
    for p in active_children():
        p.join()


atexit.register(_exit_function)


# -- synchronization -----------------------------------------------------------

class _SemLock:
    """A semaphore in the kernel, shared with every process forked after it."""
    _inheritance_only = 'Lock'
    _kind = 'Semaphore'

    def __init__(self, value, maxvalue):
        self._id = _mp.sem_new(value, maxvalue, self._kind)

    def acquire(self, block=True, timeout=None):
        return _mp.sem_acquire(self._id, block, timeout)

    def release(self):
        if not _mp.sem_release(self._id):
            raise ValueError('semaphore or lock released too many times')

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Lock(_SemLock):
    """A non-recursive lock shared between processes."""
    _kind = 'Lock'

    def __init__(self):
        _SemLock.__init__(self, 1, 1)

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('None' if _mp.sem_value(self._id) else 'SomeOtherProcess')


class RLock(_SemLock):
    """A recursive lock shared between processes."""
    _kind = 'RLock'

    def __init__(self):
        _SemLock.__init__(self, 1, 1)
        self._state = _mp.cells_new('i', [0, 0, 0])   # owner pid, owner thread, count

    def _me(self):
        return (os.getpid(), _thread.get_ident())

    def acquire(self, block=True, timeout=None):
        pid, tid = self._me()
        if _mp.cells_get(self._state, 2) and _mp.cells_get(self._state, 0) == pid \
                and _mp.cells_get(self._state, 1) == tid:
            _mp.cells_set(self._state, 2, _mp.cells_get(self._state, 2) + 1)
            return True
        if not _mp.sem_acquire(self._id, block, timeout):
            return False
        _mp.cells_set(self._state, 0, pid)
        _mp.cells_set(self._state, 1, tid)
        _mp.cells_set(self._state, 2, 1)
        return True

    def release(self):
        pid, tid = self._me()
        count = _mp.cells_get(self._state, 2)
        if not count or _mp.cells_get(self._state, 0) != pid or _mp.cells_get(self._state, 1) != tid:
            raise AssertionError('attempt to release recursive lock not owned by thread')
        if count > 1:
            _mp.cells_set(self._state, 2, count - 1)
        else:
            _mp.cells_set(self._state, 2, 0)
            _mp.sem_release(self._id)

    def _is_owned(self):
        pid, tid = self._me()
        return bool(_mp.cells_get(self._state, 2)) and _mp.cells_get(self._state, 0) == pid \
            and _mp.cells_get(self._state, 1) == tid

    def _release_save(self):
        count = _mp.cells_get(self._state, 2)
        _mp.cells_set(self._state, 2, 0)
        _mp.sem_release(self._id)
        return count

    def _acquire_restore(self, count):
        _mp.sem_acquire(self._id)
        pid, tid = self._me()
        _mp.cells_set(self._state, 0, pid)
        _mp.cells_set(self._state, 1, tid)
        _mp.cells_set(self._state, 2, count)


class Semaphore(_SemLock):
    """A semaphore shared between processes."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        _SemLock.__init__(self, value, None)

    def get_value(self):
        return _mp.sem_value(self._id)


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        _SemLock.__init__(self, value, value)


class Condition:
    """A condition variable shared between processes."""
    _inheritance_only = 'Condition'

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._waiters = _mp.chan_new()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        waiter = _mp.sem_new(0, None, 'Condition')
        _mp.chan_push(self._waiters, waiter)
        state = self._release_save()
        try:
            return _mp.sem_acquire(waiter, True, timeout)
        finally:
            self._acquire_restore(state)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        import time
        endtime = None if timeout is None else time.monotonic() + timeout
        while not result:
            waittime = None
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        while n > 0 and _mp.chan_len(self._waiters):
            _mp.sem_release(_mp.chan_pop(self._waiters))
            n -= 1

    def notify_all(self):
        self.notify(_mp.chan_len(self._waiters))


class Event:
    """A flag processes can wait for."""
    _inheritance_only = 'Event'

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = _mp.cells_new('b', [0])

    def is_set(self):
        return bool(_mp.cells_get(self._flag, 0))

    def set(self):
        with self._cond:
            _mp.cells_set(self._flag, 0, 1)
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            _mp.cells_set(self._flag, 0, 0)

    def wait(self, timeout=None):
        with self._cond:
            if _mp.cells_get(self._flag, 0):
                return True
            self._cond.wait(timeout)
            return bool(_mp.cells_get(self._flag, 0))


class Barrier(threading.Barrier):
    """threading.Barrier with its state in shared memory."""
    _inheritance_only = 'Barrier'

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._shared = _mp.cells_new('i', [0, 0])

    @property
    def _state(self):
        return _mp.cells_get(self._shared, 0)

    @_state.setter
    def _state(self, value):
        _mp.cells_set(self._shared, 0, value)

    @property
    def _count(self):
        return _mp.cells_get(self._shared, 1)

    @_count.setter
    def _count(self, value):
        _mp.cells_set(self._shared, 1, value)


# -- queues and pipes -----------------------------------------------------------

from queue import Empty, Full


class Queue:
    """A FIFO queue between processes; items are copied as pickle copies them."""
    _inheritance_only = 'Queue'

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._chan = _mp.chan_new()
        self._items = _mp.sem_new(0, None, 'Queue')
        self._slots = _mp.sem_new(maxsize, maxsize, 'Queue slot')
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        _mp.check_picklable(obj)
        if not _mp.sem_acquire(self._slots, block, timeout):
            raise Full
        _mp.chan_push(self._chan, obj)
        _mp.sem_release(self._items)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if not _mp.sem_acquire(self._items, block, timeout):
            raise Empty
        obj = _mp.chan_pop(self._chan)
        _mp.sem_release(self._slots)
        return obj

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _mp.chan_len(self._chan)

    def empty(self):
        return not _mp.chan_len(self._chan)

    def full(self):
        return _mp.chan_len(self._chan) >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = _mp.cells_new('i', [0])
        self._cond = Condition(Lock())

    def put(self, obj, block=True, timeout=None):
        with self._cond:
            _mp.cells_set(self._unfinished, 0, _mp.cells_get(self._unfinished, 0) + 1)
        Queue.put(self, obj, block, timeout)

    def task_done(self):
        with self._cond:
            left = _mp.cells_get(self._unfinished, 0)
            if left <= 0:
                raise ValueError('task_done() called too many times')
            _mp.cells_set(self._unfinished, 0, left - 1)
            if left == 1:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            while _mp.cells_get(self._unfinished, 0):
                self._cond.wait()


class SimpleQueue(Queue):
    """An unbounded queue between processes."""

    def __init__(self):
        Queue.__init__(self)

    def put(self, obj):
        Queue.put(self, obj)

    def get(self):
        return Queue.get(self)


class Connection:
    """One end of a Pipe."""
    _inheritance_only = 'Connection'

    def __init__(self, recv_chan, recv_sem, send_chan, send_sem, closed, mine, other):
        self._recv = (recv_chan, recv_sem)
        self._send = (send_chan, send_sem)
        self._closed_cells = closed
        self._mine = mine
        self._other = other

    @property
    def closed(self):
        return bool(_mp.cells_get(self._closed_cells, self._mine))

    @property
    def readable(self):
        return self._recv[0] is not None

    @property
    def writable(self):
        return self._send[0] is not None

    def _check_closed(self):
        if self.closed:
            raise OSError("handle is closed")

    def send(self, obj):
        self._check_closed()
        if self._send[0] is None:
            raise OSError("connection is read-only")
        if _mp.cells_get(self._closed_cells, self._other):
            raise BrokenPipeError(32, 'Broken pipe')
        _mp.chan_push(self._send[0], obj)
        _mp.sem_release(self._send[1])

    def recv(self):
        self._check_closed()
        if self._recv[0] is None:
            raise OSError("connection is write-only")
        while True:
            if _mp.chan_len(self._recv[0]):
                _mp.sem_acquire(self._recv[1])
                return _mp.chan_pop(self._recv[0])
            if _mp.cells_get(self._closed_cells, self._other):
                raise EOFError
            _mp.sem_acquire(self._recv[1])
            _mp.sem_release(self._recv[1])

    def poll(self, timeout=0.0):
        self._check_closed()
        if _mp.chan_len(self._recv[0]):
            return True
        if timeout is not None and timeout <= 0:
            return False
        if _mp.sem_acquire(self._recv[1], True, timeout):
            _mp.sem_release(self._recv[1])
            return True
        return False

    def close(self):
        if not self.closed:
            _mp.cells_set(self._closed_cells, self._mine, 1)
            # Wake a reader of the other end, which then sees EOF.
            if self._send[0] is not None:
                _mp.sem_release(self._send[1])

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    """Returns a pair of connected Connection objects."""
    closed = _mp.cells_new('b', [0, 0])
    a, a_sem = _mp.chan_new(), _mp.sem_new(0, None, 'Pipe')
    if duplex:
        b, b_sem = _mp.chan_new(), _mp.sem_new(0, None, 'Pipe')
        return (Connection(a, a_sem, b, b_sem, closed, 0, 1),
                Connection(b, b_sem, a, a_sem, closed, 1, 0))
    return (Connection(a, a_sem, None, None, closed, 0, 1),
            Connection(None, None, a, a_sem, closed, 1, 0))


# -- shared memory --------------------------------------------------------------

_typecode_defaults = {'c': b'\x00', 'u': '\x00', 'b': 0, 'B': 0, 'h': 0, 'H': 0, 'i': 0, 'I': 0,
                      'l': 0, 'L': 0, 'q': 0, 'Q': 0, 'f': 0.0, 'd': 0.0}


def _convert(typecode, value):
    if typecode in ('f', 'd'):
        return float(value)
    if typecode in ('c', 'u'):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return int(value)


class Synchronized:
    """A shared value with a lock: `.value`, get_lock(), get_obj()."""
    _inheritance_only = 'Synchronized'

    def __init__(self, typecode, value, lock):
        if typecode not in _typecode_defaults:
            raise TypeError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._cells = _mp.cells_new(typecode, [_convert(typecode, value)])
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    @property
    def value(self):
        return _mp.cells_get(self._cells, 0)

    @value.setter
    def value(self, v):
        _mp.cells_set(self._cells, 0, _convert(self._typecode, v))

    def __repr__(self):
        return '<Synchronized wrapper for c_%s(%r)>' % (self._typecode, self.value)


class SynchronizedArray:
    """A shared array with a lock."""
    _inheritance_only = 'SynchronizedArray'

    def __init__(self, typecode, init, lock):
        if typecode not in _typecode_defaults:
            raise TypeError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        if isinstance(init, int):
            items = [_typecode_defaults[typecode]] * init
        else:
            items = [_convert(typecode, x) for x in init]
        self._typecode = typecode
        self._cells = _mp.cells_new(typecode, items)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __len__(self):
        return _mp.cells_len(self._cells)

    def __getitem__(self, i):
        n = _mp.cells_len(self._cells)
        if isinstance(i, slice):
            return [_mp.cells_get(self._cells, k) for k in range(n)[i]]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('invalid index')
        return _mp.cells_get(self._cells, i)

    def __setitem__(self, i, v):
        n = _mp.cells_len(self._cells)
        if isinstance(i, slice):
            for k, x in zip(range(n)[i], v):
                _mp.cells_set(self._cells, k, _convert(self._typecode, x))
            return
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('invalid index')
        _mp.cells_set(self._cells, i, _convert(self._typecode, v))

    def __iter__(self):
        return iter([_mp.cells_get(self._cells, k) for k in range(_mp.cells_len(self._cells))])

    def __repr__(self):
        return '<SynchronizedArray wrapper for c_%s_Array_%d>' % (self._typecode, len(self))


def Value(typecode_or_type, *args, lock=True):
    """A ctypes-like shared value; `lock` True makes a new RLock."""
    value = args[0] if args else _typecode_defaults.get(typecode_or_type, 0)
    if lock is True:
        lock = RLock()
    elif lock is False:
        lock = _NoLock()
    return Synchronized(typecode_or_type, value, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """A ctypes-like shared array; `lock` True makes a new RLock."""
    if lock is True:
        lock = RLock()
    elif lock is False:
        lock = _NoLock()
    return SynchronizedArray(typecode_or_type, size_or_initializer, lock)


class _NoLock:
    def acquire(self, *args):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *args):
        pass


def Manager():
    """Starts a manager server process and returns its SyncManager."""
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes."""
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)
