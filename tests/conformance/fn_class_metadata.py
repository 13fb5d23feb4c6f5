# Function metadata that decorators copy (__name__, __qualname__, __doc__)
# and the __annotations__ of module and class bodies.
x: int = 5
y: "a string annotation"
print(__annotations__, x)


def original():
    "The original docstring."
    return 1


def wrapper(*args):
    return original(*args)


wrapper.__name__ = original.__name__
wrapper.__qualname__ = "Some.qualified." + original.__qualname__
wrapper.__doc__ = original.__doc__
print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__)
print(repr(wrapper).split(" at ")[0])
wrapper.__doc__ = None
print(wrapper.__doc__)
for attr, value in (("__name__", 5), ("__qualname__", None)):
    try:
        setattr(wrapper, attr, value)
    except TypeError as e:
        print("TypeError:", e)


def f(a, b):
    return a


f.__qualname__ = "Renamed"
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


class Point:
    """A point."""
    x: int
    y: int = 0
    label: str = "origin"
    if True:
        z: float = 1.5

    def method(self):
        local: int = 3
        return local


print(Point.__annotations__)
print(Point.y, Point.label, Point.z, hasattr(Point, "x"), Point().method(), Point.__doc__)


class Child(Point):
    w: bytes


print(Child.__annotations__)


class NoAnnotations:
    pass


class ChildOfPoint(Point):
    pass


print(NoAnnotations.__annotations__, ChildOfPoint.__annotations__, "__annotations__" in NoAnnotations.__dict__)
