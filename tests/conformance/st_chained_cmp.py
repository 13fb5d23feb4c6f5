# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 == 5, 1 == 1.0 < 2)
print(3 > 2 > 1, 3 > 2 < 1, "a" < "b" < "c", [1] < [1, 0] < [2])
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 in [1, 2] in [[1, 2]], None is None is not False)
a = b = c = 7
print(a == b == c, a is b, a != b != c)
