from threading import Thread, Lock
from time import sleep

TASKS = 3
ROUNDS = 5

class Task(Thread):
    def __init__(self, n, mine, nxt):
        Thread.__init__(self)
        self.n, self.mine, self.nxt = n, mine, nxt
    def run(self):
        for _ in range(ROUNDS):
            if self.mine.acquire():
                print("------Task %d " % self.n)
                sleep(0.5)
                self.nxt.release()

locks = [Lock() for _ in range(TASKS)]
for lock in locks[1:]:
    lock.acquire()
for i in range(TASKS):
    Task(i + 1, locks[i], locks[(i + 1) % TASKS]).start()
