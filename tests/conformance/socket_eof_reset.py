# End of stream, half-close, reset and broken pipe between two threads.
import socket
import threading
import time

PORT = 50103
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(('127.0.0.1', PORT))
listener.listen(5)


def pair():
    c = socket.create_connection(('127.0.0.1', PORT))
    s, _ = listener.accept()
    return c, s


# The peer closes: recv returns b'' (again and again).
c, s = pair()
s.sendall(b'last words')
s.close()
print(c.recv(100), c.recv(100), c.recv(100))
c.close()

# shutdown(SHUT_WR): the other side sees the end, and can still answer.
c, s = pair()
c.sendall(b'question')
c.shutdown(socket.SHUT_WR)
print(s.recv(100), s.recv(100))
s.sendall(b'answer')
s.close()
print(c.recv(100), c.recv(100))
c.close()

# Closing with unread data resets the connection.
c, s = pair()
c.sendall(b'never read')
time.sleep(0.1)
s.close()
time.sleep(0.1)
try:
    c.recv(100)
except ConnectionResetError as e:
    print(type(e).__name__, e, e.errno)
c.close()

# Sending to a closed peer: the first send goes out, the reset comes back,
# and the next send fails.
c, s = pair()
s.close()
time.sleep(0.1)
print(c.recv(100))
c.send(b'hello?')
time.sleep(0.1)
try:
    c.send(b'anyone?')
except BrokenPipeError as e:
    print(type(e).__name__, e, e.errno)
c.close()


# A thread blocked in recv wakes when the peer goes away.
c, s = pair()
out = []
t = threading.Thread(target=lambda: out.append(s.recv(100)))
t.start()
time.sleep(0.1)
c.close()
t.join()
print('woken with', out)
s.close()
listener.close()
