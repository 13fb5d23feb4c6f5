from threading import Thread, current_thread
from gevent import spawn

HOST = '127.0.0.1'
PORT = 8080
CLIENTS = 500
MESSAGES = 3
BACKLOG = 5
PATCH = True

from gevent import monkey
if PATCH:
    monkey.patch_all()
import socket

def communication(conn):
    while True:
        try:
            data = conn.recv(1024)
            if len(data) == 0: break
            conn.send(data.upper())
        except ConnectionResetError as e:
            print(e)
            break
    conn.close()

def server(ip, port):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((ip, port))
    server.listen(BACKLOG)
    while True:
        conn, addr = server.accept()
        spawn(communication, conn)

def x_client():
    client = socket.socket()
    client.connect((HOST, PORT))
    for n in range(MESSAGES):
        msg = '%s say hello %s' % (current_thread().name, n)
        client.send(msg.encode('utf-8'))
        data = client.recv(1024)
        print(data.decode('utf-8'))
    client.close()

if __name__ == '__main__':
    spawn(server, HOST, PORT)
    clients = [Thread(target=x_client) for i in range(CLIENTS)]
    for t in clients: t.start()
    for t in clients: t.join()
