import threading, time
from queue import Queue

PRODUCERS = 2
CONSUMERS = 5
INITIAL = 500
HIGH = 1000
LOW = 100
BATCH = 100
TAKE = 3
RUN_TIME = 10

class Producer(threading.Thread):
    def run(self):
        count = 0
        while True:
            if queue.qsize() < HIGH:
                for i in range(BATCH):
                    count = count + 1
                    msg = self.name + '生成产品' + str(count)
                    queue.put(msg)
                    print(msg)
            time.sleep(0.5)

class Consumer(threading.Thread):
    def run(self):
        while True:
            if queue.qsize() > LOW:
                for i in range(TAKE):
                    msg = self.name + '消费了 ' + queue.get()
                    print(msg)
            time.sleep(1)

if __name__ == '__main__':
    queue = Queue()
    for i in range(INITIAL):
        queue.put('初始产品' + str(i))
    for i in range(PRODUCERS):
        Producer(daemon=True).start()
    for i in range(CONSUMERS):
        Consumer(daemon=True).start()
    time.sleep(RUN_TIME)
    print('qsize after %s s: %d' % (RUN_TIME, queue.qsize()))
