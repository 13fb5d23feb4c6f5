# collections.namedtuple: a tuple with named fields.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), p._asdict(), p._replace(x=5), Point._fields, isinstance(p, tuple))
Task = namedtuple("Task", "priority name")
print(sorted([Task(2, "b"), Task(1, "a")]), Task(3, "c") == (3, "c"), {Task(1, "a"): 1}[(1, "a")])
x, y = p
print(x + y, len(p), list(p), type(p).__name__, p == Point(1, 2), max(Point(1, 9), Point(2, 0)))
Conf = namedtuple("Conf", "host port debug", defaults=[8080, False])
print(Conf("h"), Conf("h", 1), Conf(host="z", debug=True))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
