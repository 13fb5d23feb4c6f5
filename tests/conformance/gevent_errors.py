import gevent
gevent.get_hub().exception_stream = None  # the report holds a time and addresses
from gevent import Timeout
from gevent.hub import LoopExit


def boom(x):
    raise ValueError('bad %s' % x)


def quiet():
    gevent.sleep(0.1)
    return 'ok'


g = gevent.spawn(boom, 1)
h = gevent.spawn(quiet)
gevent.joinall([g, h])
print('after failure', g.successful(), repr(g.exception), h.value)
try:
    g.get()
except ValueError as e:
    print('get raised', e)

try:
    gevent.joinall([gevent.spawn(boom, 2), gevent.spawn(quiet)], raise_error=True)
except ValueError as e:
    print('joinall raised', e)

slow = gevent.spawn(gevent.sleep, 10)
try:
    slow.get(timeout=0.1)
except Timeout as t:
    print('Timeout', t, t.seconds)
try:
    slow.get(block=False)
except Timeout as t:
    print('non-blocking get', repr(str(t)))
slow.kill()
print('killed', slow.dead, repr(slow.value))
slow.kill()

k = gevent.spawn(gevent.sleep, 10)
gevent.sleep(0)
k.kill(KeyError('gone'))
print('killed with', repr(k.exception))

never = gevent.spawn(gevent.sleep, 1)
never.kill()
print('killed before start', never.dead, never.ready(), never.successful())

waits_forever = gevent.spawn(lambda: gevent.get_hub().switch())
try:
    waits_forever.join()
except LoopExit as e:
    print('LoopExit:', e.args[0])

try:
    gevent.spawn(42)
except TypeError as e:
    print('TypeError:', e)

gs = [gevent.spawn(gevent.sleep, 5) for _ in range(3)]
gevent.killall(gs)
print('killall', [g.dead for g in gs])
gevent.kill(gevent.spawn(gevent.sleep, 1))
print('done')
