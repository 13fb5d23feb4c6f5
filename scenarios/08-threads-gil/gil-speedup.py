import time, threading
from multiprocessing import Process

WORKERS = 2
N = 5_000_000

def count(n):
    for i in range(n):
        i + 1

def together(make):
    start = time.time()
    ws = [make(target=count, args=(N,)) for _ in range(WORKERS)]
    for w in ws: w.start()
    for w in ws: w.join()
    return time.time() - start

if __name__ == '__main__':
    start = time.time()
    for _ in range(WORKERS):
        count(N)
    serial = time.time() - start
    print("%-9s x%d: %.2f s" % ("serial", WORKERS, serial))
    for kind, make in [("threads", threading.Thread), ("processes", Process)]:
        t = together(make)
        print("%-9s x%d: %.2f s  speedup %.2f" % (kind, WORKERS, t, serial / t))
