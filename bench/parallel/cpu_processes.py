# CPU-bound work: the seed's 10-million-iteration loop split over WORKERS
# processes (WORKERS = 1: one process does it all). Prints the elapsed time.
import time
from multiprocessing import Process

N = 10_000_000
WORKERS = 2


def loop(n):
    for i in range(n):
        i + 1


if __name__ == '__main__':
    t0 = time.time()
    ps = [Process(target=loop, args=(N // WORKERS,)) for _ in range(WORKERS)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('%.2f' % (time.time() - t0))
