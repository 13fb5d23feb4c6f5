"""StreamServer: a TCP server that handles each connection in a greenlet
of its own, as gevent/server.py has it."""

from gevent.greenlet import Greenlet
from gevent.event import Event
from gevent.pool import Pool
from gevent import socket as _socket

__all__ = ['StreamServer']


class StreamServer:
    """Accepts connections on `listener` (an (host, port) address or a
    listening socket) and calls `handle(socket, address)` for each in a
    new greenlet (or one of a Pool: `spawn` may be a Pool or its size)."""

    backlog = 256
    reuse_addr = 1
    stop_timeout = 1

    def __init__(self, listener, handle=None, backlog=None, spawn='default'):
        self._stop_event = Event()
        self._stop_event.set()
        self._acceptor = None
        if hasattr(listener, 'accept'):
            self.socket = listener
            self.address = listener.getsockname()
        else:
            self.socket = None
            self.address = listener
        if handle is not None:
            self.handle = handle
        if backlog is not None:
            self.backlog = backlog
        if spawn == 'default':
            self.pool = None
            self._spawn = Greenlet.spawn
        elif isinstance(spawn, int):
            self.pool = Pool(spawn)
            self._spawn = self.pool.spawn
        else:
            self.pool = spawn
            self._spawn = spawn.spawn

    def __repr__(self):
        return '<%s at %s %s>' % (type(self).__name__, hex(id(self)), self._formatinfo())

    def _formatinfo(self):
        return 'address=%s:%s' % (self.server_host, self.server_port)

    @property
    def server_host(self):
        """The host it listens on."""
        return self.address[0]

    @property
    def server_port(self):
        """The port it listens on."""
        return self.address[1]

    @property
    def started(self):
        """Whether it accepts connections."""
        return not self._stop_event.is_set()

    @property
    def closed(self):
        """Whether its listening socket is closed."""
        return self.socket is None

    def handle(self, client_socket, address):
        """What to do with a connection: the `handle` given, or a
        subclass's override."""
        raise NotImplementedError('%s.handle must be given or overridden' % type(self).__name__)

    def init_socket(self):
        """Creates, binds and listens on the socket, unless one was given."""
        if self.socket is None:
            sock = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
            if self.reuse_addr:
                sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, self.reuse_addr)
            sock.bind(self.address)
            sock.listen(self.backlog)
            self.socket = sock
            self.address = sock.getsockname()

    def start(self):
        """Starts accepting connections; returns at once."""
        if self.started:
            raise ValueError('%s already started' % type(self).__name__)
        self.init_socket()
        self._stop_event.clear()
        self._acceptor = Greenlet.spawn(self._accept_loop)

    def _accept_loop(self):
        while True:
            client_socket, address = self.socket.accept()
            self._spawn(self.handle, client_socket, address)

    def serve_forever(self, stop_timeout=None):
        """Starts, then waits until stop() is called."""
        if not self.started:
            self.start()
        self._stop_event.wait()

    def close(self):
        """Stops accepting and closes the listening socket."""
        self._stop_event.set()
        if self._acceptor is not None:
            self._acceptor.kill(block=False)
            self._acceptor = None
        if self.socket is not None:
            self.socket.close()
            self.socket = None

    def stop(self, timeout=None):
        """close(), then waits up to `timeout` (stop_timeout) for the
        handlers of a pool to finish, and kills those left."""
        self.close()
        if timeout is None:
            timeout = self.stop_timeout
        if self.pool is not None:
            self.pool.join(timeout=timeout)
            self.pool.kill(block=True, timeout=1)
