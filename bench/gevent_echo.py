# Lesson 15.1's echo server (gevent-tcp-echo) at scale: one OS thread,
# monkey patching, a greenlet per connection, CLIENTS client greenlets
# sending MESSAGES messages each; it counts the replies instead of
# printing them (a million lines would spend the output budget). It ends
# once every client has its replies: CPython with gevent would otherwise
# wait for ever at exit for the server's accept loop.
from gevent import monkey
monkey.patch_all()
import os
import socket
import sys
import gevent

CLIENTS = 10000
MESSAGES = 100
PORT = 50321


def communication(conn):
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.send(data.upper())
    conn.close()


def server(srv):
    while True:
        conn, addr = srv.accept()
        gevent.spawn(communication, conn)


def client(n, replies):
    c = socket.socket()
    c.connect(('127.0.0.1', PORT))
    for k in range(MESSAGES):
        c.send(('client %d says hello %d' % (n, k)).encode())
        replies.append(c.recv(1024))
    c.close()


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', PORT))
srv.listen(4096)
gevent.spawn(server, srv)
replies = []
gevent.joinall([gevent.spawn(client, n, replies) for n in range(CLIENTS)])
print(len(replies), 'replies,', sum(r.startswith(b'CLIENT ') for r in replies), 'upper-cased')
sys.stdout.flush()
os._exit(0)
