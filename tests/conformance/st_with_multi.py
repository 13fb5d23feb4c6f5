# with several items: entered left to right, exited right to left.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

with CM("a") as a, CM("b") as b:
    print("body", a, b)

try:
    with CM("x"), CM("y"):
        raise RuntimeError("stop")
except RuntimeError as e:
    print("caught", e)

with CM("outer"):
    with CM("inner") as i:
        print("nested", i)

import threading
lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("released", lock.locked())
