import os, threading
pid = os.fork()
if pid == 0:
    print('child', threading.current_thread().name, threading.main_thread() is threading.current_thread())
    os._exit(0)
os.waitpid(pid, 0)
print('parent', threading.current_thread().name)
