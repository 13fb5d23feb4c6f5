# The errors of socket calls, as CPython raises them on Linux.
import socket

PORT = 50104


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, '->', r)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


a = socket.socket()
a.bind(('127.0.0.1', PORT))
b = socket.socket()
attempt('bind in use', b.bind, ('127.0.0.1', PORT))
attempt('bind any in use', b.bind, ('', PORT))
b.close()
a.listen()
r1 = socket.socket()
r1.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
attempt('reuseaddr on a listener', r1.bind, ('127.0.0.1', PORT))
r1.close()
a.close()
r2 = socket.socket()
attempt('rebind after close', r2.bind, ('127.0.0.1', PORT))
r2.close()
x = socket.socket()
x.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
x.bind(('127.0.0.1', PORT + 1))
y = socket.socket()
y.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
attempt('both reuseaddr, not listening', y.bind, ('127.0.0.1', PORT + 1))
x.close()
y.close()

c = socket.socket()
attempt('refused', c.connect, ('127.0.0.1', PORT + 2))
c.close()
c = socket.socket()
attempt('connect_ex refused', c.connect_ex, ('127.0.0.1', PORT + 2))
c.close()
attempt('unknown host', socket.create_connection, ('nonexistent.invalid', 80))
attempt('gethostbyname', socket.gethostbyname, 'localhost')

c = socket.socket()
attempt('getpeername unconnected', c.getpeername)
attempt('recv unconnected', c.recv, 10)
attempt('send unconnected', c.send, b'x')
attempt('send str', c.send, 'text')
c.close()
print(c)
attempt('fileno after close', c.fileno)
attempt('recv after close', c.recv, 10)
attempt('bind after close', c.bind, ('127.0.0.1', 0))
attempt('close twice', c.close)

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', PORT + 3))
srv.listen()
srv.settimeout(0.2)
print('timeout', srv.gettimeout(), srv.getblocking())
attempt('accept timeout', srv.accept)
c = socket.create_connection(('127.0.0.1', PORT + 3), timeout=0.5)
print('client timeout', c.gettimeout())
conn, _ = srv.accept()
print('accepted timeout', conn.gettimeout())
attempt('recv timeout', c.recv, 10)
attempt('negative timeout', c.settimeout, -1)

srv.setblocking(False)
print('nonblocking', srv.gettimeout(), srv.getblocking())
attempt('accept nonblocking', srv.accept)
c.setblocking(False)
attempt('recv nonblocking', c.recv, 10)
e = None
try:
    c.recv(10)
except BlockingIOError as err:
    e = err
print(e.errno, isinstance(e, OSError), e.args)
conn.sendall(b'now')
attempt('recv ready', c.recv, 10)
n = socket.socket()
n.setblocking(False)
attempt('connect nonblocking', n.connect, ('127.0.0.1', PORT + 3))
n.close()
n = socket.socket()
n.settimeout(0)
print('connect_ex in progress', n.connect_ex(('127.0.0.1', PORT + 2)))
print('connect_ex again', n.connect_ex(('127.0.0.1', PORT + 2)))
print('SO_ERROR', n.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
n.close()
for s in (c, conn, srv):
    s.close()
print(socket.timeout is TimeoutError, socket.error is OSError, issubclass(socket.gaierror, OSError))
