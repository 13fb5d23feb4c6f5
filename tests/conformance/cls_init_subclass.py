# __init_subclass__ with class keywords, its chaining through super(), and
# __set_name__ on the attributes of a new class.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, "from", cls.__name__)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class PrettyJson(Json, name="pretty"):
    pass


print(sorted(Plugin.registry), PrettyJson.plugin_name, Json.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Counted:
    count = 0

    def __init_subclass__(cls):
        Counted.count += 1


class A(Counted):
    pass


class B(A):
    pass


print(Counted.count)


class Field:
    def __set_name__(self, owner, name):
        print("field", name, "of", owner.__name__)
        self.name = name


class Row:
    id = Field()
    title = Field()
    plain = 3


print(Row.id.name, Row.title.name)
for make in (lambda: type("X", (Counted,), {}), ):
    print(make().__name__, Counted.count)
try:
    class Bad(A, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
