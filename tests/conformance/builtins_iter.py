# zip, map, filter, enumerate, reversed, iter, next.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

print(list(zip("abc", [1, 2, 3, 4])), list(zip()), list(zip([1])), list(zip(range(3), "xy", (True, False, None))))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, 2), (3, 4)])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["ab", ""])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, "a1b2")))
print(list(enumerate("ab")), list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate(iter("xy"), start=-1)))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(1, 8, 3))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed(b"ab")))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(reversed(Seq())), list(Seq()), 20 in Seq())
it = iter([1, 2, 3])
print(next(it), next(it), list(it), next(it, "done"), next(iter(""), None))
m = map(lambda x: x + 1, [1, 2])
print(next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), next(e), list(e))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
it2 = iter(range(3))
print(iter(it2) is it2, list(it2))
listed = [1, 2]
walker = iter(listed)
print(next(walker))
listed.append(3)
print(list(walker))
done = iter([1])
print(list(done))
listed.append(4)
print(list(done))
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))
words = ["a", "b"]
for i, (w, n) in enumerate(zip(words, map(len, words)), 1):
    print(i, w, n, end="; ")
print()
attempt("zip int", lambda: zip([1], 5))
attempt("zip kw", lambda: zip([1], foo=1))
attempt("map one", lambda: map(len))
attempt("map int", lambda: map(len, 5))
attempt("map kw", lambda: map(len, [1], x=2))
attempt("filter one", lambda: filter(len))
attempt("enumerate none", lambda: enumerate())
attempt("enumerate int", lambda: enumerate(5))
attempt("enumerate many", lambda: enumerate([], 1, 2))
attempt("enumerate bad kw", lambda: enumerate([], foo=1))
attempt("reversed int", lambda: reversed(5))
attempt("reversed set", lambda: reversed({1}))
attempt("next list", lambda: next([1]))
attempt("next empty", lambda: next(iter([])))
attempt("iter int", lambda: iter(5))
attempt("iter not callable", lambda: iter(5, 0))
attempt("iter none", lambda: iter())
attempt("map raises", lambda: list(map(lambda x: 1 / x, [1, 0])))
