# Subclasses of greenlet, as gevent's Greenlet: run as a method, __init__
# calling greenlet.__init__ with a parent, attributes on instances.
from greenlet import greenlet, getcurrent, GreenletExit


class Worker(greenlet):
    def __init__(self, name, parent=None):
        greenlet.__init__(self, parent=parent)
        self.name = name
        self.value = None

    def run(self, *args):
        print(self.name, 'runs with', args)
        x = self.parent.switch(self.name + ' paused')
        self.value = x * 2
        return self.value


hub = getcurrent()
w = Worker('w1', parent=hub)
print(isinstance(w, greenlet), type(w).__name__, w.parent is hub)
print(w.switch(1, 2))
print(w.switch(21), w.value, w.dead)


class Plain(greenlet):
    pass


p = Plain(lambda a: a + 1)
print('plain subclass:', p.switch(1))


class WithSuper(greenlet):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def run(self):
        return 'tag ' + self.tag

    def describe(self):
        return 'WithSuper(%s, dead=%s)' % (self.tag, self.dead)


ws = WithSuper('t')
print(ws.describe(), ws.switch(), ws.describe())


class NoInit(greenlet):
    def run(self, x):
        try:
            getcurrent().parent.switch(x)
        except GreenletExit:
            return 'killed'


n = NoInit()
print(n.switch('no init'), n.throw(), bool(n))


# run passed to a subclass whose class also defines run: the class wins
# (greenlet looks run up as an attribute).
class Both(greenlet):
    def run(self):
        return 'method'


print(Both(lambda: 'argument').switch())
b = Both()
b.run = lambda: 'instance attribute'
print(b.switch())
