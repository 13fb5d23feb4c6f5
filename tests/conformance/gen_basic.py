# Generators: lazy values, state between yields, for loops and next().
def count_up(limit):
    print("start")
    n = 0
    while n < limit:
        yield n
        n += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
for v in g:
    print("loop", v)
print(list(count_up(2)), sum(count_up(5)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), list(zip(evens(range(6)), "abc")))
