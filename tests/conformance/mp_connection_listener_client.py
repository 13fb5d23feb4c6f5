# multiprocessing.connection: a Listener and a Client in two processes,
# objects and bytes both ways, the authkey challenge, and its refusals.
from multiprocessing import Process
from multiprocessing.connection import Listener, Client, AuthenticationError

ADDRESS = ('127.0.0.1', 47311)


def client(key):
    try:
        with Client(ADDRESS, authkey=key) as c:
            c.send({'ints': [1, 2 ** 80, -3], 'float': 0.1 + 0.2, 'nested': ({1, 2}, None, b'\x00\xff')})
            print('client got', c.recv())
            c.send_bytes(b'raw bytes')
            print('client got bytes', c.recv_bytes())
    except AuthenticationError as e:
        print('client:', type(e).__name__, e)


if __name__ == '__main__':
    with Listener(ADDRESS, authkey=b'secret') as listener:
        print('listening on', listener.address)
        p = Process(target=client, args=(b'secret',))
        p.start()
        with listener.accept() as conn:
            obj = conn.recv()
            print('server got', sorted(obj.items()))
            conn.send(('ok', ValueError('bad', 7)))
            print('server got bytes', conn.recv_bytes())
            conn.send_bytes(b'thanks')
            p.join()
            try:
                conn.recv()
            except EOFError:
                print('EOFError once the client closed')
        p = Process(target=client, args=(b'wrong',))
        p.start()
        try:
            listener.accept()
        except AuthenticationError as e:
            refused = e
        p.join()
        print('server:', type(refused).__name__, refused)
    try:
        Client(ADDRESS)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
