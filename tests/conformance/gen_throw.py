# throw(): raising inside a paused generator, which may handle it.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled", e)
            n = -1
        n += 1

r = resilient()
print(next(r), next(r))
print(r.throw(ValueError("reset")))
print(next(r))
try:
    r.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
try:
    next(r)
except StopIteration:
    print("generator finished")
