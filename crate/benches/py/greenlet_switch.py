# Two greenlets hand the thread to each other ten million times, as in
# lesson 14.2's with_greenlet (here with while loops).
from greenlet import greenlet

N = 5_000_000


def ping():
    n = 0
    while n < N:
        n += 1
        pong.switch()


def pong_run():
    n = 0
    while n < N:
        n += 1
        ping_g.switch()


ping_g, pong = greenlet(ping), greenlet(pong_run)
ping_g.switch()
