# Values passed both ways through switch(), run's arguments and return value.
from greenlet import greenlet, getcurrent


def echo(*args, **kwargs):
    print('started with', args, kwargs)
    got = main.switch('first')
    while True:
        print('child got', repr(got))
        got = main.switch(got)


main = getcurrent()
print('main parent:', main.parent, 'dead:', main.dead, 'bool:', bool(main))
g = greenlet(echo)
print('pending: dead', g.dead, 'bool', bool(g), 'parent is main', g.parent is main)
print('back:', g.switch(1, 2, k=3))
print('started: dead', g.dead, 'bool', bool(g))
print('back:', g.switch())
print('back:', g.switch(42))
print('back:', g.switch(1, 2))
print('back:', g.switch((7,)))
print('back:', g.switch(a=1))
print('back:', g.switch(1, b=2))
print('back:', g.switch(None))

# Switching to the running greenlet returns the arguments.
print('self:', main.switch(5), main.switch(), main.switch(1, 2), main.switch(x=1))


def adder(a, b):
    return a + b


h = greenlet(adder)
print('returned:', h.switch(3, 4), 'dead', h.dead, 'bool', bool(h))
# A dead greenlet passes a switch on to its parent: here, the caller.
print('dead switch:', h.switch('fall', 'through'))


def gives_tuple():
    return (1,)


print('one-tuple:', greenlet(gives_tuple).switch())
print('None:', greenlet(lambda: None).switch())

# A greenlet never switched to never runs.
ran = []
never = greenlet(lambda: ran.append(1))
print('never ran:', ran, never.dead, bool(never))

# run as an attribute.
r = greenlet()
try:
    r.run
except AttributeError as e:
    print('AttributeError', e)
r.run = adder
print('run is adder:', r.run is adder)
print('switch:', r.switch(10, 20))
try:
    r.run
except AttributeError as e:
    print('AttributeError', e)
try:
    r.run = adder
except AttributeError as e:
    print('AttributeError', e)
try:
    main.run
except AttributeError as e:
    print('AttributeError', e)
q = greenlet(run=adder, parent=main)
print('keywords:', q.switch(1, b=5))
print(type(g).__name__, type(g).__module__, isinstance(g, greenlet), greenlet.getcurrent() is main)
