import os
from multiprocessing import Process

COPIES = 3

def run(n):
    counter = 0
    for i in range(n):
        counter += 1
    print("process %d (parent %d): counter=%d" % (os.getpid(), os.getppid(), counter))

if __name__ == '__main__':
    print("one program, main process %d" % os.getpid())
    ps = [Process(target=run, args=(10 * (i + 1),)) for i in range(COPIES)]
    for p in ps: p.start()
    for p in ps: p.join()
