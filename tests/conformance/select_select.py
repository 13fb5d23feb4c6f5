# select.select over a listener and its connections, serving three clients
# from one thread (the classic select loop).
import select
import socket
import threading

PORT = 50106
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', PORT))
srv.listen()
print(select.select([srv], [], [], 0.1))


def client(n):
    with socket.create_connection(('127.0.0.1', PORT)) as c:
        c.sendall(('hello %d' % n).encode())
        assert c.recv(100) == ('HELLO %d' % n).encode()


clients = [threading.Thread(target=client, args=(n,)) for n in range(3)]
for t in clients:
    t.start()
open_ = [srv]
served = closed = 0
while closed < 3:
    readable, writable, _ = select.select(open_, [], [])
    for s in readable:
        if s is srv:
            conn, _ = srv.accept()
            open_.append(conn)
            continue
        data = s.recv(100)
        if data:
            s.sendall(data.upper())
            served += 1
        else:
            open_.remove(s)
            s.close()
            closed += 1
for t in clients:
    t.join()
print('served', served, 'closed', closed)
c = socket.create_connection(('127.0.0.1', PORT))
conn, _ = srv.accept()
r, w, x = select.select([c, conn], [c, conn], [c], 0)
print(len(r), len(w) == 2, x)
c.close()
conn.close()
srv.close()
