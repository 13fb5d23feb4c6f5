# What __str__, __repr__ and __format__ may return, and their exceptions.
import traceback


class Wrong:
    def __str__(self):
        return 1

    def __repr__(self):
        return [2]

    def __format__(self, spec):
        return 3.0


class OnlyRepr:
    def __repr__(self):
        return "only repr"


class Sub(str):
    pass


class Returns:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return self.v


attempts = [
    ("print", lambda: print(Wrong())),
    ("str", lambda: str(Wrong())),
    ("repr", lambda: repr(Wrong())),
    ("format", lambda: format(Wrong(), "x")),
    ("format empty", lambda: format(Wrong())),
    ("f-string", lambda: f"{Wrong()}"),
    ("f-string !s", lambda: f"{Wrong()!s}"),
    ("f-string !r", lambda: f"{Wrong()!r:>5}"),
    ("percent", lambda: "%s" % Wrong()),
    ("percent r", lambda: "%r" % (Wrong(),)),
]
for what, attempt in attempts:
    try:
        attempt()
        print(what, "no error")
    except TypeError as e:
        print(what, "TypeError:", e)

print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
print(Returns(Sub("sub")), type(str(Returns(Sub("sub")))).__name__)


class Failing:
    def __str__(self):
        raise ValueError("no str for you")


def show(f):
    try:
        f()
    except ValueError:
        traceback.print_exc()


show(lambda: str(Failing()))
show(lambda: f"{Failing()}")
try:
    print("partial", Failing(), "never")
except ValueError as e:
    print()
    print("caught", e)
print("start", 1, Failing(), 2)
