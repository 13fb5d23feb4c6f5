from multiprocessing import Process, Queue, Pipe, Value, Array, Lock, Manager, JoinableQueue
import time

def producer(q):
    for i in range(3):
        q.put({"n": i, "sq": i * i})
    q.put(None)

def add(v, a, lock, n):
    for i in range(n):
        with lock:
            v.value += 1
    for i in range(len(a)):
        a[i] = a[i] * 2

def talk(conn):
    conn.send(["hello", 1])
    print("child got", conn.recv())
    conn.close()

if __name__ == '__main__':
    q = Queue()
    p = Process(target=producer, args=(q,))
    p.start()
    while True:
        item = q.get()
        if item is None:
            break
        print(item)
    p.join()
    q.put([1, 2])
    print(q.get(), q.empty())
    v = Value('i', 0)
    a = Array('d', [1.0, 2.5])
    lock = Lock()
    ps = [Process(target=add, args=(v, a, lock, 50)) for i in range(2)]
    for x in ps: x.start()
    for x in ps: x.join()
    print(v.value, a[:], len(a))
    parent, child = Pipe()
    c = Process(target=talk, args=(child,))
    c.start()
    print("parent got", parent.recv())
    parent.send("bye")
    c.join()
    child.close()
    try:
        parent.recv()
    except EOFError:
        print("EOFError")
    with Manager() as m:
        d = m.dict()
        l = m.list()
        def fill(d, l, k):
            d[k] = k * 10
            l.append(k)
        ps = [Process(target=fill, args=(d, l, k)) for k in range(3)]
        for x in ps: x.start()
        for x in ps: x.join()
        print(sorted(d.items()), sorted(l))
    jq = JoinableQueue()
    jq.put(1)
    jq.get()
    jq.task_done()
    jq.join()
    print("joined")
