# An exception no greenlet catches reaches the main greenlet's stack and
# ends the program with a traceback through both.
from greenlet import greenlet


def child(n):
    helper(n)


def helper(n):
    print('about to fail')
    return 1 / n


g = greenlet(child)
g.switch(0)
print('not reached')
