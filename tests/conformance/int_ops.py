# int operators: floor division and modulo signs, powers, bits, conversions.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, pow(3, 4, 5), pow(2, 100, 1000), 0 ** 0)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -16 >> 2)
print(int("42"), int("-17"), int(" 12 "), int("ff", 16), int("0x1f", 16), int("1010", 2), int("777", 8), int("z", 36), int("0b11", 0))
print(int(3.99), int(-3.99), int(True), int("1_000"), bin(10), oct(64), hex(255), hex(-1))
print(abs(-5), -(-5), +5, 10 == 10.0, 7 / 7, type(7 / 7).__name__, 1_000_000)
print((5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.__name__, isinstance(True, int), True + True, True * 10, -True)
