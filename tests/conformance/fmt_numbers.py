# format() and specs for ints and floats: rounding, signs, grouping, bases.
for x in [0, 1.5, 2.5, -0.5, 1234.5678, 1e-5, 123456789.0, 0.1 + 0.2]:
    print(format(x, ".2f"), format(x, "g"), format(x, ".3e"), format(x, "10.1f"), format(x, ""))
for n in [0, 7, -42, 255, 10 ** 12]:
    print(format(n, "d"), format(n, ","), format(n, "_"), format(n, "b"), format(n, "o"), format(n, "#x"), format(n, "+08d"))
print(format(0.5, "%"), format(1/3, ".3%"), format(12, "e"), format(3, ".2f"), format(-0.0, "f"))
print(round(2.675, 2), round(0.125, 2), round(1.5), round(2.5), round(-1.5), round(1234, -2), round(3.14159, 3))
print(format(float("inf"), "f"), format(float("-inf"), ".2f"), format(float("nan"), "g"))
print("{:=+8d}|{:=8.1f}|{:08,d}".format(42, -3.5, 1234))
