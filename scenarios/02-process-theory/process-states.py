import threading, time

IO_TIME = 1.0
WORK = 200_000

lock = threading.Lock()

def worker():
    x = 0
    for i in range(WORK):
        x += i
    print("worker: computed, now blocked on I/O")
    time.sleep(IO_TIME)
    print("worker: I/O done, blocked on the lock")
    with lock:
        print("worker: got the lock")

with lock:
    t = threading.Thread(target=worker)
    t.start()
    y = 0
    for i in range(WORK):
        y += i
    time.sleep(2 * IO_TIME)
    print("main: releasing the lock")
t.join()
print("worker exited")
