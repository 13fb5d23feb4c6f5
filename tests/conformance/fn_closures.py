# Closures: counters, factories, late binding, cells shared between closures.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())

def multipliers():
    return [lambda x: x * i for i in range(4)]

print([m(2) for m in multipliers()])

def multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(2) for m in multipliers_bound()])

def pair():
    value = []
    def put(x):
        value.append(x)
    def get():
        return list(value)
    return put, get

put, get = pair()
put(1)
put(2)
print(get())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()

print(outer())

def adder(n):
    return lambda x: x + n

add5 = adder(5)
print(add5(10), adder(-1)(1), add5.__name__)
