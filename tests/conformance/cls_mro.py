# Multiple inheritance: C3 linearization and cooperative super().
class Base:
    def __init__(self):
        self.trail = ["Base"]
    def who(self):
        return "Base"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return "Right>" + super().who()

class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")
    def who(self):
        return "Bottom>" + super().who()

b = Bottom()
print(b.trail)
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print([c.__name__ for c in D.__mro__], [c.__name__ for c in E.__mro__])
try:
    class F(D, E): pass
except TypeError as e:
    print("TypeError:", e)
