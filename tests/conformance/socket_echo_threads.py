# An echo server in a thread; clients one after another, then several at once.
import socket
import threading

HOST, PORT = '127.0.0.1', 50101
ready = threading.Event()
CLIENTS = 4
accepted = []


def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())


def server():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((HOST, PORT))
        s.listen()
        print('listening:', s)
        print('reuseaddr:', s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
        ready.set()
        workers = []
        for i in range(1 + CLIENTS):
            conn, addr = s.accept()
            accepted.append((addr[0], conn.getsockname()))
            t = threading.Thread(target=handle, args=(conn,))
            t.start()
            workers.append(t)
        for t in workers:
            t.join()


srv = threading.Thread(target=server)
srv.start()
ready.wait()

with socket.create_connection((HOST, PORT)) as c:
    print('peer:', c.getpeername())
    for word in ['alpha', 'beta']:
        c.sendall(word.encode())
        print(c.recv(1024))

replies = {}


def client(n):
    with socket.socket() as c:
        c.connect(('localhost', PORT))
        got = []
        for k in range(3):
            c.sendall(('client %d says %d' % (n, k)).encode())
            got.append(c.recv(1024).decode())
        replies[n] = got


clients = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
srv.join()
for n in sorted(replies):
    print(n, replies[n])
print(accepted)
