"""multiprocessing.connection, as CPython's Lib/multiprocessing/connection.py
presents it on sockets: a Listener accepts Connections, Client makes one,
and a Connection sends objects as length-prefixed frames of their pickle
(`_mp.dumps`). With an authkey both ends prove they know it by answering
an HMAC challenge (deliver_challenge/answer_challenge), as CPython does.

Pipe() is multiprocessing's own (kernel channels, no sockets)."""

import random
import socket
import _mp
from multiprocessing import AuthenticationError, Pipe

__all__ = ['Client', 'Listener', 'Pipe', 'Connection', 'deliver_challenge', 'answer_challenge']

MESSAGE_LENGTH = 20
CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'

# The challenge's random bytes: a generator of its own, so that answering a
# challenge never moves the program's `random` sequence.
_challenge_random = random.Random()


class Connection:
    """A connection over a stream socket: objects and byte strings travel as
    frames, each a 4-byte big-endian length and the bytes (CPython's
    Connection._send_bytes/_recv_bytes)."""

    def __init__(self, sock):
        self._sock = sock
        self._buffer = b''

    @property
    def closed(self):
        """True if the connection is closed."""
        return self._sock is None

    # A socket connection goes both ways.
    readable = True
    writable = True

    def _check_closed(self):
        if self._sock is None:
            raise OSError("handle is closed")

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object."""
        self._check_closed()
        n = len(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._sock.sendall(size.to_bytes(4, 'big') + bytes(buf[offset:offset + size]))

    def send(self, obj):
        """Send a (picklable) object."""
        self._check_closed()
        data = _mp.dumps(obj)
        self._sock.sendall(len(data).to_bytes(4, 'big') + data)

    def recv_bytes(self, maxlength=None):
        """Receive bytes data as a bytes object."""
        self._check_closed()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        size = int.from_bytes(self._read(4), 'big')
        if maxlength is not None and size > maxlength:
            self.close()
            raise OSError("bad message length")
        return self._read(size)

    def recv(self):
        """Receive a (picklable) object."""
        self._check_closed()
        size = int.from_bytes(self._read(4), 'big')
        return _mp.loads(self._read(size))

    def _read(self, size):
        """Exactly `size` bytes of the stream: EOFError if it ends before a
        frame starts, OSError if it ends inside one (as CPython's _recv)."""
        while len(self._buffer) < size:
            chunk = self._sock.recv(max(size - len(self._buffer), 65536))
            if not chunk:
                if not self._buffer and size:
                    raise EOFError
                raise OSError("got end of file during message")
            self._buffer += chunk
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read, waiting at most
        `timeout` seconds (None: for ever)."""
        self._check_closed()
        if self._buffer:
            return True
        self._sock.settimeout(timeout)
        try:
            chunk = self._sock.recv(65536)
        except (TimeoutError, BlockingIOError):
            return False
        finally:
            self._sock.settimeout(None)
        # A closed peer counts as readable: the next recv raises EOFError.
        self._buffer += chunk
        return True

    def close(self):
        """Close the connection."""
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __repr__(self):
        return '<%s, closed=%s>' % (type(self).__name__, self.closed)


def _check_authkey(authkey):
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')


class Listener:
    """A socket bound to `address` that accepts connections; with an
    authkey each accepted connection must answer the challenge."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        family = family or 'AF_INET'
        if family != 'AF_INET':
            raise ValueError('Family %s is not recognized.' % family)
        address = address or ('localhost', 0)
        _check_authkey(authkey)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind(address)
            self._socket.listen(backlog)
        except OSError:
            self._socket.close()
            raise
        self._address = self._socket.getsockname()
        self._authkey = authkey
        self._last_accepted = None

    def accept(self):
        """Accept a connection on the bound socket and return a Connection."""
        if self._socket is None:
            raise OSError('listener is closed')
        s, self._last_accepted = self._socket.accept()
        c = Connection(s)
        if self._authkey is not None:
            deliver_challenge(c, self._authkey)
            answer_challenge(c, self._authkey)
        return c

    def close(self):
        """Close the bound socket."""
        if self._socket is not None:
            s, self._socket = self._socket, None
            s.close()

    @property
    def address(self):
        """The address the listener is bound to (the port picked, if 0 was asked)."""
        return self._address

    @property
    def last_accepted(self):
        """The address of the last connection accepted."""
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    """A connection to the Listener at `address`; with an authkey, the
    challenges are answered and given back."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.connect(address)
    except OSError:
        s.close()
        raise
    c = Connection(s)
    # After connecting, as CPython checks it.
    _check_authkey(authkey)
    if authkey is not None:
        answer_challenge(c, authkey)
        deliver_challenge(c, authkey)
    return c


def deliver_challenge(connection, authkey):
    """Send a random message and check that the peer's digest of it under
    `authkey` is ours; AuthenticationError if not."""
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = _challenge_random.getrandbits(8 * MESSAGE_LENGTH).to_bytes(MESSAGE_LENGTH, 'big')
    connection.send_bytes(CHALLENGE + message)
    response = connection.recv_bytes(256)
    if response == _mp.digest(bytes(authkey), message):
        connection.send_bytes(WELCOME)
    else:
        connection.send_bytes(FAILURE)
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    """Answer the peer's challenge with our digest under `authkey`;
    AuthenticationError if the peer rejects it."""
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)
    assert message[:len(CHALLENGE)] == CHALLENGE, 'message = %r' % message
    connection.send_bytes(_mp.digest(bytes(authkey), message[len(CHALLENGE):]))
    response = connection.recv_bytes(256)
    if response != WELCOME:
        raise AuthenticationError('digest sent was rejected')
