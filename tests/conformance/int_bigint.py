# Arbitrary-precision ints: n**n exactly, big arithmetic, mixed with small.
for n in range(1, 20):
    print(n, n ** n)
big = 2 ** 100
print(big, big + 1, big - 2 ** 99, big * big, big // 3, big % 97, -big // 7, -big % 7)
print(10 ** 30 // 10 ** 15, (10 ** 20 + 1) * (10 ** 20 - 1), 3 ** 200 % 1000)
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, (2 ** 63) * 2, 9223372036854775807 + 1, -9223372036854775808 - 1)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f > 2 ** 64, hash(2 ** 64) == hash(2 ** 64))
print(int("123456789012345678901234567890") + 1, abs(-2 ** 80), divmod(2 ** 70, 12345))
print(2 ** 64 == 18446744073709551616, 2 ** 64 < 2 ** 65, max(2 ** 70, 5), str(-(2 ** 65)))
print(1 << 70, (1 << 70) >> 68, (2 ** 70) & 0xFFFF, (2 ** 70) | 1, 7 ** 25 // 7 ** 24)
