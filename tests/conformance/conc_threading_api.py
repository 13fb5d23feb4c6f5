import threading, time

def work(n, out):
    time.sleep(0.05 * n)
    out.append(n)

out = []
t = threading.Thread(target=work, args=(2, out), name="worker")
print(t.name, t.is_alive(), t.daemon, t.ident is None)
t.start()
print(t.is_alive(), threading.active_count() >= 2)
t.join(0.01)
print("after short join alive:", t.is_alive())
t.join()
print("after join alive:", t.is_alive(), out)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
u = threading.Thread(target=lambda: None)
print(u.name.startswith("Thread-"), "(<lambda>)" in u.name)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start(); d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i

cs = [Counter(k) for k in (10, 100)]
for c in cs: c.start()
for c in cs: c.join()
print([(c.name, c.total) for c in cs])
print(len(threading.enumerate()))

def boom():
    try:
        raise ValueError("boom in thread")
    except ValueError as e:
        print("caught in", threading.current_thread().name, e)

b = threading.Thread(target=boom, name="bad")
b.start(); b.join()
print("main goes on")
