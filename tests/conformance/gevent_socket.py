import time

import gevent
from gevent import socket
from gevent.server import StreamServer


def handle(conn, address):
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.sendall(data.upper())
    conn.close()


server = StreamServer(('127.0.0.1', 0), handle)
server.start()
port = server.server_port
print('started', server.started, server.closed)


def client(n):
    s = socket.create_connection(('127.0.0.1', port))
    replies = []
    for i in range(3):
        s.sendall(('client %d says %d' % (n, i)).encode())
        replies.append(s.recv(1024).decode())
    s.close()
    return replies


gs = [gevent.spawn(client, n) for n in range(3)]
gevent.joinall(gs)
for g in gs:
    print(g.value)

quiet = socket.socket()
quiet.connect(('127.0.0.1', port))
quiet.settimeout(0.2)
print('timeout', quiet.gettimeout())
start = time.time()
try:
    quiet.recv(10)
except socket.timeout as e:
    print('socket.timeout:', e, '%.1f' % (time.time() - start))
quiet.close()

raw = socket.socket()
raw.setblocking(False)
try:
    raw.connect(('127.0.0.1', port))
except BlockingIOError:
    print('BlockingIOError on a non-blocking connect')
raw.close()

try:
    socket.create_connection(('127.0.0.1', 1))
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno)
server.stop()
print('stopped', server.started, server.closed)
