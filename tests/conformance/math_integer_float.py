import math

print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(20, 10))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6, 10))
print(math.copysign(1, -0.0), math.copysign(-2.5, 3), math.copysign(0.0, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2))
print(math.modf(2.5), math.modf(-3.25), math.modf(4.0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 0.5]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=10), math.prod(['ab'], start=3))
for bad in [lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(-3),
            lambda: math.fmod(1, 0), lambda: math.comb(5.0, 2), lambda: math.prod()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
