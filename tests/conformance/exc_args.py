# Exception args, str and repr with zero, one and several arguments.
for e in [Exception(), Exception("one"), Exception("a", 2), KeyError("k"), KeyError(), KeyError(1, 2),
          ValueError(3.5), RuntimeError(None), StopIteration(7), SystemExit(2), IndexError("list index out of range")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = Exception("x")
e.args = ("y", "z")
print(e, e.args)
e.note = "extra"
print(e.note, getattr(e, "missing", "-"))
try:
    raise TypeError("wrapped") from ValueError("cause")
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__)
