# Lesson 14.2's with_greenlet: two greenlets hand the thread to each other,
# ten million switches in all.
from greenlet import greenlet

N = 5_000_000


def f1():
    for i in range(N):
        i + 1
        g2.switch()


def f2():
    for i in range(N):
        i + 1
        g1.switch()


g1, g2 = greenlet(f1), greenlet(f2)
g1.switch()
