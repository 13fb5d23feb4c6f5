"""Managers, as CPython's multiprocessing.managers presents them.

BaseManager is CPython's: start() forks a server process that listens on
a (simulated) network address; the objects the registered callables make
live in it, and proxies in any process, on any host, call their methods
over multiprocessing.connection, with the authkey checked. connect()
reaches a server started elsewhere.

SyncManager (what Manager() starts) keeps its shared dicts, lists,
namespaces, values, queues and locks in the kernel's shared memory
instead: each proxy method runs atomically, as the server runs each
request in CPython, without a round trip over a socket; proxies hold only
ids, so they can be passed to Pool tasks, as CPython's can."""

import os
import sys
import threading
import _mp
import multiprocessing as _mpmod
from multiprocessing import Process
from multiprocessing.connection import Listener, Client, deliver_challenge, answer_challenge
import _thread

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace', 'RemoteError']


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


def format_exc():
    """The traceback of the exception being handled, as traceback.format_exc."""
    return _thread.format_exception(sys.exc_info()[1])


class Token:
    """Names a shared object: its typeid, the server's address, its id there."""

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (type(self).__name__, self.typeid, self.address, self.id)


def dispatch(c, id, methodname, args=(), kwds={}):
    """Send a request to a manager's server over connection `c` and return
    its result, or raise the error it reports."""
    c.send((id, methodname, args, kwds))
    kind, result = c.recv()
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)


def convert_to_error(kind, result):
    """The exception a server's reply of this kind stands for."""
    if kind == '#ERROR':
        return result
    elif kind in ('#TRACEBACK', '#UNSERIALIZABLE'):
        if not isinstance(result, str):
            raise TypeError("Result {0!r} (kind '{1}') type is {2}, not str".format(result, kind, type(result)))
        if kind == '#UNSERIALIZABLE':
            return RemoteError('Unserializable message: %s\n' % result)
        else:
            return RemoteError(result)
    else:
        return ValueError('Unrecognized message type {!r}'.format(kind))


class RemoteError(Exception):
    """A failure in a manager's server, with the server's traceback."""

    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


def all_methods(obj):
    """The names of the methods of `obj`."""
    temp = []
    for name in dir(obj):
        func = getattr(obj, name)
        if callable(func):
            temp.append(name)
    return temp


def public_methods(obj):
    """The names of the methods of `obj` that do not start with '_'."""
    return [name for name in all_methods(obj) if name[0] != '_']


