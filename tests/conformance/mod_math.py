# math: the usual functions and constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.trunc(-2.7))
print(math.gcd(12, 18), math.factorial(10), math.factorial(25), math.isqrt(17))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 0.5))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi))
print(math.isclose(1.0, 1.0 + 1e-10), math.isnan(float("nan")), math.isinf(math.inf), math.fabs(-3), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
