from multiprocessing import Array, Value, Process

PROCS = 2
N = 10000
USE_LOCK = True

def func(a, b):
    a.value = 3.333333333333333
    for i in range(len(b)):
        b[i] = -b[i]

def count(counter, n):
    for i in range(n):
        if USE_LOCK:
            with counter.get_lock():
                counter.value += 1
        else:
            counter.value += 1

if __name__ == '__main__':
    num = Value('d', 0.0)
    arr = Array('i', range(11))
    counter = Value('i', 0)
    ps = [Process(target=func, args=(num, arr)) for _ in range(PROCS)]
    ps += [Process(target=count, args=(counter, N)) for _ in range(PROCS)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(num.value)
    print(arr[:])
    print("counter = %d (expected %d)" % (counter.value, PROCS * N))
