# round (banker's rounding, ndigits), divmod, pow with modulus.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999]])
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(15, -1), round(25, -1), round(-25, -1), round(1.23456e-5, 7))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, 1)).__name__, round(7.0, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 10))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(3, 200, 7), pow(-2, 3, 5), pow(5, -1, 7))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
