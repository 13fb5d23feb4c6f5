# Generator expressions: laziness, single use, short-circuiting consumers.
log = []
def val(x):
    log.append(x)
    return x
g = (val(x) for x in range(10))
print(log)
print(any(v > 2 for v in g), log)
print(next(g), log[-1])
print(list(g)[:2])
print(sum(x * x for x in range(101)), min(len(s) for s in ["abc", "d"]), "".join(c for c in "hello" if c not in "l"))
print(all(x < 5 for x in range(5)), all(x < 5 for x in range(6)), sorted((x % 3 for x in range(7)), reverse=True))
nested = ((i, j) for i in range(2) for j in range(2))
print(list(nested), list(nested))
