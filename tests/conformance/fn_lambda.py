# Lambdas as keys, in maps and filters, immediately called, with defaults.
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x * x, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
print((lambda a, b=2: a ** b)(3), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(x=1, y=2))
square = lambda x: x * x
print(square(12), square.__name__, (lambda: 0).__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(7) + "!")
print(max(["apple", "fig", "banana"], key=lambda s: len(s)), min([3, -7, 5], key=abs))
