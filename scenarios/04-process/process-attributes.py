from multiprocessing import Process, current_process
import time, os

JOIN_TIMEOUT = None

def worker(name, interval):
    print("%s,父进程(%s),当前进程(%s)" % (name, os.getppid(), os.getpid()))
    t_start = time.time()
    time.sleep(interval)
    print("%s,执行时间为'%0.2f'秒" % (name, time.time() - t_start))

if __name__ == '__main__':
    print("进程ID：%s %s %s" % (os.getpid(), current_process().pid, current_process().name))
    p1 = Process(target=worker, args=("worker_1", 2))
    p2 = Process(target=worker, name="dongGe", args=("worker_2", 1))
    p1.start()
    p2.start()
    print("p2.is_alive=%s" % p2.is_alive())
    print("p1.name=%s p1.pid=%s" % (p1.name, p1.pid))
    print("p2.name=%s p2.pid=%s" % (p2.name, p2.pid))
    p1.join(JOIN_TIMEOUT)
    print("p1.is_alive=%s" % p1.is_alive())
    p3 = Process(target=time.sleep, args=(100,))
    p3.start()
    p3.terminate()
    time.sleep(0.1)
    print("p3.is_alive=%s exitcode=%s" % (p3.is_alive(), p3.exitcode))
