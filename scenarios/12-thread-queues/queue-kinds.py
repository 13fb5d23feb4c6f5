import queue

KIND = "PriorityQueue"
MAXSIZE = 4

q = getattr(queue, KIND)(MAXSIZE)
q.put((10, '111'))
q.put((100, '222'))
q.put((0, '333'))
q.put((-5, '444'))
print(q.full(), q.qsize())
while not q.empty():
    print(q.get())
try:
    q.get_nowait()
except queue.Empty:
    print('queue.Empty')
