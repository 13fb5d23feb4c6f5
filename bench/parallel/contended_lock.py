# multiprocessing.Lock acquire/release pairs per second, two processes
# contending for one lock.
import time
from multiprocessing import Process, Lock

N = 100_000


def hammer(lock, n):
    for _ in range(n):
        lock.acquire()
        lock.release()


if __name__ == '__main__':
    lock = Lock()
    ps = [Process(target=hammer, args=(lock, N)) for _ in range(2)]
    t0 = time.time()
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('%.0f' % (2 * N / (time.time() - t0)))
