a, *rest = [1, 2, 3, 4]
*init, last = "xyz"
(p, q), r = (1, 2), 3
print(a, rest, init, last, p, q, r)
x = y = 5
x += 1
print(x, y)
nums = list(range(10))
print(nums[::2], nums[1:8:3], nums[::-1][:3], nums[-2:])
nums[1:3] = ["a", "b", "c"]
del nums[0]
print(nums)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
else:
    print("no break")
print("i =", i)
for n in range(2):
    pass
else:
    print("for else", n)
value = "big" if i > 5 else "small"
print(value)
d = {"a": 1}
d["b"] = 2
del d["a"]
print(d, "b" in d, "a" not in d)
s = {1, 2, 3}
s.add(2)
print(len(s), 2 in s)
t = 1,
print(t, type(t).__name__)
print(not None, not 0, 0 or "x", 1 and 2, [] or {})
x = 10
print(f"{x} {x:>5} {x:05d} {x / 3:.2f} {x!r} {'s'!r} {x * 2 = }")
print("%s %d %r %5d|%-5s|%x %% %0.2f" % ("s", 42, "r", 7, "ab", 255, 3.14159))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("{} {:>4} {name}".format(1, 2, name="n"))
print(True + True, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 2 ** -1, 19 ** 19)
print(divmod(17, 5), abs(-3), round(2.5), round(3.14159, 2), 0.1 + 0.2, 1e16, 1 / 3)
print(len("唱歌"), "唱歌"[1], "Hello".upper(), " x ".strip(), "a,b".split(","))
