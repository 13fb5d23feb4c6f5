# CPU-bound work: the seed's 10-million-iteration loop split over WORKERS
# threads of one process; the GIL lets one run at a time.
import time
import threading

N = 10_000_000
WORKERS = 2


def loop(n):
    for i in range(n):
        i + 1


if __name__ == '__main__':
    t0 = time.time()
    ts = [threading.Thread(target=loop, args=(N // WORKERS,)) for _ in range(WORKERS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print('%.2f' % (time.time() - t0))
