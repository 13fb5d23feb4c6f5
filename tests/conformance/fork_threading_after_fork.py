import os, threading, time
def worker():
    pid = os.fork()
    if pid == 0:
        t = threading.current_thread()
        print('child', t.name, t is threading.main_thread(), threading.active_count(), [x.name for x in threading.enumerate()])
        os._exit(0)
    os.waitpid(pid, 0)
    print('parent thread', threading.current_thread().name)
t = threading.Thread(target=worker, name='forker')
t.start(); t.join()
print('parent', threading.active_count())
