import threading
from time import sleep

SLEEPS = [5, 1]

def test(sleepTime):
    num = 1
    sleep(sleepTime)
    num += 1
    print('---(%s)--num=%d' % (threading.current_thread().name, num))

for s in SLEEPS:
    threading.Thread(target=test, args=(s,)).start()
