import os, threading, time
from multiprocessing import Process

KIND = "thread"
WORKERS = 3

x = 0

def work(i):
    global x
    x += 1
    print("worker %d: pid=%d, x=%d" % (i, os.getpid(), x))

if __name__ == '__main__':
    print("main: pid=%d" % os.getpid())
    make = threading.Thread if KIND == "thread" else Process
    start = time.perf_counter()
    ws = [make(target=work, args=(i,)) for i in range(WORKERS)]
    for w in ws: w.start()
    for w in ws: w.join()
    print("%s: x in main = %d, %.4f s" % (KIND, x, time.perf_counter() - start))
