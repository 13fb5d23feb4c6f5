# os.fork copies greenlets with the process: the child resumes its own
# copies, the parent its originals.
import os
from greenlet import greenlet, getcurrent

main = getcurrent()


def counter(start):
    n = start
    while True:
        n += 1
        main.switch(n)


g = greenlet(counter)
print('before fork', g.switch(10), g.switch())
pid = os.fork()
if pid == 0:
    print('child', g.switch(), g.switch(), getcurrent() is main, g.parent is main)
    h = greenlet(lambda: 'child greenlet')
    print('child', h.switch())
    os._exit(0)
os.waitpid(pid, 0)
print('parent', g.switch(), g.dead)


# Fork inside a greenlet: the child goes on in its copy of it.
def forker():
    pid = os.fork()
    if pid == 0:
        print('child inside greenlet, parent is main:', getcurrent().parent is main)
        main.switch('from child')
        return
    os.waitpid(pid, 0)
    return 'parent greenlet done'


r = greenlet(forker).switch()
print('main got', r)
if r == 'from child':
    os._exit(0)
