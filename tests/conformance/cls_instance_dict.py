# An instance's __dict__ (and vars()) is a dict whose changes reach the instance:
# update, item assignment, del, pop, setdefault, clear, |=, and replacing it.
import json
class Cfg:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.__dict__["extra"] = 1
c = Cfg(host="h", port=80)
print(c.host, c.port, c.extra, vars(c), c.__dict__, json.dumps(vars(c)), {**c.__dict__}, type(c.__dict__).__name__)
d = c.__dict__
del d["extra"]
print(hasattr(c, "extra"), d.pop("port"), vars(c), "host" in d, len(d), list(d), d == {"host": "h"}, isinstance(d, dict))
vars(c)["z"] = 3
vars(c).setdefault("w", 4)
print(c.z, c.w, sorted(c.__dict__.items()), c.__dict__.get("q", "none"))
c.__dict__.clear()
print(vars(c))
c.__dict__ |= {"a": 1}
print(c.a, dict(c.__dict__), str(c.__dict__), repr(vars(c)))


class Cached:
    """A non-data descriptor that caches in the instance's __dict__."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        value = obj.__dict__[self.func.__name__] = self.func(obj)
        return value


class Job:
    def __init__(self, n):
        self.n = n

    @Cached
    def total(self):
        print("computing")
        return self.n * 2


j = Job(21)
print(j.total, j.total, vars(j))
j.__dict__ = {"n": 1, "fresh": True}
print(vars(j), j.fresh)
try:
    j.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
