# Greenlet names: set by hand, or Greenlet-N with N counted as names are
# asked for (gevent's minimal_ident), and repr showing a name only once
# it exists.
import gevent


def eat(n):
    return n


a = gevent.Greenlet(eat, 1)
b = gevent.Greenlet(eat, 2)
c = gevent.spawn(eat, 3)
print(repr(a).split(' at ')[0])
b.name = 'dinner'
print(b.name, c.name, a.name, c.minimal_ident, a.minimal_ident)
print(repr(a).split(' at ')[0], repr(b).split(' at ')[0])
a.start()
b.start()
gevent.joinall([a, b, c])
print([g.value for g in (a, b, c)], a.name, b.name, c.name)
