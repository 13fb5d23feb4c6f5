# 10,000 threads started and joined, a thousand at a time.
import threading
def noop():
    pass
for k in range(10):
    ts = [threading.Thread(target=noop) for i in range(1000)]
    for t in ts: t.start()
    for t in ts: t.join()
