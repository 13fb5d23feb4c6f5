def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 10, "z": 26}))

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner

g = outer()
print(g(), g(), g())

counter = 0
def bump():
    global counter
    counter += 10
bump(); bump()
print(counter)

add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a: len(a))(1, 2, 3))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders()])

def kwonly(*, key):
    return key
print(kwonly(key="k"))

def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))

try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)
