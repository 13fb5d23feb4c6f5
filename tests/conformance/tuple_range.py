# tuple and range.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

t = (1, "two", 3.0, (4, 5), 1)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[3][0], t.count(1), t.index(3.0), t.index(1, 1), t.index(1, -1))
print((1,), (), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 0}), (1, 2) + (3,), (0,) * 3, 2 * (1, 2))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), () < (0,), (1, "a") == (1.0, "a"), (1, 2) != (2, 1))
print(1 in t, (4, 5) in t, "x" in t, hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
x, (y, z), *rest = (1, (2, 3), 4, 5)
print(x, y, z, rest)
r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1), range(0), r[2], r[-1], r[2:8:2], r[::-1], r[-3:], range(0, 10, 3)[::2])
print(len(r), len(range(0, -10, -3)), len(range(5, 2)), list(range(0, -10, -3)), list(range(5, 0, -2)), list(r[7:2:-2]))
print(3 in r, 10 in r, -1 in r, 3.0 in r, "3" in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 1 in range(10, 0, -3))
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(30), range(1, 5, 2).start, range(1, 5, 2).stop, range(1, 5, 2).step)
print(range(3) == range(3), range(0) == range(5, 5), range(0, 1, 2) == range(0, 1, 3), range(0, 4, 2) == range(0, 4, 1), range(3) != range(4))
print(list(reversed(range(1, 10, 3))), sum(range(101)), list(range(-3, 3)), max(range(7)), bool(range(0)), bool(range(1)))
attempt("tuple index", lambda: t[10])
attempt("tuple type", lambda: t["a"])
attempt("tuple missing", lambda: t.index("zz"))
attempt("tuple concat", lambda: (1,) + [2])
attempt("tuple count args", lambda: t.count())

def assign():
    t[0] = 5

def delete():
    del t[0]

attempt("tuple assign", assign)
attempt("tuple delete", delete)
attempt("tuple args", lambda: tuple(1, 2))
attempt("range step", lambda: range(1, 2, 0))
attempt("range float", lambda: range(1.5))
attempt("range none", lambda: range())
attempt("range many", lambda: range(1, 2, 3, 4))
attempt("range kw", lambda: range(stop=3))
attempt("range index", lambda: range(3)[5])
attempt("range missing", lambda: range(3).index(7))
attempt("range missing float", lambda: range(3).index(2.5))
attempt("range type", lambda: range(3)["a"])
attempt("range order", lambda: range(3) < range(4))
