# super() forms and object(): the base of everything.
class Base:
    def hello(self):
        return "base hello"
    @classmethod
    def make(cls):
        return f"made {cls.__name__}"

class Child(Base):
    def hello(self):
        return "child + " + super().hello()
    def explicit(self):
        return super(Child, self).hello()
    @classmethod
    def make(cls):
        return "child " + super().make()

c = Child()
print(c.hello(), c.explicit(), Child.make())
o = object()
print(type(o).__name__, isinstance(c, object), issubclass(Child, object), object.__name__)
print(str(o).startswith("<object object at"), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
