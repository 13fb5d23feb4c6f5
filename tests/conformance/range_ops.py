# range: lengths, indexing, slicing, membership, reversed, negative steps, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11))
print(list(range(5)), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)), len(range(10, 0)))
print(range(0, 10, 2) == range(0, 9, 2), range(3) == range(3), sum(range(101)), max(range(7)), list(reversed(range(4))))
print(range(10)[2:8:2], range(1, 10).start, range(1, 10).stop, range(1, 10).step, bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
