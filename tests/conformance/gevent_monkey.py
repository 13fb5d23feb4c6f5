from gevent import monkey
monkey.patch_all()
import queue
import socket
import threading
import time

import gevent

print(monkey.is_module_patched('time'), monkey.is_object_patched('time', 'sleep'),
      monkey.is_object_patched('socket', 'socket'), monkey.is_module_patched('os.path'))
print(time.sleep is gevent.sleep, socket.socket is gevent.socket.socket)
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())

start = time.time()


def task(n):
    print(threading.current_thread().name, 'sleeps', n)
    time.sleep(0.1 * n)
    print(threading.current_thread().name, 'woke')


threads = [threading.Thread(target=task, args=(n,)) for n in (3, 1, 2)]
for t in threads:
    t.start()
print('alive', [t.is_alive() for t in threads], threading.active_count())
for t in threads:
    t.join()
print('alive', [t.is_alive() for t in threads], '%.1f' % (time.time() - start))

g = gevent.spawn(lambda: threading.current_thread().name)
print('in a greenlet', g.get())

lock = threading.Lock()
cond = threading.Condition(lock)
box = []


def consumer():
    with cond:
        while not box:
            cond.wait()
        print('consumed', box.pop())


c = threading.Thread(target=consumer, name='consumer')
c.start()
time.sleep(0.1)
with cond:
    box.append('item')
    cond.notify()
c.join()

q = queue.Queue(1)


def producer():
    for i in range(3):
        q.put(i)
        print('produced', i)


p = threading.Thread(target=producer)
p.start()
for _ in range(3):
    time.sleep(0.1)
    print('took', q.get())
p.join()

sem = threading.Semaphore(2)
ev = threading.Event()


def gate(n):
    ev.wait()
    with sem:
        print('gate', n)
        time.sleep(0.1)


gs = [threading.Thread(target=gate, args=(i,)) for i in range(3)]
for t in gs:
    t.start()
time.sleep(0.1)
ev.set()
for t in gs:
    t.join()
print('%.1f' % (time.time() - start))
