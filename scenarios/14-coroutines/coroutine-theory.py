import heapq, threading, time

TASKS = 3
STEPS = 3
IO_TIME = 1.0

def task(name):
    for i in range(STEPS):
        print('%s: step %d, then %.1f s of I/O' % (name, i, IO_TIME))
        yield IO_TIME
    print('%s: done' % name)

def run(tasks):
    start = time.time()
    ready = [(0.0, n, t) for n, t in enumerate(tasks)]
    while ready:
        wake, n, t = heapq.heappop(ready)
        delay = wake - (time.time() - start)
        if delay > 0:
            time.sleep(delay)
        try:
            io = next(t)
            heapq.heappush(ready, (time.time() - start + io, n, t))
        except StopIteration:
            pass

start = time.time()
run([task('task%d' % i) for i in range(TASKS)])
print('%d tasks x %d waits of %.1f s took %.1f s in %d thread(s)'
      % (TASKS, STEPS, IO_TIME, time.time() - start, threading.active_count()))
