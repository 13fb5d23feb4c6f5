# dataclasses: generated __init__, __repr__, __eq__, ordering (the
# PriorityQueue item of the queue docs), frozen instances, defaults,
# default factories, __post_init__, inheritance and the helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
import queue


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), p == Point(1, 1), p == (1, 0), Point.y, Point.__match_args__)
print(Point.__init__.__qualname__, Point.__hash__, is_dataclass(p), is_dataclass(Point), is_dataclass(5))
p.x = 10
print(p, [f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=7))


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: object = field(compare=False)


q = queue.PriorityQueue()
for prio, name in ((3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")):
    q.put(PrioritizedItem(prio, name))
while not q.empty():
    print(q.get())
print(PrioritizedItem(1, "a") < PrioritizedItem(2, "b"), PrioritizedItem(1, "a") == PrioritizedItem(1, "b"))


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080
    tags: list = field(default_factory=list, repr=False, compare=False)


c = Config("localhost")
print(c, c.tags, hash(c) == hash(Config("localhost")), {c: 1}[Config("localhost")])
try:
    c.port = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass
class Task:
    name: str
    steps: list = field(default_factory=list)
    done: bool = field(default=False, init=False)
    count: int = field(init=False, default=0)

    def __post_init__(self):
        self.count = len(self.steps)


t1, t2 = Task("a"), Task("b", ["x", "y"])
t1.steps.append("only a")
print(t1, t2, t1.steps is not t2.steps)


@dataclass
class Point3(Point):
    z: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


p3 = Point3(1, -2, 3)
print(p3, p3.norm1(), asdict(p3), isinstance(p3, Point))


@dataclass
class Outer:
    inner: Point
    items: list


print(asdict(Outer(Point(1, 2), [Point(3, 4)])), astuple(Outer(Point(1, 2), [])))


@dataclass(eq=False)
class Node:
    value: int


print(Node(1) == Node(1), Node(1).__hash__ is not None)


@dataclass
class WithRepr:
    a: int

    def __repr__(self):
        return "custom"


print(WithRepr(1), WithRepr(1) == WithRepr(1))
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Config(),
            lambda: PrioritizedItem(1, "a") < 5, lambda: asdict(5), lambda: fields(5), lambda: replace(t1, done=True)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for make in ("@dataclass\nclass Bad:\n    a: int = 0\n    b: int\n", "@dataclass\nclass Bad:\n    a: list = []\n",
             "@dataclass(order=True, eq=False)\nclass Bad:\n    a: int\n"):
    try:
        exec(make)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
