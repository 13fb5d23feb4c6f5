# sorted with key and reverse (stable), reversed on sequences.
people = [("bob", 25), ("ada", 36), ("cy", 25), ("di", 19)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted("Banana", key=str.lower), sorted([3, -1, -2], key=abs), sorted({3: "x", 1: "y"}))
print(sorted([1.5, 1, True, 0]), sorted([], reverse=True), sorted(range(5), key=lambda x: x % 2))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print("".join(reversed("stressed")), sorted(["b", "A", "a", "B"]), sorted([[2, 1], [1, 2]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
