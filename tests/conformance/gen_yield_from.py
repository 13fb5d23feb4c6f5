# yield from: delegating to sub-generators and iterables.
def inner(tag):
    received = yield f"{tag}-1"
    print("inner got", received)
    yield f"{tag}-2"
    return tag.upper()

def outer():
    a = yield from inner("a")
    b = yield from inner("b")
    yield from [a, b]
    yield from range(2)

o = outer()
print(next(o))
print(o.send("hello"))
print(list(o))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], (x for x in range(2)))))

def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
print(list(tree((1, [(2, [(4, [])]), (3, [])]))))
