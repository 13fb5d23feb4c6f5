# epoll readiness of sockets, as Linux reports it.
import select
import socket
import time

PORT = 50105
E = select.EPOLLIN | select.EPOLLOUT | select.EPOLLRDHUP
fresh = socket.socket()
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', PORT))
srv.listen()
srv.setblocking(False)

ep = select.epoll()
ep.register(fresh.fileno(), E)
ep.register(srv, select.EPOLLIN)
print('fresh socket:', ep.poll(0))
ep.unregister(fresh)
print('idle listener:', ep.poll(0.1))

c = socket.socket()
c.setblocking(False)
print('connect:', c.connect_ex(('127.0.0.1', PORT)))
ep.register(c, select.EPOLLOUT)
time.sleep(0.1)
print('pending connection:', sorted(ep.poll(1)))
conn, _ = srv.accept()
print('connected:', c.connect_ex(('127.0.0.1', PORT)))
conn.setblocking(False)
ep.register(conn, E)
ep.modify(c, select.EPOLLIN)
print('all quiet but writable:', ep.poll(0))
conn.sendall(b'ping')
time.sleep(0.1)
print('data for the client:', ep.poll(0))
print('still there (level-triggered):', ep.poll(0))
print(c.recv(10))
print('read:', ep.poll(0))
c.close()
time.sleep(0.1)
print('peer closed:', ep.poll(0))
print(conn.recv(10))
ep.modify(conn, select.EPOLLIN | select.EPOLLET)
print('edge-triggered after the change:', ep.poll(0))
try:
    ep.register(conn, select.EPOLLIN)
except FileExistsError as e:
    print('register twice:', e)
except OSError as e:
    print('register twice:', e)
ep.close()
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print(e)
conn.close()
srv.close()
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLERR, select.EPOLLHUP, select.EPOLLET)
