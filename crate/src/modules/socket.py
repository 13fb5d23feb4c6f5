"""socket: TCP sockets on the simulated network, as CPython's Lib/socket.py
layers its class over _socket. Blocking calls park the thread until the
socket is ready; a timeout raises socket.timeout; a non-blocking socket
raises BlockingIOError. Only AF_INET / SOCK_STREAM exists."""

import _socket
from _socket import *
from time import monotonic as _monotonic

error = OSError
timeout = TimeoutError


class gaierror(OSError):
    pass


class herror(OSError):
    pass


_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    value = float(value)
    if value < 0:
        raise ValueError('Timeout value out of range')
    return value


def gethostname():
    return _socket.gethostname()


def gethostbyname(host):
    if not isinstance(host, str):
        raise TypeError('gethostbyname() argument 1 must be str, not %s' % type(host).__name__)
    ip = _socket.gethostbyname(host)
    if ip is None:
        raise gaierror(-2, 'Name or service not known')
    return ip


def getfqdn(name=''):
    return name or gethostname()


def _address(address, call):
    """(host, port) with the host resolved to a dotted address."""
    if not isinstance(address, tuple) or len(address) != 2:
        raise TypeError('%s(): AF_INET address must be tuple, not %s' % (call, type(address).__name__))
    host, port = address
    if not isinstance(host, str):
        raise TypeError('str, bytes or bytearray expected, not %s' % type(host).__name__)
    if not isinstance(port, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
    if not 0 <= port <= 65535:
        raise OverflowError('%s(): port must be 0-65535.' % call)
    if host == '':
        return '0.0.0.0', port
    return gethostbyname(host), port


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    ip = '0.0.0.0' if host is None else gethostbyname(host)
    return [(AF_INET, SOCK_STREAM, IPPROTO_TCP, '', (ip, port or 0))]


class socket:
    """A TCP socket: a file descriptor of the simulated kernel. Each
    blocking call passes _socket a deadline: None blocks, 0.0 (a
    non-blocking socket) never does, a time raises socket.timeout."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if family != AF_INET or type != SOCK_STREAM:
            raise OSError(97, 'Address family not supported by protocol')
        self.family = family
        self.type = type
        self.proto = proto
        self._fd = _socket.socket() if fileno is None else fileno
        self._timeout = _default_timeout
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = self._closed
        s = '<%s.%s%s fd=%i, family=%s, type=%s, proto=%i' % (
            self.__class__.__module__, self.__class__.__qualname__,
            ' [closed]' if closed else '', self._fd, self.family, self.type, self.proto)
        if not closed:
            try:
                s += ', laddr=%s' % str(self.getsockname())
            except OSError:
                pass
            try:
                s += ', raddr=%s' % str(self.getpeername())
            except OSError:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % self.__class__.__name__)

    def fileno(self):
        return self._fd

    def bind(self, address):
        host, port = _address(address, 'bind')
        _socket.bind(self._fd, host, port)

    def listen(self, backlog=128):
        _socket.listen(self._fd, backlog)

    def accept(self):
        d = self._timeout and _monotonic() + self._timeout
        r = _socket.accept(self._fd, d)
        while r is None:
            r = _socket.accept(self._fd, d)
        fd, addr = r
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        host, port = _address(address, 'connect')
        d = self._timeout and _monotonic() + self._timeout
        while _socket.connect(self._fd, host, port, d) is None:
            pass

    def connect_ex(self, address):
        try:
            self.connect(address)
        except gaierror:
            raise
        except OSError as e:
            return 11 if e.errno is None else e.errno
        return 0

    def send(self, data, flags=0):
        d = self._timeout and _monotonic() + self._timeout
        n = _socket.send(self._fd, data, d)
        while n is None:
            n = _socket.send(self._fd, data, d)
        return n

    def sendall(self, data, flags=0):
        d = self._timeout and _monotonic() + self._timeout
        while data:
            n = _socket.send(self._fd, data, d)
            if n is not None:
                data = data[n:]

    def recv(self, bufsize, flags=0):
        d = self._timeout and _monotonic() + self._timeout
        data = _socket.recv(self._fd, bufsize, d)
        while data is None:
            data = _socket.recv(self._fd, bufsize, d)
        return data

    def close(self):
        if self._closed:
            return
        self._closed = True
        fd, self._fd = self._fd, -1
        _socket.close(fd)

    def detach(self):
        fd, self._fd = self._fd, -1
        self._closed = True
        return fd

    def dup(self):
        sock = socket(self.family, self.type, self.proto, fileno=_socket.dup(self._fd))
        sock.settimeout(self.gettimeout())
        return sock

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        return _socket.getsockopt(self._fd, level, optname)

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    @property
    def timeout(self):
        return self._timeout

    def makefile(self, mode='r', buffering=None, encoding=None, errors=None, newline=None):
        return SocketFile(self, mode, encoding or 'utf-8')


class SocketFile:
    """What socket.makefile returns: reads and writes on the socket, in
    bytes ('rb', 'wb') or text ('r', 'w')."""

    def __init__(self, sock, mode, encoding):
        self._sock = sock
        self._text = 'b' not in mode
        self._encoding = encoding
        self._buffer = b''
        self.mode = mode
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _out(self, data):
        return data.decode(self._encoding) if self._text else data

    def _fill(self):
        chunk = self._sock.recv(8192)
        self._buffer += chunk
        return len(chunk) > 0

    def read(self, size=-1):
        while (size is None or size < 0 or len(self._buffer) < size) and self._fill():
            pass
        if size is None or size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return self._out(data)

    def readline(self, size=-1):
        while b'\n' not in self._buffer and self._fill():
            pass
        end = self._buffer.find(b'\n') + 1 or len(self._buffer)
        if size is not None and 0 <= size < end:
            end = size
        data, self._buffer = self._buffer[:end], self._buffer[end:]
        return self._out(data)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def write(self, data):
        raw = data.encode(self._encoding) if self._text else data
        self._sock.sendall(raw)
        return len(data)

    def flush(self):
        pass

    def close(self):
        self.closed = True


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    host, port = address
    sock = socket()
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
        return sock
    except BaseException:
        sock.close()
        raise


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


SocketType = socket
