# float arithmetic and comparisons with ints; math-free conversions.
import math
a, b = 7.5, 2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, abs(-a))
print(1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(float("nan") == float("nan"), float("inf") > 10 ** 300, max(1, 2.0), min(1.0, 1))
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), round(2.7))
print(divmod(7.5, 2), divmod(-7.5, 2), 5 / 2, 4 / 2, type(4 / 2).__name__, 1e3 == 1000)
print(str(1e5), str(1e16), str(1.0e-3), f"{1/3}", 3.0 == 3, hash(3.0) == hash(3))
print(sorted([3, 1.5, 2, -0.5]), sum([1.5, 2.5]), 0.1 * 3 > 0.3)
