# Arithmetic dunders, reflected operands, in-place operators and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Money(-self.cents)
    def __iadd__(self, other):
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    __hash__ = None

a, b = Money(150), Money(275)
print(a + b, a + 50, 50 + a, a * 3, 2 * a, -a)
print(sum([a, b, Money(5)]), sum([a, b], Money(0)))
c = a
c += b
print(c, a, c is a)
print(a == Money(425), a < b, b <= b, max(a, b, Money(1)), sorted([b, a, Money(1)]))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
