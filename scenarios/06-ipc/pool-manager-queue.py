from multiprocessing import Manager, Pool, Queue
import os

QUEUE = "Manager"
POOL_SIZE = 3
WORD = "dongGe"

def reader(q):
    print("reader启动(%s),父进程为(%s)" % (os.getpid(), os.getppid()))
    for i in range(q.qsize()):
        print("reader从Queue获取到消息：%s" % q.get(True))

def writer(q):
    print("writer启动(%s),父进程为(%s)" % (os.getpid(), os.getppid()))
    for i in WORD:
        q.put(i)

if __name__ == "__main__":
    print("(%s) start" % os.getpid())
    q = Manager().Queue() if QUEUE == "Manager" else Queue()
    po = Pool(POOL_SIZE)
    po.apply(writer, (q,))
    po.apply(reader, (q,))
    po.close()
    po.join()
    print("(%s) End" % os.getpid())
