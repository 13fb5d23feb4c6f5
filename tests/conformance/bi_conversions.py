# Constructors as conversions: str, int, float, bool, list, tuple, dict, set, frozenset.
print(str(12), str(1.5), str([1, "a"]), str(None), str(b"x"), str(), int(), float(), bool(), list(), tuple(), dict(), set())
print(int("42"), int("101", 2), int("7f", 16), int(" -3 "), float("1.5"), float("-inf"), float(" 2e3 "))
print(list("abc"), list((1, 2)), list({"x": 1}), list(range(3)), tuple([1, 2]), tuple("hi"))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"a": 1}, c=3), dict(zip([1, 2], "ab")))
print(sorted(set([3, 1, 3])), sorted(frozenset("aba")), bool("False"), bool(0.0), bool([[]]))
print(str(3) + "3", int("3") + 3, float(3), int(3.9), round(3.5), chr(65) + str(65))
def attempt(thunk):
    try:
        print(thunk())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: float("abc"))
attempt(lambda: int("3.5"))
attempt(lambda: dict([1, 2]))
attempt(lambda: list(5))
attempt(lambda: int("12", 1))
