# User-defined descriptors: __get__, __set__, __delete__, __set_name__;
# data descriptors come before the instance dict, non-data ones after.
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Account:
    balance = Positive()
    limit = Positive()

    def __init__(self, balance):
        self.balance = balance


a = Account(10)
print(a.balance, a.limit, vars(a), type(Account.balance).__name__)
a.balance = 25
print(a.balance)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
print(a.balance, vars(a)["_balance"])


class Lazy:
    """A non-data descriptor: computes once, then the instance dict wins."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        print("computed", self.func.__name__)
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows

    @Lazy
    def total(self):
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, r.total)
r.total = 0
print(r.total)


class Logged:
    def __get__(self, obj, objtype=None):
        return f"get on {type(obj).__name__} from {objtype.__name__}"

    def __set__(self, obj, value):
        print("set", value)


class Host:
    x = Logged()


h = Host()
print(h.x)
print(Host.x)
h.x = 5
print("x" in vars(h))
for i in range(3):
    h.x = i
