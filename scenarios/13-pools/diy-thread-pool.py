import queue, threading, time

POOL_SIZE = 5
TASKS = 20

class ThreadPool:
    def __init__(self, size):
        self.tasks = queue.Queue()
        for _ in range(size):
            threading.Thread(target=self._work, daemon=True).start()
    def _work(self):
        while True:
            func, args = self.tasks.get()
            func(*args)
            self.tasks.task_done()
    def submit(self, func, *args):
        self.tasks.put((func, args))
    def wait(self):
        self.tasks.join()

seen = set()

def task(i):
    seen.add(threading.current_thread().name)
    print('task %d in %s' % (i, threading.current_thread().name))
    time.sleep(1)

start = time.time()
pool = ThreadPool(POOL_SIZE)
for i in range(TASKS):
    pool.submit(task, i)
pool.wait()
print('%d tasks on %d threads in %.1f s' % (TASKS, len(seen), time.time() - start))
