# __eq__ and __hash__: user objects as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

seen = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(seen), Point(1, 2) in seen, Point(3, 3) in seen)
where = {Point(0, 0): "origin"}
where[Point(0, 0)] = "still origin"
where[Point(1, 0)] = "east"
print(where, where[Point(1, 0)], Point(0, 0) == Point(0, 0), Point(0, 0) != Point(0, 1))
print(where.get(Point(9, 9), "nowhere"), Point(1, 0) in where, [Point(1, 2)].count(Point(1, 2)))
print([Point(1, 2), Point(2, 2)].index(Point(2, 2)), Point(1, 1) == (1, 1))

class NoHash:
    def __eq__(self, other):
        return True

print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass

p = Plain()
print({p: 1}[p], p == Plain(), p == p)
