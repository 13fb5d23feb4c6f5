import gevent
from gevent.event import Event, AsyncResult

evt = Event()


def waiter(n):
    print('waiter', n, 'waits')
    print('waiter', n, 'got', evt.wait())


gs = [gevent.spawn(waiter, i) for i in range(3)]
gevent.sleep(0.1)
print('is_set', evt.is_set())
evt.set()
gevent.joinall(gs)
print(evt.wait(0.1), evt.is_set(), evt.ready())
evt.clear()
print('after clear', evt.wait(0.1), evt.is_set())

result = AsyncResult()
print('ready', result.ready(), result.successful(), result.value, result.exception)


def setter():
    gevent.sleep(0.2)
    result.set('hello')


gevent.spawn(setter)
print('get', result.get(), result.ready(), result.successful(), result.value)
print('wait', result.wait())

failed = AsyncResult()
gevent.spawn_later(0.1, failed.set_exception, KeyError('k'))
try:
    failed.get()
except KeyError as e:
    print('raised', repr(e), repr(failed.exception), failed.successful(), failed.ready())

empty = AsyncResult()
try:
    empty.get(timeout=0.1)
except gevent.Timeout as t:
    print('Timeout', t)
try:
    empty.get(block=False)
except gevent.Timeout:
    print('Timeout at once')
print('wait timeout', empty.wait(0.1))

linked = AsyncResult()
g = gevent.spawn(lambda: 7 * 6)
g.link(linked)
print('linked', linked.get())
