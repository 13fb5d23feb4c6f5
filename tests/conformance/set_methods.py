# set methods on small ints (whose order CPython and pyconc agree on).
s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(s, len(s), 2 in s, 3 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {9}), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(range(5))
c.update([10, 11]); c.intersection_update(range(11)); c.difference_update({0})
print(c, c.pop() in range(11), len(c))
print(set(), set("aab") == {"a", "b"}, sorted({x % 4 for x in range(10)}), {1, 2} == {2, 1})
c.clear()
print(c)
try:
    c.remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
