from multiprocessing import Process, Queue
import os, time, random

END = "terminate"
WRITERS = [['a', 'b', 'c'], ['aa', 'bb', 'cc']]

def proc_write(q, args):
    print('process(%s) is writing...' % os.getpid())
    for a in args:
        q.put(a)
        print('put %s to queue...' % a)
        time.sleep(random.random())

def proc_read(q):
    print('process(%s) is reading...' % os.getpid())
    while True:
        a = q.get(True)
        if a is None:
            break
        print('get %s from queue.' % a)

if __name__ == '__main__':
    q = Queue()
    writers = [Process(target=proc_write, args=(q, args)) for args in WRITERS]
    reader = Process(target=proc_read, args=(q,))
    for w in writers: w.start()
    reader.start()
    for w in writers: w.join()
    if END == "terminate":
        reader.terminate()
    else:
        q.put(None)
    reader.join()
    print('reader exit code:', reader.exitcode)
