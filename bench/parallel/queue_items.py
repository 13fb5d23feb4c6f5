# Items per second through a multiprocessing.Queue from one process to another.
import time
from multiprocessing import Process, Queue

N = 100_000


def produce(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


if __name__ == '__main__':
    q = Queue()
    p = Process(target=produce, args=(q, N))
    t0 = time.time()
    p.start()
    while q.get() is not None:
        pass
    p.join()
    print('%.0f' % (N / (time.time() - t0)))
