"""itertools: the infinite iterators, the combinatorics and the filters."""
import itertools
from itertools import count, cycle, repeat, chain, islice, product, permutations, combinations
from itertools import combinations_with_replacement, groupby, accumulate, zip_longest, starmap
from itertools import tee, takewhile, dropwhile, filterfalse, compress, pairwise
import operator

c = count(10, 5)
print(next(c), next(c), c)
print(list(zip(count(), "abc")), count(), count(1.5, 0.5))
print(list(islice(count(2), 4)), list(islice(cycle("AB"), 5)))
print(list(repeat("x", 3)), repeat(7, 2), list(repeat(0, -1)), list(zip(range(3), repeat(None))))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in [(-1,), (1, -2), (0, 5, 0)]:
    try:
        islice(range(5), *bad)
    except ValueError as e:
        print("ValueError:", e)
print(list(product("ab", range(2))), list(product([0, 1], repeat=2)))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))))
print(list(combinations("abcd", 2)), list(combinations(range(3), 5)))
print(list(combinations_with_replacement("ab", 2)))
try:
    combinations("ab", -1)
except ValueError as e:
    print("ValueError:", e)
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = list(groupby("aabb"))
print([list(g) for k, g in groups])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)),
      list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([5, 3, 7], max)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [])))
print(list(starmap(pow, [(2, 5), (3, 2)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(pairwise("ABCD")), list(pairwise("A")))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee(range(2), 3)
print(list(x), list(y), list(z), tee([], 0))
print(sum(1 for _ in islice(itertools.count(), 1000)))
for bad in [(-5,), ("a",), (None, None, "x"), ("a", 3)]:
    try:
        islice(range(5), *bad)
    except ValueError as e:
        print("ValueError:", e)
