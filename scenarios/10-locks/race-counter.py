import threading
from contextlib import nullcontext

THREADS = 2
N = 1000000
LOCK = "none"

g_num = 0
mutex = {"none": nullcontext, "Lock": threading.Lock}[LOCK]()

def work(n):
    global g_num
    for i in range(n):
        with mutex:
            g_num += 1

ts = [threading.Thread(target=work, args=(N,)) for _ in range(THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print("g_num = %d (expected %d)" % (g_num, THREADS * N))
