# listen(1) with more clients than the accept queue holds: the surplus
# clients wait in connect until the server accepts; none is lost.
import socket
import threading
import time

PORT = 50102
CLIENTS = 4
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', PORT))
server.listen(1)
answers = {}


def client(n):
    c = socket.create_connection(('127.0.0.1', PORT))
    c.sendall(str(n).encode())
    answers[n] = c.recv(100).decode()
    c.close()


threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
for t in threads:
    t.start()
time.sleep(0.2)
for i in range(CLIENTS):
    conn, addr = server.accept()
    n = conn.recv(100).decode()
    conn.sendall(('served ' + n).encode())
    conn.close()
for t in threads:
    t.join()
server.close()
print(sorted(answers.items()))
