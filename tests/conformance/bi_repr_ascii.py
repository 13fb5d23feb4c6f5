# repr and ascii of built-in values, nested and with quotes.
vals = ["it's", 'say "hi"', "both ' \"", "line\nnew", "tab\t", "back\\slash", "\x00\x7f", "é中😀", "",
        b"bytes'", 1, -2.5, None, True, [1, "a", (2,)], {"k": [None]}, (1,), set(), frozenset(), range(3), slice(1, 2)]
for v in vals:
    print(repr(v), ascii(v))
print(repr(repr("x")), str(repr(1.0)), repr(float("inf")), repr(2 ** 70))
l = [1]
l.append(l)
print(l, repr(l))
d = {}
d["self"] = d
print(d)
