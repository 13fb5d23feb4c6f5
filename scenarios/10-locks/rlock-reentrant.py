import threading

LOCK = "RLock"
THREADS = 10

lock = {"RLock": threading.RLock, "Lock": threading.Lock}[LOCK]()
cx_num = 0

def add_one():
    global cx_num
    lock.acquire()
    cx_num += 1
    print(cx_num, lock)
    lock.release()

def Func():
    lock.acquire()
    add_one()
    lock.release()

for i in range(THREADS):
    t = threading.Thread(target=Func)
    t.start()
print('main threading stop')
