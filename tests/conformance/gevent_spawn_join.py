import time
import gevent
from gevent import Greenlet


def eat(name, x=0, y=0):
    print('eating1', name, x, y)
    gevent.sleep(1)
    print('eating2')
    return 'eat done'


def play():
    print('playing1')
    gevent.sleep(0.5)
    print('playing2')


start = time.time()
g1 = gevent.spawn(eat, 'egon', x=4, y=5)
g2 = gevent.spawn(play)
print('started', g1.started, bool(g1), g1.ready(), g1.dead)
print(gevent.joinall([g1, g2]) == [g2, g1])
print('value', g1.value, g2.value, g1.successful(), g1.ready(), g1.dead, g1.started)
print('elapsed %.1f' % (time.time() - start))

# sleep(0) only yields: those spawned earlier run first.
order = []
a = gevent.spawn(order.append, 'a')
b = gevent.spawn(order.append, 'b')
gevent.sleep(0)
print(order)

# Sleeps that end together resume in start order.
done = []
gs = [gevent.spawn(lambda i: (gevent.sleep(0.2), done.append(i)), i) for i in range(5)]
gevent.joinall(gs)
print(done)

# spawn_later, start_later, join with timeout, joinall with timeout.
late = gevent.spawn_later(0.3, lambda: 'late')
print(late.get(), '%.1f' % (time.time() - start))
g = Greenlet(gevent.sleep, 5)
g.start_later(0.1)
g.join(timeout=0.2)
print('joined with timeout', g.ready(), g.started)
print(len(gevent.joinall([g], timeout=0.1)))
g.kill()
print('killed', g.dead, g.successful(), type(g.value).__name__)


class Worker(Greenlet):
    def __init__(self, n):
        Greenlet.__init__(self)
        self.n = n

    def _run(self):
        gevent.sleep(0.1)
        return self.n * 2


w = Worker(21)
w.start()
print('subclass', w.get())
print(repr(gevent.getcurrent().parent) == repr(gevent.get_hub()))
print(gevent.wait([gevent.spawn(lambda: 1)]) is not None)
