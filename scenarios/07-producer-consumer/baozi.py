from multiprocessing import Process, Queue
import time, random

PRODUCERS = 2
CONSUMERS = 2
BAOZI = 5
STEAMER = 3

def producer(name, q):
    for i in range(BAOZI):
        time.sleep(random.random())
        baozi = '%s的包子%d' % (name, i)
        q.put(baozi)
        print('%s 做好了 %s' % (name, baozi))

def consumer(name, q):
    while True:
        baozi = q.get()
        if baozi is None:
            break
        time.sleep(random.random())
        print('%s 吃了 %s' % (name, baozi))

if __name__ == '__main__':
    q = Queue(STEAMER)
    ps = [Process(target=producer, args=('厨师%d' % i, q)) for i in range(PRODUCERS)]
    cs = [Process(target=consumer, args=('顾客%d' % i, q)) for i in range(CONSUMERS)]
    for p in ps + cs: p.start()
    for p in ps: p.join()
    for c in cs: q.put(None)
    for c in cs: c.join()
    print('包子卖完了')
