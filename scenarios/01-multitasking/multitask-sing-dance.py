import threading
from time import sleep, time

REPEAT = 3
THREADED = True

def sing():
    for i in range(REPEAT):
        print("正在唱歌...%d" % i)
        sleep(1)

def dance():
    for i in range(REPEAT):
        print("正在跳舞...%d" % i)
        sleep(1)

if __name__ == '__main__':
    start = time()
    if THREADED:
        t1 = threading.Thread(target=sing)
        t2 = threading.Thread(target=dance)
        t1.start()
        t2.start()
        t1.join()
        t2.join()
    else:
        sing()
        dance()
    print("用时 %d 秒" % round(time() - start))
