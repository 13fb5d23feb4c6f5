"""Cooperative sockets, as gevent/socket.py and gevent/_socket3.py have
them: the stdlib's socket API, on a kernel socket in non-blocking mode.

A call that would block (BlockingIOError) waits in the hub for the socket
to become readable or writable, then tries again: the greenlet waits, the
OS thread runs the others. A timeout (settimeout, or the default) raises
socket.timeout, as a blocking socket does.

recv, send and sendall, the calls a server makes for every message, go
straight to the kernel (_socket) and are told to return a marker instead
of raising when they would block: trying first and waiting only then
costs one system call when data is there, as gevent's do.
"""

import _socket
import socket as __socket__

from gevent._hub_local import get_hub
from gevent._hub_primitives import wait_on_watcher, wait_read, wait_write, wait_readwrite
from gevent._loop import READ, WRITE
from gevent.exceptions import ConcurrentObjectUseError

__implements__ = ['socket', 'create_connection', 'socketpair', 'fromfd']
__all__ = __implements__ + ['wait_read', 'wait_write', 'wait_readwrite', 'error',
                            'timeout', 'gaierror', 'herror']

_realsocket = __socket__.socket
error = __socket__.error
timeout = __socket__.timeout
gaierror = getattr(__socket__, 'gaierror', OSError)
herror = getattr(__socket__, 'herror', OSError)
_GLOBAL_DEFAULT_TIMEOUT = getattr(__socket__, '_GLOBAL_DEFAULT_TIMEOUT', object())

for _name in ('AF_INET', 'AF_INET6', 'AF_UNIX', 'SOCK_STREAM', 'SOCK_DGRAM',
              'SOL_SOCKET', 'SO_REUSEADDR', 'SO_ERROR', 'SHUT_RD', 'SHUT_WR',
              'SHUT_RDWR', 'getdefaulttimeout', 'setdefaulttimeout',
              'gethostname', 'gethostbyname', 'getaddrinfo', 'inet_aton',
              'inet_ntoa', 'htons', 'ntohs'):
    if hasattr(__socket__, _name):
        globals()[_name] = getattr(__socket__, _name)
del _name

# Linux's errno numbers the calls below answer with.
_EAGAIN = 11
_EISCONN = 106

_recv = _socket.recv
_send = _socket.send


class _WouldBlock:
    """What _socket's calls return, told to, instead of raising
    BlockingIOError."""


_WOULD_BLOCK = _WouldBlock()


