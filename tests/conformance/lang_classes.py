class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return "%s makes a sound" % self.name

    def __repr__(self):
        return "Animal(%r)" % self.name

    def __str__(self):
        return "<%s>" % self.name


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return super(Puppy, self).speak() + " age %d" % self.age


a = Animal("cat")
d = Dog("rex")
p = Puppy("bit", 1)
print(a.speak())
print(d.speak())
print(p.speak())
print(repr(a), str(d), [p])
print(Animal.count, Dog.kind, p.kind, a.kind)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal))
print(type(p).__name__, Puppy.__mro__[1].__name__, [c.__name__ for c in Puppy.__mro__])


class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B" + super().who()

class C(A):
    def who(self):
        return "C" + super().who()

class D(B, C):
    def who(self):
        return "D" + super().who()

print(D().who(), [k.__name__ for k in D.mro()])


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def make(cls):
        return cls()


t = Temp.make()
t.celsius = 25
print(t.celsius, Temp.unit(), t.unit())
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __call__(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), v != Vec(4, 6), len(v), v[0], 6 in v, v(2))
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))
print({Vec(1, 1): "one"}[Vec(1, 1)])
print(list(v))


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        self.i = 0
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Counter(4)), sum(Counter(10)))


class Managed:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, val)
        return True


with Managed() as m:
    print("body", type(m).__name__)
    raise KeyError("k")
print("after with")
