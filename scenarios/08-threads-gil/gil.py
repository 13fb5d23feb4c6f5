import time, threading
from multiprocessing import Process

KIND = "process"
WORKERS = 2
N = 10_000_000

def count(n):
    for i in range(n):
        i + 1

if __name__ == '__main__':
    start = time.time()
    if KIND == "serial":
        for _ in range(WORKERS):
            count(N)
    else:
        make = threading.Thread if KIND == "thread" else Process
        ws = [make(target=count, args=(N,)) for _ in range(WORKERS)]
        for w in ws: w.start()
        for w in ws: w.join()
    print("%s x%d: %.2f s" % (KIND, WORKERS, time.time() - start))
