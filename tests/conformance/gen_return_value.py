# A generator's return value travels in StopIteration.value and to yield from.
def task():
    yield 1
    yield 2
    return "result"

g = task()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted again:", e.value)

def delegate():
    r = yield from task()
    print("delegate got", r)
    return r * 2

d = delegate()
print(list(d))
d2 = delegate()
for _ in range(2):
    next(d2)
try:
    next(d2)
except StopIteration as e:
    print("outer value:", e.value)

def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print(e.value)
