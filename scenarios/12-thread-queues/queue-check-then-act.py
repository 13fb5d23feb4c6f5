import threading, queue

STYLE = "check-then-act"
CONSUMERS = 3
ITEMS = 100

q = queue.Queue()
for i in range(ITEMS):
    q.put(i)
taken = []

def consumer():
    while True:
        if STYLE == "check-then-act":
            if q.empty():
                return
            taken.append(q.get_nowait())
        else:
            try:
                taken.append(q.get_nowait())
            except queue.Empty:
                return

ts = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
for t in ts: t.start()
for t in ts: t.join()
print("taken %d of %d, left %d" % (len(taken), ITEMS, q.qsize()))
