# next() on an exhausted generator, uncaught: a StopIteration traceback.
def once():
    yield "only"

g = once()
print(next(g))
print(next(g, "default"))
next(g)
