# tuples: packing, indexing, methods, immutability, comparison, hashing.
t = 1, 2, 3
single = (1,)
empty = ()
print(t, single, empty, type(single).__name__, len(empty), (1) == 1)
print(t[0], t[-1], t[1:], t.index(2), t.count(3), t + (4,), t * 2, 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), max([(1, "b"), (1, "a")]))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], tuple([1, 2]), tuple("ab"), tuple(range(2)))
a, b = t[:2]
print(a, b, sorted((3, 1, 2)), tuple(sorted((3, 1, 2))))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
