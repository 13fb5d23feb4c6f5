# list methods: append, extend, insert, remove, pop, index, count, sort, reverse, copy, clear.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(9)
print(l, l.index(2), l.index(2, 1), l.count(2), [1, 1, 2].count(1))
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
c = l.copy(); c.append("x"); print(l, c, l == c[:-1])
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
c.clear(); print(c, len(c))
nested = [[1, 2], [3]]
shallow = nested.copy(); shallow[0].append(99); print(nested)
print([1, 2] + [3], [0] * 3, [[0] * 2 for _ in range(2)], list("abc"), list(range(3)), sorted("cab"))
print(max([3, 7, 2]), min([3, 7, 2]), sum([1, 2, 3]), len([None] * 5), [1, 2, 3][-1])
