import time
import gevent

SLEEP = "gevent.sleep"
JOIN = True

nap = gevent.sleep if SLEEP == "gevent.sleep" else time.sleep

def eat(name, x=0, y=0):
    print('eating1', name, x, y)
    nap(1)
    print('eating2')
    return 'eat done'

def play():
    print('playing1')
    nap(1)
    print('playing2')

start = time.time()
g1 = gevent.spawn(eat, 'egon', x=4, y=5)
g2 = gevent.spawn(play)
if JOIN:
    gevent.joinall([g1, g2])
    print('g1.value =', g1.value)
print('主 %.1f s' % (time.time() - start))
