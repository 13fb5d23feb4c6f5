# dicts keep insertion order; deleting and re-inserting moves a key last.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
del d["alpha"]
d["alpha"] = 0
print(list(d), list(d.values()))
d["zeta"] = 100
print(list(d.items())[0])
print({1: "a", 1.0: "b", True: "c"})
print(list(reversed(d)), list(reversed(d.items()))[0])
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
ks = d.keys()
d["late"] = 1
print("late" in ks, len(ks))
