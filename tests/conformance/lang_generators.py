def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def consumer():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

c = consumer()
print(next(c))
print(c.send(5), c.send(10))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

def producer(c):
    c.send(None)
    for n in range(1, 4):
        r = c.send(n)
        print("[PRODUCER] consumer returned", r)
    c.close()

def cons():
    r = ""
    while True:
        n = yield r
        if not n:
            return
        print("[CONSUMER] consuming %s..." % n)
        r = "200 OK"

producer(cons())

def gen_close():
    try:
        yield 1
        yield 2
    finally:
        print("closed")

g = gen_close()
print(next(g))
g.close()

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3

o = outer()
print(next(o), o.send("hello"), next(o))

squares = (x * x for x in range(5))
print(sum(squares), sum(x for x in range(10) if x % 2))
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fib()):
    if i >= 10:
        break
    print(f, end=" ")
print()
