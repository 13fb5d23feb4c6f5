# Unpacking assignments: tuples, lists, nested, starred, swaps, in loops.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
p, *q = [1]
print(p, q)
[m, n] = "hi"
print(m, n)
for k, (v1, v2) in {"a": (1, 2), "b": (3, 4)}.items():
    print(k, v1 + v2)
d = dict(zip("xyz", range(3)))
(i, j, k) = d.values()
print(i, j, k)
s = t = [0]
s.append(1)
print(t)
a, b, c = [10] * 3
print(a + b + c, *[1, 2], *"ab")
print([*range(3), *"xy"], (*[1], *(2,)), {**{"a": 1}, "b": 2})
