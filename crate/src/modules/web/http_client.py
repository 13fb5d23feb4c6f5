"""http.client: HTTP/1.1 requests over socket (CPython's Lib/http/client.py,
reduced to what urllib.request and requests use). The connection is made
with socket.create_connection, looked up when used, so that gevent's
monkey patching makes it cooperative, as in CPython."""

import socket

HTTP_PORT = 80
HTTPS_PORT = 443

responses = {
    200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
    304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
    404: 'Not Found', 405: 'Method Not Allowed', 429: 'Too Many Requests',
    500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
    504: 'Gateway Timeout',
}


class HTTPException(Exception):
    pass


class BadStatusLine(HTTPException):
    pass


class HTTPMessage:
    """A response's headers: names compare without regard to case."""

    def __init__(self, items):
        self._items = items

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._items:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        found = [v for k, v in self._items if k.lower() == name]
        return found or failobj

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, v in self._items]

    def values(self):
        return [v for k, v in self._items]

    def items(self):
        return list(self._items)

    def get_content_charset(self, failobj=None):
        for part in (self.get('Content-Type') or '').split(';')[1:]:
            k, _, v = part.strip().partition('=')
            if k.lower() == 'charset':
                return v.strip('"').lower()
        return failobj

    def __str__(self):
        return ''.join('%s: %s\n' % (k, v) for k, v in self._items) + '\n'


class HTTPResponse:
    """A response: status line and headers read; the body read on demand."""

    def __init__(self, sock, method='GET'):
        self._sock = sock
        self._method = method
        self._buffer = b''
        self.closed = False
        head = self._read_head()
        lines = head.decode('iso-8859-1').split('\r\n')
        parts = lines[0].split(' ', 2)
        if len(parts) < 2 or not parts[0].startswith('HTTP/'):
            raise BadStatusLine(lines[0])
        self.version = 11 if parts[0] == 'HTTP/1.1' else 10
        self.status = int(parts[1])
        self.reason = parts[2] if len(parts) > 2 else ''
        items = []
        for line in lines[1:]:
            k, _, v = line.partition(':')
            items.append((k.strip(), v.strip()))
        self.headers = self.msg = HTTPMessage(items)
        length = self.headers.get('Content-Length')
        self.length = int(length) if length is not None else None
        self.code = self.status

    def _recv(self):
        chunk = self._sock.recv(65536)
        self._buffer += chunk
        return len(chunk) > 0

    def _read_head(self):
        while b'\r\n\r\n' not in self._buffer:
            if not self._recv():
                raise BadStatusLine('Remote end closed connection without response')
        end = self._buffer.find(b'\r\n\r\n')
        head, self._buffer = self._buffer[:end], self._buffer[end + 4:]
        return head

    def read(self, amt=None):
        if self.closed:
            return b''
        want = self.length
        if amt is not None and amt >= 0 and (want is None or amt < want):
            want = amt
        while (want is None or len(self._buffer) < want) and self._recv():
            pass
        if want is None:
            want = len(self._buffer)
        data, self._buffer = self._buffer[:want], self._buffer[want:]
        if self.length is not None:
            self.length -= len(data)
            if self.length == 0:
                self.close()
        return data

    def getcode(self):
        return self.status

    def getheader(self, name, default=None):
        return self.headers.get(name, default)

    def getheaders(self):
        return self.headers.items()

    def info(self):
        return self.headers

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class HTTPConnection:
    """One request at a time to `host` (`host:port` also works)."""

    default_port = HTTP_PORT

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if port is None and ':' in host:
            host, _, port = host.rpartition(':')
            port = int(port)
        self.host = host
        self.port = port or self.default_port
        self.timeout = timeout
        self.sock = None

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout)

    def request(self, method, url, body=None, headers={}):
        if self.sock is None:
            self.connect()
        lines = ['%s %s HTTP/1.1' % (method, url)]
        names = [k.lower() for k in headers]
        if 'host' not in names:
            host = self.host if self.port == self.default_port else '%s:%d' % (self.host, self.port)
            lines.append('Host: %s' % host)
        if body is not None and 'content-length' not in names:
            lines.append('Content-Length: %d' % len(body))
        for k, v in headers.items():
            lines.append('%s: %s' % (k, v))
        data = ('\r\n'.join(lines) + '\r\n\r\n').encode('iso-8859-1')
        if body is not None:
            data += body.encode('utf-8') if isinstance(body, str) else body
        self.sock.sendall(data)

    def getresponse(self):
        response = HTTPResponse(self.sock)
        self.sock = None
        return response

    def close(self):
        if self.sock is not None:
            self.sock.close()
            self.sock = None


class HTTPSConnection(HTTPConnection):
    """HTTPS on the simulated web: port 443, the bytes in the clear."""

    default_port = HTTPS_PORT
