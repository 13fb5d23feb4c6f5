# Each thread has its own main greenlet; a greenlet belongs to the thread
# it was made in, and switching to it from another thread is an error.
import threading
from greenlet import greenlet, getcurrent, error

main_main = getcurrent()
mine = greenlet(lambda: 'ran in main thread')
results = {}


def worker():
    here = getcurrent()
    results['own main'] = here is not main_main and here.parent is None
    try:
        mine.switch()
    except error as e:
        results['error'] = str(e).splitlines()[0]
    try:
        main_main.switch()
    except error as e:
        results['error main'] = str(e).splitlines()[0]
    try:
        greenlet(lambda: None, parent=main_main).switch()
    except error as e:
        results['error child'] = str(e).splitlines()[0]
    local = greenlet(lambda x: x * 3)
    results['local'] = local.switch(14)


t = threading.Thread(target=worker)
t.start()
t.join()
for k in sorted(results):
    print(k, '->', results[k])
print(mine.switch(), mine.dead)


# Greenlets in two threads, each switching among its own.
def pingpong(tag, out):
    def a():
        for i in range(3):
            out.append('%s a%d' % (tag, i))
            gb.switch()

    def b():
        while True:
            out.append('%s b' % tag)
            ga.switch()

    ga, gb = greenlet(a), greenlet(b)
    ga.switch()


outs = [[], []]
threads = [threading.Thread(target=pingpong, args=('t%d' % i, outs[i])) for i in range(2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(outs[0])
print(outs[1])
