# float repr: shortest round-trip digits, exponents, special values.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e16, 1e15, 1.5e-5, 1e-4, 0.0001234, 123456789.123,
        1e22, 1e-7, 5e-324, 1.7976931348623157e308, -0.0, 2.5, 3.0 * 1.1, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"), float("1e3"), float(" -2.5 "), float("3"), float(7))
print(0.1 + 0.7, 1.1 * 1.1, 3.3 / 1.1, 2 ** 0.5, 10 / 4, 7.0 // 2, 7.5 % 2, -7.5 % 2)
print(round(3.14159, 2), round(2.5), round(0.5), round(-0.5), round(1e16), round(123.456, -1))
print(float.__name__, (0.5).is_integer(), (2.0).is_integer(), (1.5).as_integer_ratio(), 1e308 * 10, -1e308 * 10)
print(sum([0.1] * 10), 0.1 * 3, 1e100, 12345678901234567890.0, 1/7)
