# __getitem__, __setitem__, __delitem__ and __contains__.
class Grid:
    def __init__(self, w, h):
        self.cells = {}
        self.w, self.h = w, h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(3, 2)
g[0, 1] = "#"
g[2, 0] = "@"
print(g[0, 1], g[1, 1], "#" in g, "%" in g)
del g[0, 1]
print(g[0, 1], "#" in g, "#" not in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)

class Squares:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [n * n for n in range(*i.indices(10))]
        return i * i

s = Squares()
print(s[3], s[2:5], s[::3])
