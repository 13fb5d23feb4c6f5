import random, threading, time

STYLE = "subclass"
ARGS = [['a', 'b', 'c'], ['aa', 'bb', 'cc']]

def thread_run(args):
    name = threading.current_thread().name
    print('%s is running...' % name)
    for a in args:
        print('%s args: %s' % (name, a))
        time.sleep(random.random())
    print('%s ended.' % name)

class myThread(threading.Thread):
    def __init__(self, name, args):
        threading.Thread.__init__(self, name=name)
        self.args = args
    def run(self):
        thread_run(self.args)

print('%s is running...' % threading.current_thread().name)
if STYLE == "subclass":
    ts = [myThread(name='Thread_%d' % (i + 1), args=a) for i, a in enumerate(ARGS)]
else:
    ts = [threading.Thread(target=thread_run, name='Thread_%d' % (i + 1), args=(a,))
          for i, a in enumerate(ARGS)]
for t in ts: t.start()
for t in ts: t.join()
print('%s ended.' % threading.current_thread().name)
