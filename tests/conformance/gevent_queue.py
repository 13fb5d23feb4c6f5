import gevent
from gevent.queue import Queue, JoinableQueue, LifoQueue, PriorityQueue, Empty, Full

q = Queue(2)


def producer():
    for i in range(5):
        q.put(i)
        print('put', i, q.qsize())
    q.put(StopIteration)


def consumer():
    for item in q:
        print('got', item)
        gevent.sleep(0.1)


gevent.joinall([gevent.spawn(producer), gevent.spawn(consumer)])
print(q.empty(), q.full(), q.qsize(), q.maxsize)
try:
    q.get(timeout=0.1)
except Empty:
    print('Empty after timeout')
try:
    q.get_nowait()
except Empty:
    print('Empty at once')
small = Queue(1)
small.put_nowait('a')
print(small.full(), small.peek(), small.qsize())
try:
    small.put('b', timeout=0.1)
except Full:
    print('Full after timeout')
try:
    small.put_nowait('b')
except Full:
    print('Full at once')
print(small.get_nowait())

jq = JoinableQueue()


def worker(n):
    while True:
        item = jq.get()
        gevent.sleep(0.1 * (item + 1))
        print('worker', n, 'did', item)
        jq.task_done()


for i in range(4):
    jq.put(i)
for n in range(2):
    gevent.spawn(worker, n)
jq.join()
print('all done', jq.unfinished_tasks)
try:
    jq.task_done()
except ValueError as e:
    print('ValueError:', e)

lq, pq = LifoQueue(), PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
print(isinstance(Empty(), Exception), Empty.__module__ == 'queue' or Empty.__module__ == '_queue')
