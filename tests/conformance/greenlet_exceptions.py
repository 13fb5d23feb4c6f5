# Exceptions across greenlets: propagation to the parent, GreenletExit as a
# value, throw() in all its forms.
import greenlet
from greenlet import GreenletExit


def fails(x):
    print('fails got', x)
    raise ValueError('bad %s' % x)


g = greenlet.greenlet(fails)
try:
    g.switch(1)
except ValueError as e:
    print('parent caught', type(e).__name__, e, 'dead', g.dead)


def exits():
    raise GreenletExit('bye')


r = greenlet.greenlet(exits).switch()
print('GreenletExit as value:', type(r).__name__, r.args)


def waits():
    try:
        greenlet.getcurrent().parent.switch('waiting')
    except GreenletExit as e:
        print('waits got', type(e).__name__, e.args)
        return 'cleaned up'
    finally:
        print('finally in waits')


w = greenlet.greenlet(waits)
print(w.switch())
print('throw default:', w.throw(), w.dead)

w = greenlet.greenlet(waits)
w.switch()
r = w.throw(GreenletExit)
print('unhandled by run, GreenletExit comes back:', r)


def catcher():
    while True:
        try:
            greenlet.getcurrent().parent.switch('ready')
        except KeyError as e:
            print('catcher caught KeyError', e)
        except ZeroDivisionError as e:
            print('catcher caught ZeroDivisionError', e)
            raise


c = greenlet.greenlet(catcher)
print(c.switch())
print(c.throw(KeyError, 'k1'))
print(c.throw(KeyError('k2')))
print(c.throw(KeyError, ('k3',)))
try:
    c.throw(ZeroDivisionError, 'zero')
except ZeroDivisionError as e:
    print('re-raised to parent:', e, c.dead)

# Throw into a greenlet that never started: run never runs.
p = greenlet.greenlet(fails)
print('pending throw:', type(p.throw()).__name__, p.dead)
p = greenlet.greenlet(fails)
try:
    p.throw(IndexError, 'never ran')
except IndexError as e:
    print('pending throw raised:', e, p.dead)

# Throw into a dead greenlet goes to its parent.
d = greenlet.greenlet(lambda: 'done')
d.switch()
print('dead throw:', type(d.throw()).__name__)
try:
    d.throw(OSError, 'to the parent')
except OSError as e:
    print('dead throw raised:', e)

# Bad arguments.
for args in [(KeyError('x'), 'v'), (5,), ('str',)]:
    try:
        c2 = greenlet.greenlet(catcher)
        c2.switch()
        c2.throw(*args)
    except TypeError as e:
        print('TypeError', e)

# An exception raised in a greenlet keeps its context there.
def ctx():
    try:
        raise KeyError('inner')
    except KeyError:
        raise RuntimeError('outer')


try:
    greenlet.greenlet(ctx).switch()
except RuntimeError as e:
    print('context:', repr(e.__context__))
print(issubclass(GreenletExit, BaseException), issubclass(GreenletExit, Exception),
      issubclass(greenlet.error, Exception), greenlet.greenlet.GreenletExit is GreenletExit)
