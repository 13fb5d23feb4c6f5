# frozenset: hashable, usable as dict keys and set members.
f = frozenset([1, 2, 3])
g = frozenset({3, 4})
print(f, f | g, f & g, f - g, len(f), 2 in f, f == {1, 2, 3}, frozenset())
groups = {frozenset({1, 2}): "a", f: "b"}
print(groups[frozenset([2, 1])], hash(f) == hash(frozenset([3, 2, 1])))
print({f, frozenset([1, 2, 3])} == {f}, type(f | {9}).__name__, type({9} | f).__name__)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
