from multiprocessing import Process, current_process, active_children
import os, time, sys

def child(n):
    print("child", n, current_process().name)
    time.sleep(0.1)
    sys.exit(n)

class Worker(Process):
    def __init__(self, x):
        super().__init__()
        self.x = x
    def run(self):
        print("worker run", self.x, self.name)

if __name__ == '__main__':
    print(current_process().name)
    ps = [Process(target=child, args=(i,)) for i in range(3)]
    for p in ps:
        p.start()
        p.join()
    print([p.exitcode for p in ps], [p.name for p in ps])
    w = Worker(42)
    w.start(); w.join()
    print(w.exitcode)
    s = Process(target=time.sleep, args=(100,), name="sleeper")
    s.start()
    print(s.is_alive(), s.exitcode)
    s.terminate()
    s.join()
    print(s.is_alive(), s.exitcode)
    k = Process(target=time.sleep, args=(100,))
    k.start(); k.kill(); k.join()
    print(k.exitcode)
    try:
        k.start()
    except AssertionError as e:
        print("AssertionError:", e)
    d = Process(target=time.sleep, args=(100,), daemon=True)
    d.start()
    print(d.daemon, len(active_children()))
    money = 100
    def change():
        global money
        money = 666
        print("child sees", money)
    p = Process(target=change)
    p.start(); p.join()
    print("parent sees", money)
    def fail():
        sys.exit("failing on purpose")
    f = Process(target=fail, name="failing")
    f.start(); f.join()
    print("exitcode", f.exitcode)
