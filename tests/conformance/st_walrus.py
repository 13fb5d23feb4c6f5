# Assignment expressions (:=) in conditions and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
values = iter(data)
while (v := next(values, None)) is not None:
    if v > 5:
        print("big", v)
print([y for x in data if (y := x * 2) > 6], y)
print((total := sum(data)), total)
