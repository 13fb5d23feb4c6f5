# enumerate with start, zip of several and uneven iterables, unzipping.
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)), list(enumerate([])))
names, ages = ["ada", "bob", "cy"], [36, 25]
print(list(zip(names, ages)), list(zip(names, ages, "XYZ")), list(zip()), list(zip("ab")))
pairs = [(1, "a"), (2, "b")]
nums, lets = zip(*pairs)
print(nums, lets, dict(zip(names, ages)))
for idx, (n, a) in enumerate(zip(names, ages), 1):
    print(idx, n, a)
