# The iterator protocol: iter(), next(), sentinel form, exhaustion, iterators of built-ins.
it = iter([1, 2, 3])
print(next(it), next(it), list(it), list(it), next(it, "done"))
print(type(iter("ab")).__name__ != "", iter(it) is it)
calls = [3, 2, 1, 0, 5]
def pull():
    return calls.pop(0)
print(list(iter(pull, 0)), calls)
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), next(di))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
e = enumerate("xyz", start=1)
print(next(e), list(e))
m = map(str, [1, 2])
print(list(m), list(m))
try:
    next(iter([]))
except StopIteration as ex:
    print("StopIteration", ex.args)
try:
    iter(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    next([1])
except TypeError as ex:
    print("TypeError:", ex)
