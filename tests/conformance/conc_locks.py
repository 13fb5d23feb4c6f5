import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("in with", lock.locked())
print(lock.locked())

r = threading.RLock()
with r:
    with r:
        print("reentered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release(); s.release(); s.release()
print(s.acquire(blocking=False))
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait())
e.clear()
print(e.is_set())

results = []
cond = threading.Condition()
items = []
def consumer(i):
    with cond:
        cond.wait_for(lambda: items)
        results.append((i, items.pop()))
ts = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in ts: t.start()
for k in range(3):
    with cond:
        items.append(k)
        cond.notify()
for t in ts: t.join()
print(sorted(v for i, v in results), len(results))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

fired = []
t = threading.Timer(0.05, fired.append, args=("fired",))
t.start(); t.join()
c = threading.Timer(10, fired.append, args=("never",))
c.start(); c.cancel(); c.join()
print(fired)

barrier = threading.Barrier(3)
idx = []
def arrive():
    idx.append(barrier.wait())
ts = [threading.Thread(target=arrive) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), barrier.parties, barrier.n_waiting, barrier.broken)
barrier.abort()
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError")

local = threading.local()
local.x = "main"
seen = []
def show():
    local.x = threading.current_thread().name
    seen.append(local.x)
t = threading.Thread(target=show, name="other")
t.start(); t.join()
print(local.x, seen)
