# A thread-per-connection echo server on loopback and CLIENTS client
# threads sending MESSAGES messages each (lesson 15.1 with threads).
import socket
import threading

CLIENTS = 10000
MESSAGES = 100
PORT = 50200


def handle(conn):
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.sendall(data.upper())
    conn.close()


def serve(srv):
    for i in range(CLIENTS):
        conn, addr = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def client(n, replies):
    c = socket.create_connection(('127.0.0.1', PORT))
    for k in range(MESSAGES):
        c.sendall(b'hello')
        replies.append(c.recv(1024))
    c.close()


srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', PORT))
srv.listen(4096)
threading.Thread(target=serve, args=(srv,), daemon=True).start()
replies = []
clients = [threading.Thread(target=client, args=(n, replies)) for n in range(CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
print(len(replies), 'replies')
