# any and all: empty iterables, short-circuiting, truthiness.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 1]), all([1, 0]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 9]), seen)
print(all(isinstance(x, int) for x in [1, True]), any(c.isupper() for c in "abC"))
