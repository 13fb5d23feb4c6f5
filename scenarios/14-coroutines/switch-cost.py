import time

MODE = "serial"
N = 10_000_000

def serial():
    def func1():
        for i in range(N):
            i + 1
    def func2():
        for i in range(N):
            i + 1
    func1()
    func2()

def with_yield():
    def func1():
        while True:
            10000000 + 1
            yield
    g = func1()
    for i in range(N):
        i + 1
        next(g)

def with_greenlet():
    from greenlet import greenlet
    def f1():
        for i in range(N):
            i + 1
            g2.switch()
    def f2():
        for i in range(N):
            i + 1
            g1.switch()
    g1, g2 = greenlet(f1), greenlet(f2)
    g1.switch()

start_time = time.time()
{"serial": serial, "yield": with_yield, "greenlet": with_greenlet}[MODE]()
print(MODE, time.time() - start_time)
