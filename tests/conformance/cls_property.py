# property: getters, setters with validation, deleters, read-only errors.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value

    @radius.deleter
    def radius(self):
        print("deleting")
        del self._r

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)

c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_r"))

class Old:
    def get_x(self):
        return 42
    x = property(get_x)

print(Old().x, type(Old.x).__name__)
