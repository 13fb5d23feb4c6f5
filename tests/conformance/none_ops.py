# None: identity checks, falsiness, as default return, in comparisons.
def nothing():
    pass
print(nothing(), nothing() is None, None == None, None is not None, repr(None), str(None))
print(type(None).__name__, bool(None), None == 0, None != False, [None] * 2)
d = {}
print(d.get("x"), d.get("x") is None, [x for x in [None, 0, 1] if x is not None])
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    nothing()()
except TypeError as e:
    print("TypeError:", e)
