SEND = 'aaa'

def func():
    print(1)
    yield 'aaa'
    print(2)
    yield 'bbb'
    print(3)
    yield 'ccc'

g = func()
next(g)

def func2():
    x = yield 1
    print(x)
    yield 2

g = func2()
print(next(g))
print(g.send(SEND))
