# N threads parked on one Event at once. Memory per parked thread: the
# peak memory with N = 10000 less that with N = 10, over 9990.
import threading
N = 10_000
e = threading.Event()
ts = [threading.Thread(target=e.wait) for i in range(N)]
for t in ts: t.start()
e.set()
for t in ts: t.join()
