import threading, queue

ITEMS = 10
CONSUMER = "seed"

def producer():
    for i in range(ITEMS):
        q.put('骨头 %s' % i)
    print('开始等待所有的骨头被吃掉。。。。')
    q.join()
    print('所有的骨头被吃完...')

def consumer(n):
    while q.qsize() > 0:
        print('%s 正在吃' % n, q.get())
        q.task_done()

def consumer_forever(n):
    while True:
        print('%s 正在吃' % n, q.get())
        q.task_done()

q = queue.Queue()
p = threading.Thread(target=producer)
p.start()
if CONSUMER == "seed":
    c1 = consumer("司家勇")
else:
    threading.Thread(target=consumer_forever, args=("司家勇",), daemon=True).start()
