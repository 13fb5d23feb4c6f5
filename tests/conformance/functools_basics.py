"""functools: partial, reduce, wraps, lru_cache, total_ordering, cmp_to_key."""
import functools
from functools import partial, reduce, wraps, lru_cache, total_ordering, cmp_to_key


def power(base, exp, *, mod=None):
    """base ** exp, optionally modulo mod."""
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
print(square(7), square(3, mod=5))
cube = partial(power, exp=3)
print(cube(2), cube.func is power, cube.args, cube.keywords)
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args)
try:
    partial(3)
except TypeError as e:
    print("TypeError:", e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [3], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Adds two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__wrapped__(1, 1))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def double(x):
    print("computing", x)
    return x * 2


for x in [1, 2, 1, 3, 2, 1]:
    double(x)
info = double.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)


@lru_cache
def ident(x):
    return x


print(ident(1), ident(1), ident.cache_info().hits, ident.cache_parameters())


@functools.cache
def slow_square(n):
    print("square", n)
    return n * n


print(slow_square(4), slow_square(4))


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), sorted([b, a]), max(a, b))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
