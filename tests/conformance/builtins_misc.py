# isinstance, attributes, vars, dir, callable, repr/ascii/format, print, hash, id.
import sys

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Animal:
    kind = "animal"
    def speak(self):
        return "..."

class Dog(Animal):
    def __init__(self, name):
        self.name = name
    def __call__(self):
        return "woof"

rex = Dog("Rex")
print(isinstance(rex, Dog), isinstance(rex, Animal), isinstance(rex, (int, str)), isinstance(rex, (int, (str, Animal))))
print(isinstance(True, int), isinstance(1, bool), isinstance("s", str), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(bool, (str, int)), issubclass(Dog, object), issubclass(int, int))
print(getattr(rex, "name"), getattr(rex, "kind"), getattr(rex, "missing", "default"), getattr(rex, "speak")(), getattr("x", "upper")())
setattr(rex, "age", 3)
print(rex.age, hasattr(rex, "age"), hasattr(rex, "nope"), hasattr(Dog, "speak"), hasattr(1, "real"))
delattr(rex, "age")
print(hasattr(rex, "age"), vars(rex))
print([n for n in dir(rex) if not n.startswith("__")], [n for n in dir(Dog) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12])
print([n for n in dir({}) if not n.startswith("_")], [n for n in dir(set()) if not n.startswith("_")][:6])
print(callable(rex), callable(Animal()), callable(len), callable(Dog), callable(print), callable(1), callable("x"), callable(rex.speak))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n"), repr("唱\x00\x7f"), repr(1.0), repr([1, "a", None]))
print(ascii("héllo €😀"), ascii(["é"]), ascii(1), format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(7), format(255, "x"))
print(hash(1) == hash(1.0), hash(True) == 1, hash(0), hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"))
print(id(rex) == id(rex), id(rex) != id(Dog("Other")), type(id(rex)).__name__)
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print()
print(*range(5), sep=", ")
print(1, None, True, 2.5, [1], (1,), {"k": "v"}, sep=None, end=None)
print()
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)

c = Collector()
print("x", 1, sep="|", end=".", file=c)
print(c.parts)
attempt("isinstance arg", lambda: isinstance(1, 1))
attempt("isinstance args", lambda: isinstance(1))
attempt("issubclass arg1", lambda: issubclass(1, int))
attempt("issubclass arg2", lambda: issubclass(int, 1))
attempt("getattr missing", lambda: getattr(rex, "nope"))
attempt("getattr name", lambda: getattr(rex, 1))
attempt("getattr args", lambda: getattr(rex))
attempt("setattr int", lambda: setattr(1, "x", 2))
attempt("delattr missing", lambda: delattr(rex, "nope"))
attempt("hasattr args", lambda: hasattr(rex))
attempt("vars int", lambda: vars(1))
attempt("callable args", lambda: callable())
attempt("repr args", lambda: repr())
attempt("format spec", lambda: format(1, 2))
attempt("format bad", lambda: format(1, "x!"))
attempt("hash list", lambda: hash([]))
attempt("print sep", lambda: print(1, sep=1))
attempt("print end", lambda: print(1, end=1))
attempt("print kw", lambda: print(foo=1))
attempt("print file", lambda: print(1, file=1))
attempt("len int", lambda: len(1))
attempt("len args", lambda: len())
attempt("len kw", lambda: len(x=1))
