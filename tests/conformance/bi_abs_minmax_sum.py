# abs, min, max (key, default), sum (start).
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a"), max([1, 5], [1, 6]))
print(max(["aa", "b", "ccc"], key=len), min({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]), max([], default="empty"))
print(min([2, 1], default=0), max(1, 2, key=lambda v: -v), max([True, 2, 1.5]), min(range(5, 10)))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(10), 100), sum([]), sum((0.1,) * 3))
def attempt(thunk):
    try:
        print(thunk())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: max([]))
attempt(lambda: min())
attempt(lambda: sum(["a", "b"], ""))
attempt(lambda: max(1, "a"))
attempt(lambda: abs("x"))
