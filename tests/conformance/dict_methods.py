# dict methods: get, keys, values, items, pop, popitem, setdefault, update, copy, fromkeys, clear.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "none"), d)
print(d.setdefault("b", 100), d.setdefault("new", []), d)
d["new"].append(1)
d.update({"b": 20}, x=9)
d.update([("y", 8)])
print(d)
e = d.copy()
e["b"] = -1
print(d["b"], e["b"], d == e, dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])), dict(a=1))
print(d.popitem(), d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in counts.items() if v > 1}, max(counts, key=counts.get))
e.clear()
print(e, bool(e), {**counts, "the": 0})
