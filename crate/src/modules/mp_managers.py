"""Managers, as CPython's multiprocessing.managers presents them: Manager()
starts a manager process and returns proxies to shared dicts, lists,
namespaces, values, queues and locks. Here the referents live in the
kernel's shared memory and each proxy method runs atomically, as the
manager server runs each request in CPython; proxies hold only ids, so
they can be passed to Pool tasks, as CPython's can."""

import os
import _mp
import multiprocessing as _mpmod
from multiprocessing import Process

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'RemoteError']


class RemoteError(Exception):
    pass


class Namespace:
    """A bag of attributes."""

    def __init__(self, **kwds):
        for k, v in kwds.items():
            setattr(self, k, v)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class _ValueHolder:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)


class BaseProxy:
    """A reference to a shared object: each method call runs on it atomically."""

    def __init__(self, referent):
        object.__setattr__(self, '_id', _mp.cells_new('O', [referent]))

    def _callmethod(self, methodname, args=(), kwds={}):
        return _mp.cells_apply(self._id, methodname, tuple(args), dict(kwds))

    def _getvalue(self):
        return _mp.cells_get(self._id, 0)

    def __repr__(self):
        return '<%s object, typeid %r at %s>' % (type(self).__name__, self._typeid, hex(id(self)))

    def __str__(self):
        return self._callmethod('__repr__')


def _forward(*names):
    def make(name):
        def method(self, *args, **kwds):
            return self._callmethod(name, args, kwds)
        method.__name__ = name
        return method
    return {name: make(name) for name in names}


class _Iterable(BaseProxy):
    def __iter__(self):
        return iter(self._getvalue())


class DictProxy(_Iterable):
    _typeid = 'dict'
    locals().update(_forward(
        '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy',
        'get', 'pop', 'popitem', 'setdefault', 'update'))

    def keys(self):
        return list(self._getvalue().keys())

    def values(self):
        return list(self._getvalue().values())

    def items(self):
        return list(self._getvalue().items())


class ListProxy(_Iterable):
    _typeid = 'list'
    locals().update(_forward(
        '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
        '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
        'reverse', 'sort', 'copy'))

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self


class NamespaceProxy(BaseProxy):
    _typeid = 'Namespace'

    def __getattr__(self, key):
        if key[0] == '_':
            raise AttributeError(key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            object.__setattr__(self, key, value)
            return
        self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        self._callmethod('__delattr__', (key,))

    def __repr__(self):
        return self._callmethod('__repr__')


class ValueProxy(BaseProxy):
    _typeid = 'Value'

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


# Queues, locks and events from a manager are the multiprocessing ones,
# made picklable (they may be passed to a Pool's tasks).
class _ManagedQueue(_mpmod.Queue):
    _inheritance_only = None


class _ManagedJoinableQueue(_mpmod.JoinableQueue):
    _inheritance_only = None


class _ManagedLock(_mpmod.Lock):
    _inheritance_only = None


class _ManagedRLock(_mpmod.RLock):
    _inheritance_only = None


class _ManagedSemaphore(_mpmod.Semaphore):
    _inheritance_only = None


class _ManagedBoundedSemaphore(_mpmod.BoundedSemaphore):
    _inheritance_only = None


class _ManagedEvent(_mpmod.Event):
    _inheritance_only = None


class _ManagedCondition(_mpmod.Condition):
    _inheritance_only = None


class _ManagedBarrier(_mpmod.Barrier):
    _inheritance_only = None


class BaseManager:
    """A manager process and the shared objects it hands out."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError("authkey should be a byte string")
        self._address = address
        self._authkey = authkey
        self._process = None
        self._state = 'initial'

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Register a typeid with the manager type."""
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)

    def start(self, initializer=None, initargs=()):
        """Starts the manager process."""
        if self._state != 'initial':
            raise RuntimeError("Manager has already been started")
        self._stop = _mp.sem_new(0, None, 'Manager')
        self._process = Process(target=self._serve, args=(initializer, initargs),
                                name=type(self).__name__ + '-' + str(_next_manager()))
        self._process.daemon = True
        self._process.start()
        self._state = 'started'

    def _serve(self, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        _mp.sem_acquire(self._stop)

    @property
    def address(self):
        return self._address

    def _create(self, typeid, *args, **kwds):
        if self._state != 'started':
            raise RuntimeError("Manager is not started" if self._state == 'initial' else "Manager is shut down")
        callable, proxytype = self._registry[typeid]
        if proxytype is None:
            return callable(*args, **kwds)
        return proxytype(callable(*args, **kwds))

    def connect(self):
        raise NotImplementedError("connecting to a manager over the network is not supported yet")

    def shutdown(self):
        """Stops the manager process."""
        if self._state == 'started':
            _mp.sem_release(self._stop)
            self._process.join()
            self._state = 'shutdown'

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


_manager_counter = [0]


def _next_manager():
    _manager_counter[0] += 1
    return _manager_counter[0]


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() starts."""
    pass


SyncManager.register('Queue', _ManagedQueue)
SyncManager.register('JoinableQueue', _ManagedJoinableQueue)
SyncManager.register('Event', _ManagedEvent)
SyncManager.register('Lock', _ManagedLock)
SyncManager.register('RLock', _ManagedRLock)
SyncManager.register('Semaphore', _ManagedSemaphore)
SyncManager.register('BoundedSemaphore', _ManagedBoundedSemaphore)
SyncManager.register('Condition', _ManagedCondition)
SyncManager.register('Barrier', _ManagedBarrier)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', _ValueHolder, ValueProxy)
SyncManager.register('Array', list, ListProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
