# Metaclasses: a thread-safe singleton through __call__, __new__ and __init__
# with class keywords, methods and protocols of classes, metaclass conflicts.
import threading

class SingletonMeta(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, name="default"):
        print("init", name)
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__, isinstance(Config, SingletonMeta), type(a).__name__)
results = []
def worker():
    results.append(Config())
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(all(r is a for r in results))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.registry = getattr(cls, "registry", []) + [name]

    def describe(cls):
        return f"<{cls.__name__} by {cls.made_by}>"

    def __repr__(cls):
        return f"<class {cls.__name__} with meta>"

    def __iter__(cls):
        return iter(cls.registry)

    def __len__(cls):
        return len(cls.registry)

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"


class Base(metaclass=Meta):
    x = 1


class Child(Base, flag=True):
    def method(self):
        return "method"


print(Base.made_by, Child.made_by, Child.describe(), Child, repr(Base), list(Child), len(Child), Child["k"])
print(type(Child) is Meta, Child().method(), Child.__class__.__name__, Child.mro()[1].__name__, str(Child))
Dyn = Meta("Dyn", (Base,), {"y": 2})
print(Dyn.y, Dyn.x, Dyn.registry)
def fn_meta(name, bases, ns):
    print("fn_meta", name)
    return type(name, bases, ns)
class ViaFunction(metaclass=fn_meta):
    pass
print(type(ViaFunction).__name__)
class Other(type): pass
class O1(metaclass=Other): pass
try:
    class Both(Base, O1): pass
except TypeError as e:
    print("TypeError:", e)
print(type(int), type(type), isinstance(Base, type), issubclass(Meta, type))
