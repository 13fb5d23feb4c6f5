# Process start-up: N processes started and joined one after another
# (each a fork that copies the parent); prints milliseconds per process.
import time
from multiprocessing import Process

N = 50


def nothing():
    pass


if __name__ == '__main__':
    t0 = time.time()
    for _ in range(N):
        p = Process(target=nothing)
        p.start()
        p.join()
    print('%.2f' % ((time.time() - t0) * 1000 / N))
