import time, random, queue, threading

COUNT = 20
PRODUCE_MAX = 3
CONSUME_MAX = 4

q = queue.Queue()

def producer(name):
    count = 0
    while count < COUNT:
        time.sleep(random.randrange(PRODUCE_MAX))
        q.put(count)
        print('producer %s has produced %s 包子...' % (name, count))
        count += 1

def consumer(name):
    count = 0
    while count < COUNT:
        time.sleep(random.randrange(CONSUME_MAX))
        if not q.empty():
            data = q.get()
            print('\033[32;1m Consumer %s has eat %s 包子....\033[0m' % (name, data))
        else:
            print('-----no baozi anymore-----')
        count += 1

p1 = threading.Thread(target=producer, args=('陈鑫',))
c1 = threading.Thread(target=consumer, args=('白弘毅',))
p1.start()
c1.start()
