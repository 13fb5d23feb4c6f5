# BaseManager: register types, start the server process, call proxies,
# and see the server's exceptions raised in the caller.
import queue
from multiprocessing.managers import BaseManager, BaseProxy


class Counter:
    def __init__(self, start=0):
        self.n = start

    def add(self, k=1):
        self.n += k
        return self.n

    def value(self):
        return self.n

    def fail(self):
        raise KeyError('no such thing')

    def _hidden(self):
        return 'hidden'


class CounterProxy(BaseProxy):
    _exposed_ = ('add', 'value')

    def add(self, k=1):
        return self._callmethod('add', (k,))

    def value(self):
        return self._callmethod('value')


class MyManager(BaseManager):
    pass


shared = queue.Queue()
MyManager.register('Counter', Counter)
MyManager.register('Exposed', Counter, CounterProxy)
MyManager.register('get_queue', callable=lambda: shared)
MyManager.register('Plain', Counter, exposed=('value',))

if __name__ == '__main__':
    with MyManager(address=('127.0.0.1', 47321), authkey=b'abc') as m:
        print('address', m.address)
        c = m.Counter(10)
        print(type(c).__name__, c.add(), c.add(k=5), c.value())
        print(sorted(type(c)._exposed_))
        try:
            c.fail()
        except KeyError as e:
            print('KeyError from the server:', e)
        try:
            c._callmethod('_hidden')
        except Exception as e:
            print(type(e).__name__)
        e = m.Exposed(3)
        print(type(e).__name__, e.add(2), e.value())
        q = m.get_queue()
        q.put('a')
        q.put(['b', 2])
        print(q.qsize(), q.get(), q.get())
        try:
            q.get(timeout=0.1)
        except queue.Empty as err:
            print('queue.Empty from the server', repr(err))
        p = m.Plain(7)
        print(p.value(), hasattr(p, 'add'))
        print(m._process.name, m._process.is_alive())
    print('after with:', m._process.exitcode)
