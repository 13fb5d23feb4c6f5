from gevent import spawn, joinall, monkey; monkey.patch_all()
import time

TASKS = 10
IO_TIME = 0.5

def task(pid):
    time.sleep(IO_TIME)
    print('Task %s done' % pid)

def synchronous():
    for i in range(TASKS):
        task(i)

def asynchronous():
    g_l = [spawn(task, i) for i in range(TASKS)]
    joinall(g_l)
    print('DONE')

if __name__ == '__main__':
    for name, f in [('Synchronous:', synchronous), ('Asynchronous:', asynchronous)]:
        start = time.time()
        print(name)
        f()
        print('%.1f s' % (time.time() - start))
