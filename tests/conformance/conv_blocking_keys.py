# Key functions of sorted, list.sort, min and max that block on a lock another
# thread holds, and what keys see, change and raise.
import threading, time
lock = threading.Lock()
def slow_key(x):
    with lock:
        return -x
def contend():
    held = threading.Event()
    def holder():
        with lock:
            held.set(); time.sleep(0.05); print("released")
    t = threading.Thread(target=holder); t.start(); held.wait(); return t
t = contend(); print(sorted([3, 1, 2], key=slow_key)); t.join()
t = contend(); l = [5, 7, 6]; l.sort(key=slow_key, reverse=True); print(l); t.join()
t = contend(); print(min([3, 1, 2], key=slow_key), max(4, 8, 6, key=slow_key)); t.join()
t = contend(); print(min((x for x in [3, 9]), key=slow_key), max([], key=slow_key, default="d")); t.join()
print(sorted("bca", key=str.upper), min("xyz", key=ord), sorted([(1,'b'),(1,'a'),(0,'c')], key=lambda p: p[0]))
l = [3, 1, 2]
def peeking(x):
    print("sees", l)
    return x
l.sort(key=peeking); print(l)
def mutating(x):
    l.append(9)
    return x
try: l.sort(key=mutating)
except ValueError as e: print(e, l)
def failing(x):
    if x == 2: raise KeyError(x)
    return x
try: l.sort(key=failing)
except KeyError as e: print("KeyError", e, l)
try: sorted([1, 2], key=failing)
except KeyError as e: print("KeyError", e)
try: max([1, 2], key=failing)
except KeyError as e: print("KeyError", e)
try: min([], key=failing)
except ValueError as e: print(e)
try: sorted([1, "a"], key=lambda x: x)
except TypeError as e: print(e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
print(min([3, 1, 2], key=K), max([3, 1, 2], key=K), sorted([3,1,2], key=K))
print(max([1, 3, 3], key=lambda x: x // 2), min([2, 1, 1], key=lambda x: 0))
sorted([2, 1], key=failing)
