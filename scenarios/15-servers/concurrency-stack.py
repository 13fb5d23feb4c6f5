import os, threading, time
from multiprocessing import Process
import gevent

PROCS = 2
THREADS = 2
GREENLETS = 5
IO_TIME = 1.0

def io_task():
    gevent.sleep(IO_TIME)
    return threading.get_ident()

def thread_main(out):
    gs = [gevent.spawn(io_task) for g in range(GREENLETS)]
    gevent.joinall(gs)
    out.extend(g.value for g in gs)

def process_main(p):
    out = []
    ts = [threading.Thread(target=thread_main, args=(out,)) for t in range(THREADS)]
    for t in ts: t.start()
    for t in ts: t.join()
    print('process %d (pid %d): %d greenlets on %d threads' % (p, os.getpid(), len(out), len(set(out))))

if __name__ == '__main__':
    start = time.time()
    ps = [Process(target=process_main, args=(p,)) for p in range(PROCS)]
    for p in ps: p.start()
    for p in ps: p.join()
    print('%d tasks of %.1f s I/O in %.1f s' % (PROCS * THREADS * GREENLETS, IO_TIME, time.time() - start))
