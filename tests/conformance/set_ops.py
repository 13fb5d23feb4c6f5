# set and frozenset: methods, operators, comparisons. Sets are printed
# sorted (or when they hold one member): their order is CPython's hash order.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def show(s):
    return type(s).__name__ + str(sorted(s))

a = {1, 2, 3, 4}
b = set([3, 4, 5])
print(show(a | b), show(a & b), show(a - b), show(a ^ b), show(b - a))
print(show(a.union(b, [9])), show(a.intersection(b, {4})), show(a.difference([1], (2,))), show(a.symmetric_difference(range(3))))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b), {1} < a, a <= a, a < a, a > {1}, a >= b)
print(a == {4, 3, 2, 1}, a != b, {1, 2} == frozenset([1, 2]), set() == set(), set() == {}, len(a), 3 in a, 9 not in a)
s = set()
s.add(1)
s.add(1)
s.add("x")
s.update([2, 3], "ab")
print(len(s), show(s - {"x", "a", "b"}))
s.discard("zz")
s.discard("x")
s.remove("a")
print(len(s), "a" in s, "b" in s)
popped = {7}.pop()
print(popped)
t = {1, 2, 3}
t |= {4}
t &= {1, 2, 4, 8}
t -= {2}
t ^= {9, 1}
print(show(t))
t.intersection_update([4, 9, 10])
t.difference_update([9])
t.symmetric_difference_update([5])
print(show(t))
f = frozenset([3, 1, 2])
print(show(f), show(f | {5}), show({5} | f), show(f.union([0])), f.issubset(a), show(f.copy()), f.copy() is f)
print({f: "frozen key"}[frozenset({1, 2, 3})], frozenset() == frozenset(), hash(frozenset()) == hash(frozenset([])))
c = a.copy()
c.clear()
print(show(c), show(a), bool(c), bool(a))
print(show(set("hello")), show(frozenset(range(3))), show(set({"k": 1, "j": 2})), show({x % 3 for x in range(10)}))
attempt("remove missing", lambda: set().remove(1))
attempt("remove str", lambda: {1}.remove("k"))
attempt("pop empty", lambda: set().pop())
attempt("unhashable", lambda: {[1]})
attempt("add unhashable", lambda: set().add({}))
attempt("or list", lambda: {1} | [2])
attempt("sub list", lambda: {1} - [2])
attempt("lt list", lambda: {1} < [1])
attempt("frozen add", lambda: frozenset().add(1))
attempt("add args", lambda: set().add())
attempt("union kw", lambda: set().union(x=1))
attempt("issubset int", lambda: {1}.issubset(1))
attempt("set args", lambda: set(1, 2))
attempt("set kw", lambda: set(x=1))
attempt("set int", lambda: set(1))
