import time, queue
from multiprocessing import Process
from multiprocessing.managers import BaseManager

PORT = 8001
AUTHKEY = b'qiye'
SERVER_ADDR = '127.0.0.1'
TASKS = 10
WORKERS = 1

# server.py
task_queue = queue.Queue()
result_queue = queue.Queue()

class Queuemanager(BaseManager):
    pass

Queuemanager.register('get_task_queue', callable=lambda: task_queue)
Queuemanager.register('get_result_queue', callable=lambda: result_queue)

def server():
    manager = Queuemanager(address=('', PORT), authkey=AUTHKEY)
    manager.start()
    task = manager.get_task_queue()
    result = manager.get_result_queue()
    for url in ["ImageUrl_" + str(i) for i in range(TASKS)]:
        print('put task %s ...' % url)
        task.put(url)
    workers = [Process(target=worker, args=(n,)) for n in range(WORKERS)]
    for w in workers: w.start()
    print('try get result...')
    for i in range(TASKS):
        print('result is %s' % result.get(timeout=10))
    for w in workers: w.join()
    manager.shutdown()

# worker.py (another host)
class QueueManager(BaseManager):
    pass

QueueManager.register('get_task_queue')
QueueManager.register('get_result_queue')

def worker(n):
    print('Connect to server %s...' % SERVER_ADDR)
    m = QueueManager(address=(SERVER_ADDR, PORT), authkey=AUTHKEY)
    m.connect()
    task = m.get_task_queue()
    result = m.get_result_queue()
    while not task.empty():
        try:
            image_url = task.get(True, timeout=5)
        except queue.Empty:
            break
        print('worker %d run task download %s...' % (n, image_url))
        time.sleep(1)
        result.put('%s--->success' % image_url)
    print('worker %d exit.' % n)

if __name__ == '__main__':
    server()
