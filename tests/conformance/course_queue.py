# queue.Queue, LifoQueue and PriorityQueue used from one thread.
import queue
q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i)
print(q.full(), q.qsize(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
q2 = queue.Queue(1)
q2.put("x")
try:
    q2.put_nowait("y")
except queue.Full:
    print("Full raised")
