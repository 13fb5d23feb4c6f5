import gevent
gevent.get_hub().exception_stream = None  # the report holds a time and addresses
from gevent.pool import Pool, Group


def work(n):
    print('start', n)
    gevent.sleep(0.1 * (5 - n))
    print('end', n)
    return n * n


pool = Pool(2)
print(pool.size, pool.free_count(), pool.full())
print(pool.map(work, [0, 1, 3]))
print(sorted(pool.imap_unordered(work, [1, 2])))
print(list(pool.imap(work, [4, 2])))
print(pool.apply(work, (2,)))
r = pool.apply_async(work, (1,), callback=lambda v: print('callback', v))
print(r.get())
gevent.sleep(0)

held = [pool.spawn(gevent.sleep, 0.5), pool.spawn(gevent.sleep, 0.5)]
print('full', pool.full(), pool.free_count(), len(pool))
waiting = gevent.spawn(lambda: (pool.spawn(work, 0), print('spawned after a free slot')))
gevent.sleep(0.1)
print('still waiting', not waiting.ready())
waiting.join()
pool.join()
print('joined', len(pool), pool.free_count(), pool.wait_available())
pool.spawn(gevent.sleep, 10)
pool.kill()
print('killed', len(pool))

group = Group()
group.spawn(gevent.sleep, 0.1)
group.spawn(gevent.sleep, 0.2)
print('group', len(group), group.join(timeout=0.15), len(group))
print(group.join(), len(group))
try:
    Pool(-1)
except ValueError as e:
    print('ValueError:', e)


def fail():
    raise KeyError('x')


g2 = Group()
g2.spawn(fail)
try:
    g2.join(raise_error=True)
except KeyError as e:
    print('raised', repr(e))
