import time

N = 5
IO_TIME = 2

def consumer():
    while True:
        x = yield
        print('consumer got', x)

def producer():
    g = consumer()
    next(g)
    for i in range(N):
        g.send(i)
        time.sleep(IO_TIME)

start = time.time()
producer()
stop = time.time()
print(stop - start)
