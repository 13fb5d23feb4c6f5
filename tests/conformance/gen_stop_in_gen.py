# A StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("inner")

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def uses_next(it):
    yield next(it)
    yield next(it)

print(list(uses_next(iter([1, 2]))))
list(uses_next(iter([1])))
