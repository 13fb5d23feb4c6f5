# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

class StrOnly:
    def __str__(self):
        return "str-only"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r} {s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
