# Two threads handing the CPU to each other: every sleep(0) parks the
# running thread and wakes the other, so each call is one thread switch.
import threading, time
N = 250_000
def spin():
    for i in range(N):
        time.sleep(0)
ts = [threading.Thread(target=spin) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
