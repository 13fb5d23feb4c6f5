# Parent chains: results and exceptions go to the parent; dead greenlets
# pass switches on; nested switches; the parent attribute's checks.
from greenlet import greenlet, getcurrent

main = getcurrent()
made = {}


def inner(x):
    print('inner got', x)
    y = main.switch('inner paused')
    print('inner resumed with', y)
    return 'inner result'


def outer(x):
    print('outer got', x)
    made['inner'] = greenlet(inner)  # its parent: outer, the running greenlet
    print('inner.parent is outer:', made['inner'].parent is getcurrent())
    r = made['inner'].switch(x + 1)
    print('outer got back', r)
    return 'outer result'


o = greenlet(outer)
print('main got', o.switch(1))
# inner's return goes to outer, its parent; outer's return comes here.
print('main got', made['inner'].switch('go on'))
print('dead:', o.dead, made['inner'].dead)


# An exception goes up the chain until someone catches it.
def leaf():
    raise KeyError('from leaf')


def middle():
    try:
        greenlet(leaf).switch()
    except KeyError as e:
        print('middle caught', e)
        raise ValueError('from middle')


try:
    greenlet(middle).switch()
except ValueError as e:
    print('main caught', e, 'context', repr(e.__context__))

# Reparenting: the result goes to the new parent.
def collector():
    while True:
        print('collector got', main.switch())


col = greenlet(collector)
col.switch()
w = greenlet(lambda: 'to the collector')
w.parent = col
w.switch()

# A switch to a dead greenlet goes to its parent (here a pending one, which starts).
def starter(*args):
    print('starter started with', args)
    return 'starter done'


s = greenlet(starter)
d = greenlet(lambda: None, parent=s)
d.parent = main
d.switch()
d.parent = s
print('fell through:', d.switch('a', 'b'))

# Two dead greenlets in a row.
a = greenlet(lambda: 1)
b = greenlet(lambda: 2, parent=a)
print(a.switch(), b.parent is a)
b.switch()
print('b dead, a dead:', b.dead, a.dead, b.switch('passes both'))

# The parent attribute's checks.
x = greenlet(lambda: None)
y = greenlet(lambda: None, parent=x)
for bad in [y, x, 5]:
    try:
        x.parent = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    main.parent = x
except AttributeError as e:
    print('AttributeError', e)
try:
    del x.parent
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
print(x.parent is main, y.parent is x)


# Ping-pong between two children with a shared counter.
count = [0]


def ping():
    while count[0] < 5:
        count[0] += 1
        print('ping', count[0])
        pong_g.switch()
    return 'ping done'


def pong():
    while True:
        print('pong', count[0])
        ping_g.switch()


ping_g, pong_g = greenlet(ping), greenlet(pong)
print(ping_g.switch(), pong_g.dead, bool(pong_g))
