# hash(): equal numbers hash equal; tuples hash by contents; unhashables fail.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(hash(3.5) == hash(3.5), hash(1e100) == hash(int(1e100)), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(None) == hash(None), hash((1, "a")) == hash((1, "a")), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(12345), hash(-12345), hash(0.5), hash(1.5), hash(-0.5))
for v in [[], {}, set(), ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
