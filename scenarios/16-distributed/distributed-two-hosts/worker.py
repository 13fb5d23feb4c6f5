import time, queue
from multiprocessing.managers import BaseManager

PORT = 8001
AUTHKEY = b'qiye'
SERVER_ADDR = '10.0.0.1'

class QueueManager(BaseManager):
    pass

QueueManager.register('get_task_queue')
QueueManager.register('get_result_queue')

print('Connect to server %s...' % SERVER_ADDR)
m = QueueManager(address=(SERVER_ADDR, PORT), authkey=AUTHKEY)
# Both hosts start at once: wait until the master's manager listens.
while True:
    try:
        m.connect()
        break
    except ConnectionRefusedError:
        time.sleep(0.1)
task = m.get_task_queue()
result = m.get_result_queue()
try:
    while not task.empty():
        try:
            image_url = task.get(True, timeout=5)
        except queue.Empty:
            break
        print('run task download %s...' % image_url)
        time.sleep(1)
        result.put('%s--->success' % image_url)
except (EOFError, ConnectionError):
    # The master shuts down once it has every result: it may be gone
    # before this last look at the queue.
    pass
print('worker exit.')
