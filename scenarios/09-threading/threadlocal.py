import threading, time

STYLE = "local"
DELAY = 0.1

local_school = threading.local()
global_dict = {}
current = None

def process_student(std=None):
    if STYLE == "dict":
        std = global_dict[threading.current_thread()]
    elif STYLE == "local":
        std = local_school.student
    elif STYLE == "global":
        std = current
    print('Hello, %s (in %s)' % (std, threading.current_thread().name))

def process_thread(name):
    global current
    if STYLE == "dict":
        global_dict[threading.current_thread()] = name
    elif STYLE == "local":
        local_school.student = name
    elif STYLE == "global":
        current = name
    time.sleep(DELAY)
    process_student(name if STYLE == "args" else None)

t1 = threading.Thread(target=process_thread, args=('Alice',), name='Thread-A')
t2 = threading.Thread(target=process_thread, args=('Bob',), name='Thread-B')
t1.start(); t2.start()
t1.join(); t2.join()
