# BaseManager.connect: to a server started elsewhere, with the right and a
# wrong authkey, and to an address nobody listens on; a str authkey.
from multiprocessing import Process, AuthenticationError
from multiprocessing.managers import BaseManager

ADDRESS = ('127.0.0.1', 47331)
items = []


class ServerManager(BaseManager):
    pass


ServerManager.register('get_items', callable=lambda: items)


class ClientManager(BaseManager):
    pass


ClientManager.register('get_items')


def serve():
    ServerManager(address=ADDRESS, authkey=b'right').get_server().serve_forever()


if __name__ == '__main__':
    try:
        ClientManager(address=ADDRESS, authkey=b'right').connect()
    except ConnectionRefusedError as e:
        print('nobody there:', type(e).__name__, e)
    owner = ServerManager(address=ADDRESS, authkey=b'right')
    owner.start()
    m = ClientManager(address=ADDRESS, authkey=b'right')
    m.connect()
    items_proxy = m.get_items()
    items_proxy.append(1)
    items_proxy.extend([2, 3])
    print('items', items_proxy._getvalue(), len(items_proxy._getvalue()))
    try:
        ClientManager(address=ADDRESS, authkey=b'wrong').connect()
    except AuthenticationError as e:
        print('wrong key:', type(e).__name__, e)
    try:
        ClientManager(address=ADDRESS, authkey='right')
    except TypeError as e:
        print('str key:', type(e).__name__, e)
    owner.shutdown()
    print('server exit code', owner._process.exitcode)
