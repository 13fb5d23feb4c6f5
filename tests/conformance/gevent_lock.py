import gevent
from gevent.lock import Semaphore, BoundedSemaphore, RLock, DummySemaphore

sem = BoundedSemaphore(2)


def worker(n):
    with sem:
        print('in', n, sem.counter)
        gevent.sleep(0.1 * (n + 1))
    print('out', n)


gevent.joinall([gevent.spawn(worker, i) for i in range(4)])
try:
    sem.release()
except ValueError as e:
    print('ValueError:', e)

s = Semaphore(1)
print(s.acquire(), s.locked(), s.acquire(blocking=False), s.acquire(timeout=0.1))
print(s.release(), s.locked())
print(Semaphore(0).wait(0.1))
try:
    Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)

lock = RLock()


def reenter(n):
    with lock:
        with lock:
            print('reentered', n)
            gevent.sleep(0.1)


gevent.joinall([gevent.spawn(reenter, i) for i in range(2)])
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', str(e).split('.')[0])

d = DummySemaphore()
print(d.acquire(), d.acquire(), d.locked())
d.release()
