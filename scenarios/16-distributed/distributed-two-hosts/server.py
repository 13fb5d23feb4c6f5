import queue
from multiprocessing.managers import BaseManager

PORT = 8001
AUTHKEY = b'qiye'
TASKS = 10

task_queue = queue.Queue()
result_queue = queue.Queue()

class Queuemanager(BaseManager):
    pass

Queuemanager.register('get_task_queue', callable=lambda: task_queue)
Queuemanager.register('get_result_queue', callable=lambda: result_queue)

manager = Queuemanager(address=('', PORT), authkey=AUTHKEY)
manager.start()
task = manager.get_task_queue()
result = manager.get_result_queue()
for url in ["ImageUrl_" + str(i) for i in range(TASKS)]:
    print('put task %s ...' % url)
    task.put(url)
print('try get result...')
for i in range(TASKS):
    print('result is %s' % result.get(timeout=10))
manager.shutdown()
