"""operator: operator functions, itemgetter, attrgetter, methodcaller."""
import operator
from functools import reduce
from operator import itemgetter, attrgetter, methodcaller


class Task:
    def __init__(self, name, priority, owner):
        self.name, self.priority, self.owner = name, priority, owner

    def __repr__(self):
        return f"Task({self.name!r})"


class Owner:
    def __init__(self, name):
        self.name = name


print(reduce(operator.add, range(5)), reduce(operator.mul, [1, 2, 3, 4]))
print(operator.sub(5, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3),
      operator.pow(2, 8), operator.neg(4), operator.pos(-4), operator.abs(-3), operator.inv(5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.ge(1, 2),
      operator.gt(3, 2), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1),
      operator.indexOf("abc", "c"), operator.index(7))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d)
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2), operator.imul("ab", 2))
try:
    operator.indexOf([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)

rows = [("bob", 3, 9.5), ("alice", 1, 7.0), ("carol", 2, 9.5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)("xyz"), itemgetter(1, -1)("xyz"), itemgetter("k")({"k": "v"}), itemgetter(slice(1, None))("abc"))
print(itemgetter(1), itemgetter(1, "a"))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(2)))

tasks = [Task("write", 2, Owner("ann")), Task("read", 1, Owner("ben")), Task("ship", 2, Owner("al"))]
print(sorted(tasks, key=attrgetter("priority")), sorted(tasks, key=attrgetter("priority", "name")))
print(attrgetter("owner.name")(tasks[0]), attrgetter("name", "owner.name")(tasks[1]), attrgetter("owner.name"))
try:
    attrgetter("missing")(tasks[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)

print(methodcaller("upper")("hi"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o", 1)("banana"))
print(methodcaller("get", "x", default=0) if False else methodcaller("split", ",", maxsplit=1))
print(list(map(methodcaller("strip"), [" a ", "b  "])))