class socket:
    """A socket whose blocking calls wait in the hub."""

    # What a greenlet waiting in recv or send waits for, for the trace
    # ("recv on 127.0.0.1:8080"), once asked for.
    _recv_on = None
    _send_on = None

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = __socket__.AF_INET
        if type == -1:
            type = __socket__.SOCK_STREAM
        if proto == -1:
            proto = 0
        if isinstance(fileno, _realsocket):
            self._sock = fileno
        else:
            self._sock = _realsocket(family, type, proto, fileno)
        self.timeout = __socket__.getdefaulttimeout()
        self._sock.setblocking(False)
        self.hub = get_hub()
        self._fd = fd = self._sock.fileno()
        self._read_event = self.hub.loop.io(fd, READ)
        self._write_event = self.hub.loop.io(fd, WRITE)

    def __repr__(self):
        return '<gevent.socket.socket at %s object, fd=%s, family=%s, type=%s, proto=%s>' % (
            hex(id(self)), self.fileno(), self.family, self.type, self.proto)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._sock, name)

    @property
    def family(self):
        """The address family, as the stdlib socket's."""
        return self._sock.family

    @property
    def type(self):
        """The socket type, as the stdlib socket's."""
        return self._sock.type

    @property
    def proto(self):
        """The protocol, as the stdlib socket's."""
        return self._sock.proto

    def fileno(self):
        """The kernel's file descriptor."""
        return self._sock.fileno()

    def _wait(self, watcher, waiting_for):
        """Waits in the hub until `watcher` fires (or the timeout passes);
        the trace says the greenlet waits for `waiting_for`."""
        if watcher.callback is not None:
            raise ConcurrentObjectUseError('This socket is already used by another greenlet: %r'
                                           % (watcher.callback,))
        if self.timeout is None:
            self.hub.wait(watcher, waiting_for)
        else:
            wait_on_watcher(watcher, self.timeout, timeout('timed out'), self.hub, waiting_for)

    def _where(self):
        """Its local address, "127.0.0.1:8080", as the trace names it."""
        try:
            return '%s:%d' % self._sock.getsockname()
        except OSError:
            return 'fd %d' % (self._fd,)

    def _retry(self, watcher, what, method, *args):
        while True:
            try:
                return method(*args)
            except BlockingIOError:
                if self.timeout == 0.0:
                    raise
            self._wait(watcher, '%s on %s' % (what, self._where()))

    def accept(self):
        """Waits for a connection; returns (socket, address)."""
        conn, address = self._retry(self._read_event, 'accept', self._sock.accept)
        # The stdlib's accept builds its socket with the module's `socket`,
        # which patch_socket made this class.
        if not isinstance(conn, socket):
            conn = type(self)(fileno=conn)
        return conn, address

    def connect(self, address):
        """Connects to `address`, waiting until the connection is made. As
        CPython's sock_call, it asks again once the socket is writable: the
        kernel then reports how the connection went (EISCONN: made)."""
        retried = False
        while True:
            try:
                return self._sock.connect(address)
            except BlockingIOError:
                if self.timeout == 0.0:
                    raise
            except OSError as ex:
                if retried and ex.errno == _EISCONN:
                    return
                raise
            self._wait(self._write_event, 'connect to %s:%s' % tuple(address))
            retried = True

    def connect_ex(self, address):
        """connect(), returning an errno instead of raising (0: connected)."""
        try:
            self.connect(address)
            return 0
        except timeout:
            return _EAGAIN
        except OSError as ex:
            return _EAGAIN if ex.errno is None else ex.errno

    def recv(self, bufsize, flags=0):
        """Receives up to bufsize bytes, waiting for some."""
        if self.timeout == 0.0:
            return self._sock.recv(bufsize, flags)
        data = _recv(self._fd, bufsize, 0, _WOULD_BLOCK)
        while data is _WOULD_BLOCK:
            if self._recv_on is None:
                self._recv_on = 'recv on ' + self._where()
            self._wait(self._read_event, self._recv_on)
            data = _recv(self._fd, bufsize, 0, _WOULD_BLOCK)
        return data

    def recvfrom(self, *args):
        """Receives up to bufsize bytes and the sender's address."""
        return self._retry(self._read_event, 'recv', self._sock.recvfrom, *args)

    def recv_into(self, *args):
        """Receives into a buffer; returns the byte count."""
        return self._retry(self._read_event, 'recv', self._sock.recv_into, *args)

    def send(self, data, flags=0):
        """Sends what fits of `data`, waiting for room; returns the count."""
        if self.timeout == 0.0:
            return self._sock.send(data, flags)
        sent = _send(self._fd, data, 0, _WOULD_BLOCK)
        while sent is _WOULD_BLOCK:
            if self._send_on is None:
                self._send_on = 'send on ' + self._where()
            self._wait(self._write_event, self._send_on)
            sent = _send(self._fd, data, 0, _WOULD_BLOCK)
        return sent

    def sendto(self, *args):
        """Sends a datagram."""
        return self._retry(self._write_event, 'send', self._sock.sendto, *args)

    def sendall(self, data, flags=0):
        """Sends all of `data`, waiting for room as needed."""
        if not isinstance(data, bytes):
            data = bytes(data)
        sent = self.send(data, flags)
        while sent < len(data):
            sent += self.send(data[sent:], flags)

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and writing through this socket."""
        return _realsocket.makefile(self, mode, buffering, encoding=encoding, errors=errors, newline=newline)

    def close(self):
        """Closes the socket; greenlets waiting on it are woken."""
        self._read_event.stop()
        self._write_event.stop()
        self._sock.close()
        self._fd = -1

    def detach(self):
        """Gives up the file descriptor without closing it."""
        self._read_event.stop()
        self._write_event.stop()
        self._fd = -1
        return self._sock.detach()

    def settimeout(self, howlong):
        """Seconds blocking calls may wait (None: forever; 0: never)."""
        if howlong is not None:
            howlong = float(howlong)
            if howlong < 0.0:
                raise ValueError('Timeout value out of range')
        self.timeout = howlong

    def gettimeout(self):
        """The timeout settimeout set."""
        return self.timeout

    def setblocking(self, flag):
        """settimeout(None) when `flag`, else settimeout(0)."""
        self.timeout = None if flag else 0.0

    def getblocking(self):
        """Whether blocking calls wait."""
        return self.timeout != 0.0

    def shutdown(self, how):
        """Shuts down one or both directions; wakes the readers."""
        self._sock.shutdown(how)


SocketType = socket


def socketpair(family=None, type=None, proto=0):
    """Two connected cooperative sockets."""
    args = [a for a in (family, type) if a is not None]
    a, b = __socket__.socketpair(*args)
    return socket(fileno=a), socket(fileno=b)


def fromfd(fd, family, type, proto=0):
    """A cooperative socket on a duplicate of `fd`."""
    return socket(fileno=__socket__.fromfd(fd, family, type, proto))


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """A cooperative TCP socket connected to `address` (host, port),
    trying each address the name resolves to."""
    host, port = address
    err = None
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, _canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except error as ex:
            err = ex
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise error("getaddrinfo returns an empty list")
