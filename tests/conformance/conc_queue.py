import queue, threading

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.qsize(), q.full(), q.empty())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for i in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for i in range(4)])

class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p

pq2 = queue.PriorityQueue()
for p, n in [(5, "low"), (1, "high"), (3, "mid")]:
    pq2.put(Job(p, n))
print([pq2.get().name for i in range(3)])

sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())

jq = queue.Queue()
done = []
def worker():
    while True:
        item = jq.get()
        done.append(item)
        jq.task_done()
threading.Thread(target=worker, daemon=True).start()
for i in range(5):
    jq.put(i)
jq.join()
print(sorted(done))
try:
    jq.task_done()
except ValueError as e:
    print("ValueError:", e)