class Server:
    """A manager's server, in its own process: a Listener, a thread that
    accepts connections, and a thread per connection serving requests on
    the objects the registered callables made (CPython's managers.Server).
    Objects live as long as the server: there is no reference counting."""

    public = ['shutdown', 'create', 'accept_connection', 'get_methods', 'dummy', 'number_of_objects']

    def __init__(self, registry, address, authkey, serializer):
        if not isinstance(authkey, bytes):
            raise TypeError("Authkey {0!r} is type {1!s}, not bytes".format(authkey, type(authkey)))
        self.registry = registry
        self.authkey = _mpmod.AuthenticationString(authkey)
        self.listener = Listener(address=address, backlog=128)
        self.address = self.listener.address
        self.id_to_obj = {'0': (None, ())}
        self.mutex = threading.Lock()

    def serve_forever(self):
        """Run the server until a client asks it to shut down; then exit."""
        self.stop_event = threading.Event()
        _mpmod.current_process()._manager_server = self
        try:
            accepter = threading.Thread(target=self.accepter)
            accepter.daemon = True
            accepter.start()
            try:
                while not self.stop_event.is_set():
                    self.stop_event.wait(1)
            except (KeyboardInterrupt, SystemExit):
                pass
        finally:
            sys.exit(0)

    def accepter(self):
        """Accept connections, each served by a thread of its own."""
        while True:
            try:
                c = self.listener.accept()
            except OSError:
                continue
            t = threading.Thread(target=self.handle_request, args=(c,))
            t.daemon = True
            t.start()

    def handle_request(self, c):
        """Authenticate a new connection and run its first request: one of
        `public` (accept_connection then serves it for good)."""
        try:
            self._handle_request(c)
        except SystemExit:
            pass
        finally:
            c.close()

    def _handle_request(self, c):
        request = None
        try:
            deliver_challenge(c, self.authkey)
            answer_challenge(c, self.authkey)
            request = c.recv()
            ignore, funcname, args, kwds = request
            assert funcname in self.public, '%r unrecognized' % funcname
            func = getattr(self, funcname)
        except Exception:
            msg = ('#TRACEBACK', format_exc())
        else:
            try:
                result = func(c, *args, **kwds)
            except Exception:
                msg = ('#TRACEBACK', format_exc())
            else:
                msg = ('#RETURN', result)
        try:
            c.send(msg)
        except Exception:
            try:
                c.send(('#TRACEBACK', format_exc()))
            except Exception:
                pass

    def serve_client(self, conn):
        """Serve the method calls of one client's proxies until it hangs up."""
        while not self.stop_event.is_set():
            try:
                methodname = obj = None
                request = conn.recv()
                ident, methodname, args, kwds = request
                try:
                    obj, exposed, gettypeid = self.id_to_obj[ident]
                except KeyError as ke:
                    raise KeyError('%r not in id_to_obj' % ident) from ke
                if methodname not in exposed:
                    raise AttributeError('method %r of %r object is not in exposed=%r' %
                                         (methodname, type(obj), exposed))
                function = getattr(obj, methodname)
                try:
                    res = function(*args, **kwds)
                except Exception as e:
                    msg = ('#ERROR', e)
                else:
                    typeid = gettypeid and gettypeid.get(methodname, None)
                    if typeid:
                        rident, rexposed = self.create(conn, typeid, res)
                        msg = ('#PROXY', (rexposed, Token(typeid, self.address, rident)))
                    else:
                        msg = ('#RETURN', res)
            except AttributeError:
                if methodname is None:
                    msg = ('#TRACEBACK', format_exc())
                else:
                    try:
                        fallback_func = self.fallback_mapping[methodname]
                        result = fallback_func(self, conn, ident, obj, *args, **kwds)
                        msg = ('#RETURN', result)
                    except Exception:
                        msg = ('#TRACEBACK', format_exc())
            except EOFError:
                sys.exit(0)
            except Exception:
                msg = ('#TRACEBACK', format_exc())
            try:
                try:
                    conn.send(msg)
                except Exception:
                    conn.send(('#UNSERIALIZABLE', format_exc()))
            except Exception:
                conn.close()
                sys.exit(1)

    def fallback_getvalue(self, conn, ident, obj):
        return obj

    def fallback_str(self, conn, ident, obj):
        return str(obj)

    def fallback_repr(self, conn, ident, obj):
        return repr(obj)

    fallback_mapping = {
        '__str__': fallback_str,
        '__repr__': fallback_repr,
        '#GETVALUE': fallback_getvalue,
    }

    def dummy(self, c):
        """A request that does nothing: connect() checks the server with it."""
        pass

    def number_of_objects(self, c):
        """The number of shared objects."""
        return len(self.id_to_obj) - 1

    def shutdown(self, c):
        """Reply, then stop serve_forever."""
        try:
            c.send(('#RETURN', None))
        finally:
            self.stop_event.set()

    def create(self, c, typeid, *args, **kwds):
        """Make a shared object with typeid's callable; return its id and
        the methods its proxies may call."""
        with self.mutex:
            callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
            if callable is None:
                if kwds or (len(args) != 1):
                    raise ValueError("Without callable, must have one non-keyword argument")
                obj = args[0]
            else:
                obj = callable(*args, **kwds)
            if exposed is None:
                exposed = public_methods(obj)
            if method_to_typeid is not None:
                if not isinstance(method_to_typeid, dict):
                    raise TypeError("Method_to_typeid {0!r}: type {1!s}, not dict".format(
                        method_to_typeid, type(method_to_typeid)))
                exposed = list(exposed) + list(method_to_typeid)
            ident = '%x' % id(obj)
            self.id_to_obj[ident] = (obj, set(exposed), method_to_typeid)
        return ident, tuple(exposed)

    def get_methods(self, c, token):
        """The methods the shared object named by `token` exposes."""
        return tuple(self.id_to_obj[token.id][1])

    def accept_connection(self, c, name):
        """Serve this connection's proxy calls from now on."""
        threading.current_thread().name = name
        c.send(('#RETURN', None))
        self.serve_client(c)


