# del on names, list items, slices, dict keys and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
items = list(range(10))
del items[0]
del items[-1]
del items[2:5]
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O: pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del items[100]
except IndexError as e:
    print("IndexError:", e)
