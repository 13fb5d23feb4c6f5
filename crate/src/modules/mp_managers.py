"""Managers, as CPython's multiprocessing.managers: a server process owns
the shared objects; proxies in any process send it requests (the method
and arguments, copied as pickle copies them) and wait for the reply. The
server serves each request in a thread of its own, so a blocking call
(a Queue's get) blocks only its caller."""

import os
import threading
import _mp
from multiprocessing import Process

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'RemoteError']


class RemoteError(Exception):
    pass


class Namespace:
    """A bag of attributes."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

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


def _array(typecode, sequence, lock=True):
    return list(sequence)


_replies = {}


def _reply_channel():
    """This thread's reply channel and semaphore, made on first use."""
    key = (os.getpid(), threading.get_ident())
    if key not in _replies:
        _replies[key] = (_mp.chan_new(), _mp.sem_new(0, None, 'Manager reply'))
    return _replies[key]


class BaseManager:
    """A server process and the proxies that talk to it."""

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
        cls._registry[typeid] = (callable, proxytype or AutoProxy)
        if create_method:
            def temp(self, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)

    def start(self, initializer=None, initargs=()):
        """Spawn a server process for this manager object."""
        if self._state != 'initial':
            raise RuntimeError("Manager has already been started")
        self._requests = _mp.chan_new()
        self._request_sem = _mp.sem_new(0, None, 'Manager request')
        self._process = Process(target=self._serve, args=(initializer, initargs),
                                name=type(self).__name__ + '-' + str(_next_manager()))
        self._process.daemon = True
        self._process.start()
        self._state = 'started'

    @property
    def address(self):
        return self._address

    def _serve(self, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        objects = {}
        counter = [0]
        while True:
            _mp.sem_acquire(self._request_sem)
            request = _mp.chan_pop(self._requests)
            reply, oid, method, args, kwds = request
            if method == '#shutdown':
                self._send(reply, ('ok', None))
                return
            t = threading.Thread(target=self._handle, args=(objects, counter, reply, oid, method, args, kwds),
                                 daemon=True)
            t.start()

    def _handle(self, objects, counter, reply, oid, method, args, kwds):
        try:
            if method == '#create':
                callable, proxytype = self._registry[oid]
                obj = callable(*args, **kwds)
                counter[0] += 1
                objects[counter[0]] = obj
                result = ('ok', counter[0])
            elif method == '#getattr':
                result = ('ok', getattr(objects[oid], args[0]))
            elif method == '#setattr':
                setattr(objects[oid], args[0], args[1])
                result = ('ok', None)
            elif method == '#delattr':
                delattr(objects[oid], args[0])
                result = ('ok', None)
            else:
                value = getattr(objects[oid], method)(*args, **kwds)
                if type(value).__name__ in ('dict_keys', 'dict_values', 'dict_items', 'iterator',
                                            'list_iterator', 'dict_keyiterator'):
                    value = list(value)
                result = ('ok', value)
        except Exception as e:
            result = ('err', e)
        try:
            self._send(reply, result)
        except Exception as e:
            self._send(reply, ('err', e))

    def _send(self, reply, result):
        chan, sem = reply
        _mp.chan_push(chan, result)
        _mp.sem_release(sem)

    def _request(self, oid, method, args=(), kwds={}):
        if self._state != 'started':
            raise RuntimeError("Manager is not started" if self._state == 'initial' else "Manager is shut down")
        reply = _reply_channel()
        _mp.chan_push(self._requests, (reply, oid, method, tuple(args), dict(kwds)))
        _mp.sem_release(self._request_sem)
        _mp.sem_acquire(reply[1])
        kind, value = _mp.chan_pop(reply[0])
        if kind == 'err':
            raise value
        return value

    def _create(self, typeid, *args, **kwds):
        oid = self._request(typeid, '#create', args, kwds)
        callable, proxytype = self._registry[typeid]
        return proxytype(self._requests, self._request_sem, oid, self._state)

    def connect(self):
        raise NotImplementedError("connecting to a manager over the network needs the simulated network")

    def shutdown(self):
        """Stops the server process."""
        if self._state == 'started':
            self._request(None, '#shutdown')
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


class BaseProxy:
    """A reference to an object in a manager's server process."""

    def __init__(self, requests, request_sem, oid, state='started'):
        object.__setattr__(self, '_requests', requests)
        object.__setattr__(self, '_request_sem', request_sem)
        object.__setattr__(self, '_id', oid)

    def _callmethod(self, methodname, args=(), kwds={}):
        reply = _reply_channel()
        _mp.chan_push(self._requests, (reply, self._id, methodname, tuple(args), dict(kwds)))
        _mp.sem_release(self._request_sem)
        _mp.sem_acquire(reply[1])
        kind, value = _mp.chan_pop(reply[0])
        if kind == 'err':
            raise value
        return value

    def _getvalue(self):
        return self._callmethod('copy')

    def __repr__(self):
        return '<%s object, typeid %r at %s>' % (type(self).__name__, type(self).__name__, hex(id(self)))

    def __str__(self):
        return self._callmethod('__repr__')


class AutoProxy(BaseProxy):
    """A proxy forwarding every method call."""

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)

        def method(*args, **kwds):
            return self._callmethod(name, args, kwds)
        return method


def _forward(*names):
    def make(name):
        def method(self, *args, **kwds):
            return self._callmethod(name, args, kwds)
        method.__name__ = name
        return method
    return {name: make(name) for name in names}


class _Seq(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('copy'))


DictProxy = type('DictProxy', (_Seq,), _forward(
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy',
    'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
ListProxy = type('ListProxy', (_Seq,), _forward(
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__',
    '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', 'copy'))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            raise AttributeError(key)
        return self._callmethod('#getattr', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            object.__setattr__(self, key, value)
            return
        self._callmethod('#setattr', (key, value))

    def __delattr__(self, key):
        self._callmethod('#delattr', (key,))

    def __repr__(self):
        return self._callmethod('__repr__')


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


class AcquirerProxy(BaseProxy):
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class EventProxy(BaseProxy):
    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() starts."""
    pass


import queue as _queue

SyncManager.register('Queue', _queue.Queue)
SyncManager.register('JoinableQueue', _queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition)
SyncManager.register('Barrier', threading.Barrier)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', _ValueHolder, ValueProxy)
SyncManager.register('Array', _array, ListProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
