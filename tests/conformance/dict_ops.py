# dict methods, views, iteration, and KeyError.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.keys(), d.values(), d.items())
print(list(d), list(d.keys()), list(d.values()), list(d.items()), len(d.items()))
print("a" in d, "z" in d, "a" in d.keys(), 2 in d.values(), ("a", 2) in d.items(), ("a", 3) in d.items())
keys = d.keys()
d["new"] = 0
print(keys, len(keys))
del d["new"]
print(d.pop("c"), d.pop("zz", "default"), d.setdefault("a", 99), d.setdefault("s", []), d)
d["s"].append(1)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ["w", 4]])
d.update(k=5)
print(d)
print(dict(), dict(a=1), dict([("p", 1), ("q", 2)]), dict({"m": 1}, n=2), dict(zip("ab", range(2))))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(["k"], []))
copy = d.copy()
copy["x"] = 100
print(d["x"], copy["x"], copy == d, dict(a=1) == {"a": 1}, {1: 2} == {1.0: 2}, {1: 2} != {1: 3})
print({"a": 1} | {"b": 2, "a": 3})
merged = {"a": 1}
merged |= [("c", 3)]
print(merged)
print(d.keys() & {"x", "q"}, d.keys() - {"a", "b", "s", "x", "z", "w", "k"}, d.keys() == {"a", "b", "s", "x", "y", "z", "w", "k"} - {"y"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed({1: 2}.items())))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {(1, 2): "tuple", 3: "int", 3.5: "float", None: "none", True: "bool"}
print(nested[(1, 2)], nested[1], nested[None], nested[3.0])
for k, v in {"one": 1, "two": 2}.items():
    print(k, "=", v, end="; ")
print()
deleted = {1: 1, 2: 2, 3: 3}
del deleted[2]
deleted[2] = 22
print(deleted, list(deleted))
cleared = {1: 2}
cleared.clear()
print(cleared, bool(cleared), bool({0: 0}))
attempt("missing", lambda: {}["x"])
attempt("missing int", lambda: {"a": 1}[1])
attempt("missing tuple", lambda: {}[(1, "a")])
attempt("unhashable", lambda: {}[[1]])
attempt("pop missing", lambda: {}.pop("k"))
attempt("popitem", lambda: {}.popitem())
attempt("get args", lambda: {}.get())
attempt("update args", lambda: {}.update(1, 2))
attempt("update int", lambda: {}.update(1))
attempt("update items", lambda: {}.update([1]))
attempt("update length", lambda: {}.update([(1, 2, 3)]))
attempt("update str", lambda: {}.update(["ab", "c"]))
attempt("dict args", lambda: dict(1, 2))
attempt("order", lambda: {} < {})
attempt("view index", lambda: {1: 2}.keys()[0])
attempt("items args", lambda: {}.items(1))

def change_while_iterating():
    grow = {1: 1}
    for k in grow:
        grow[k + 1] = 0

attempt("changed size", change_while_iterating)

def delete_missing():
    gone = {}
    del gone["k"]

attempt("delete missing", delete_missing)

class Default(dict):
    def __missing__(self, key):
        return key * 2

dd = Default(a=1)
print(dd["a"], dd["zz"], len(dd), isinstance(dd, dict))
