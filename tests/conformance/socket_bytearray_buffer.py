# A line protocol over a socket pair of threads: the client sends bytearrays,
# the server collects what arrives in a bytearray buffer.
import socket
import threading

HOST, PORT = "127.0.0.1", 50131
ready = threading.Event()


def server():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((HOST, PORT))
        s.listen()
        ready.set()
        conn, _ = s.accept()
        with conn:
            buf = bytearray()
            while True:
                chunk = conn.recv(4)
                if not chunk:
                    break
                buf += chunk
                while b"\n" in buf:
                    end = buf.index(b"\n")
                    print("line:", bytes(buf[:end]).decode())
                    del buf[:end + 1]
            conn.sendall(bytearray(b"done"))


t = threading.Thread(target=server)
t.start()
ready.wait()
with socket.create_connection((HOST, PORT)) as c:
    out = bytearray()
    for word in ("alpha", "beta", "gamma"):
        out.extend(word.encode())
        out.append(10)
    c.sendall(out)
    c.send(bytearray(b"last\n"))
    c.shutdown(socket.SHUT_WR)
    print("reply:", c.recv(16))
t.join()
