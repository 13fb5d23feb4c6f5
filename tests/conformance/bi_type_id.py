# type(), id() and identity: is, ==, small ints, object identity.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(type(1), type("s"), type(None), type([]), type(type), type(len), type(print).__name__)
class K: pass
print(type(K()), type(K), type(K()) is K, type(1.0) is float, type(True) is int)
x = 1000
y = x
print(x is y, type(x)(5), type("")("abc"), type([])("ab"))
T = type("T", (object,), {"v": 5, "m": lambda self: self.v * 2})
print(T.__name__, T().m(), type(T()).__name__)
