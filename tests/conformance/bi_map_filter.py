# map with one and several iterables, filter with a function and with None.
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(len, ["", "ab"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x > 2, range(5))))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m))
print(sum(map(int, "12345")), max(map(abs, [-5, 3])), list(map(lambda a, b: a + b, "ab", "cd")))