class BaseManager:
    """A manager: a server process holding objects that proxies in other
    processes, on this host or another, call over the network (CPython's
    managers.BaseManager). start() forks the server; connect() reaches one
    started elsewhere; register() adds a typeid and its method."""

    _registry = {}
    _Server = Server

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if authkey is None:
            authkey = _mpmod.current_process().authkey
        self._address = address
        self._authkey = _mpmod.AuthenticationString(authkey)
        self._state = 'initial'
        self._serializer = serializer
        self._shutdown_timeout = shutdown_timeout
        self._process = None

    def get_server(self):
        """A Server for this manager, to run with serve_forever() in this process."""
        if self._state != 'initial':
            raise _mpmod.ProcessError("Already started server" if self._state == 'started'
                                      else "Manager has shut down")
        return self._Server(self._registry, self._address, self._authkey, self._serializer)

    def connect(self):
        """Connect to a manager server already running at `address`."""
        conn = Client(self._address, authkey=self._authkey)
        try:
            dispatch(conn, None, 'dummy')
        finally:
            conn.close()
        self._state = 'started'

    def start(self, initializer=None, initargs=()):
        """Fork the server process; return once it listens (its address,
        with the port it picked, is then in `address`)."""
        if self._state != 'initial':
            raise _mpmod.ProcessError("Already started server" if self._state == 'started'
                                      else "Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = _mpmod.Pipe(duplex=False)
        self._process = Process(target=type(self)._run_server,
                                args=(self._registry, self._address, self._authkey,
                                      self._serializer, writer, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        # The writer stays open here: a Pipe end's closed flag is one for
        # all processes, so closing our copy would close the server's.
        self._address = reader.recv()
        reader.close()
        self._state = 'started'
        _mpmod._finalizers.append(self.shutdown)

    @classmethod
    def _run_server(cls, registry, address, authkey, serializer, writer, initializer=None, initargs=()):
        """The server process: make the Server, tell the owner its address, serve."""
        if initializer is not None:
            initializer(*initargs)
        server = cls._Server(registry, address, authkey, serializer)
        writer.send(server.address)
        writer.close()
        server.serve_forever()

    def _create(self, typeid, *args, **kwds):
        """Ask the server to make a typeid object: its Token and exposed methods."""
        if self._state != 'started':
            raise _mpmod.ProcessError("Manager is not started" if self._state == 'initial'
                                      else "Manager has shut down")
        conn = Client(self._address, authkey=self._authkey)
        try:
            id, exposed = dispatch(conn, None, 'create', (typeid,) + args, kwds)
        finally:
            conn.close()
        return Token(typeid, self._address, id), exposed

    def join(self, timeout=None):
        """Join the manager process (if it has been started here)."""
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        if self._state != 'started':
            raise _mpmod.ProcessError("Unable to start server" if self._state == 'initial'
                                      else "Manager has shut down")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def shutdown(self):
        """Ask the server process this manager started to stop, and join it
        (terminating it if it does not stop in time)."""
        if self._process is None or self._state != 'started':
            return
        if self.shutdown in _mpmod._finalizers:
            _mpmod._finalizers.remove(self.shutdown)
        if self._process.is_alive():
            try:
                conn = Client(self._address, authkey=self._authkey)
                try:
                    dispatch(conn, None, 'shutdown')
                finally:
                    conn.close()
            except Exception:
                pass
            self._process.join(timeout=self._shutdown_timeout)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join()
        self._state = 'shutdown'

    @property
    def address(self):
        """The server's address."""
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Register a typeid with the manager type: in the server, `callable`
        makes its objects; a method named typeid returns a proxy to a new one."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return proxytype(token, self._serializer, manager=self, authkey=self._authkey, exposed=exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class BaseProxy:
    """A proxy for an object in a manager's server: `_callmethod` sends the
    call over this thread's connection to the server and returns the result
    or raises the exception the call raised there."""

    def __init__(self, token, serializer, manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        if authkey is not None:
            self._authkey = _mpmod.AuthenticationString(authkey)
        elif self._manager is not None:
            self._authkey = self._manager._authkey
        else:
            self._authkey = _mpmod.current_process().authkey
        self._tls = threading.local()

    def _connect(self):
        name = _mpmod.current_process().name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        conn = Client(self._token.address, authkey=self._authkey)
        dispatch(conn, None, 'accept_connection', (name,))
        self._tls.connection = (os.getpid(), conn)
        return conn

    def _connection(self):
        # A connection per thread; a forked child opens its own.
        held = getattr(self._tls, 'connection', None)
        if held is None or held[0] != os.getpid():
            return self._connect()
        return held[1]

    def _callmethod(self, methodname, args=(), kwds={}):
        """Try to call a method of the referent and return a copy of the result."""
        conn = self._connection()
        conn.send((self._id, methodname, args, kwds))
        kind, result = conn.recv()
        if kind == '#RETURN':
            return result
        elif kind == '#PROXY':
            exposed, token = result
            proxytype = self._manager._registry[token.typeid][-1]
            token.address = self._token.address
            return proxytype(token, self._serializer, manager=self._manager,
                             authkey=self._authkey, exposed=exposed)
        raise convert_to_error(kind, result)

    def _getvalue(self):
        """Get a copy of the value of the referent."""
        return self._callmethod('#GETVALUE')

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _proxy_method(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def MakeProxyType(name, exposed, _cache={}):
    """A BaseProxy subclass whose methods `exposed` call the referent's."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    dic = {meth: _proxy_method(meth) for meth in exposed}
    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    _cache[(name, exposed)] = ProxyType
    return ProxyType


def AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
    """A proxy with the referent's public methods (asked of the server if
    not given)."""
    if exposed is None:
        conn = Client(token.address, authkey=authkey)
        try:
            exposed = dispatch(conn, None, 'get_methods', (token,))
        finally:
            conn.close()
    if authkey is None and manager is not None:
        authkey = manager._authkey
    if authkey is None:
        authkey = _mpmod.current_process().authkey
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = ProxyType(token, serializer, manager=manager, authkey=authkey, incref=incref,
                      manager_owned=manager_owned)
    proxy._isauto = True
    return proxy


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


def _forward(*names):
    def make(name):
        def method(self, *args, **kwds):
            return self._callmethod(name, args, kwds)
        method.__name__ = name
        return method
    return {name: make(name) for name in names}


class _SharedProxy:
    """A SyncManager proxy: a reference to an object in kernel shared
    cells, on which each method call runs atomically: a semaphore shared by
    every process serializes the calls, as the manager's server does (on
    the parallel machine two processes really call at the same time)."""

    def __init__(self, referent):
        object.__setattr__(self, '_id', _mp.cells_new('O', [referent]))
        object.__setattr__(self, '_guard', _mp.sem_new(1, 1, 'Manager object'))

    def _callmethod(self, methodname, args=(), kwds={}):
        _mp.sem_acquire(self._guard)
        try:
            return _mp.cells_apply(self._id, methodname, tuple(args), dict(kwds))
        finally:
            _mp.sem_release(self._guard)

    def _getvalue(self):
        return _mp.cells_get(self._id, 0)

    def __repr__(self):
        return '<%s object, typeid %r at %s>' % (type(self).__name__, self._typeid, hex(id(self)))

    def __str__(self):
        return self._callmethod('__repr__')


class _Iterable(_SharedProxy):
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


class NamespaceProxy(_SharedProxy):
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


class ValueProxy(_SharedProxy):
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


_manager_counter = [0]


def _next_manager():
    _manager_counter[0] += 1
    return _manager_counter[0]


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() starts. Its referents live in
    the kernel's shared cells rather than in its server process: a proxy
    call is one atomic kernel step instead of a round trip over a socket,
    which keeps the Manager lessons as fast as the rest of multiprocessing.
    Its process stands for CPython's server (it joins the process tree and
    exits with the manager); types registered on it or a subclass take
    this path too."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        BaseManager.__init__(self, address, authkey, serializer, ctx)
        self._state = 'initial'

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Register a typeid: its method makes the object in the caller and
        shares it through kernel cells (proxytype None: the object itself)."""
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)

    def start(self, initializer=None, initargs=()):
        """Starts the manager process, which waits for shutdown()."""
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

    def _create(self, typeid, *args, **kwds):
        if self._state != 'started':
            raise RuntimeError("Manager is not started" if self._state == 'initial' else "Manager is shut down")
        callable, proxytype = self._registry[typeid]
        if proxytype is None:
            return callable(*args, **kwds)
        return proxytype(callable(*args, **kwds))

    def connect(self):
        """A SyncManager has no server to connect to: its objects are shared
        through the kernel, by inheritance."""
        raise NotImplementedError("SyncManager shares its objects through the kernel; "
                                  "connect() is for a BaseManager's server")

    def get_server(self):
        """See connect()."""
        raise NotImplementedError("SyncManager shares its objects through the kernel; "
                                  "get_server() is for a BaseManager")

    def shutdown(self):
        """Stops the manager process."""
        if self._state == 'started':
            _mp.sem_release(self._stop)
            self._process.join()
            self._state = 'shutdown'

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self


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
