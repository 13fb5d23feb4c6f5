# isinstance and issubclass across a hierarchy, with tuples and built-ins.
class Shape: pass
class Polygon(Shape): pass
class Square(Polygon): pass
class Circle(Shape): pass

items = [Square(), Circle(), Polygon(), 3, "s", 2.5, True, None, [1]]
for it in items:
    print(type(it).__name__, isinstance(it, Shape), isinstance(it, (Polygon, int)), isinstance(it, (str, list)))
print(issubclass(Square, Shape), issubclass(Circle, Polygon), issubclass(bool, int), issubclass(int, object))
print(issubclass(Square, (Circle, Polygon)), type(True) is bool, type(3) == int)
print(isinstance(Square, type), isinstance(int, type), type(type).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
