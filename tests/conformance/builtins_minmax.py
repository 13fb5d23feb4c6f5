# min, max, sum, sorted, any, all.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

print(max(3, 9, 2), min(3, 9, 2), max([4, 8, 1]), min("hello"), max("b", "abc"), max([1, 2.5, 2]), min([[2], [1, 5]]))
print(max([3, 1, 3.0]), min([1, True, 1.0]), max((1, "x"), (1, "y")), max(range(5)), min(range(5), key=lambda x: (x - 2) ** 2))
print(max(["apple", "fig", "kiwi"], key=len), min(["apple", "fig", "kiwi"], key=len), max("Ab", "aB", key=str.lower))
print(max([], default="empty"), min([], default=None), max([5], default=0), max({"b": 1, "a": 2}), min({"b": 1, "a": 2}.items()))
print(max(iter([3, 7, 5])), min(x * x for x in range(-3, 3)), max(1, 2, key=None))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.1, 0.2, 0.3]), sum([1, 0.5]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(range(1001)), sum([2**62, 2**62, 2**62]), sum([True, True, 3]), sum(x / 2 for x in range(4)), sum([], start=5))
print(any([]), any([0, "", None]), any([0, 1]), all([]), all([1, "x"]), all([1, 0]), any(x > 2 for x in range(5)))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))

class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Box(%r)" % self.v

print(max([Box(2), Box(5), Box(1)]), min([Box(2), Box(5), Box(1)]), sorted([Box(2), Box(1)]))
first = max([(1, "first"), (1, "second")], key=lambda p: p[0])
print(first, min([(1, "first"), (1, "second")], key=lambda p: p[0]))
attempt("max empty", lambda: max([]))
attempt("min empty", lambda: min(()))
attempt("max none", lambda: max())
attempt("max int", lambda: max(5))
attempt("max mixed", lambda: max(1, "a"))
attempt("max list mixed", lambda: max([1, "a"]))
attempt("min mixed", lambda: min([1, "a"]))
attempt("max default many", lambda: max(1, 2, default=0))
attempt("max bad kw", lambda: max([1], foo=1))
attempt("min key", lambda: min([1, 2], key=5))
attempt("sum strings", lambda: sum(["a", "b"], ""))
attempt("sum bytes", lambda: sum([b"a"], b""))
attempt("sum mixed", lambda: sum([1, "a"]))
attempt("sum none", lambda: sum())
attempt("sum many", lambda: sum([], 1, 2))
attempt("sum int", lambda: sum(5))
attempt("any int", lambda: any(5))
attempt("all none", lambda: all())
attempt("sorted none", lambda: sorted())
attempt("sorted mixed", lambda: sorted([2, None]))
