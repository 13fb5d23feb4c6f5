# round, divmod, pow, abs, hex/oct/bin, chr/ord.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-2.5), round(-0.4), round(0.5))
print(round(1234.5678, -2), round(1234.5678, 1), round(-0.4, 0), round(15, -1), round(25, -1), round(-25, -1), round(7, 2), round(True))
print(round(1e300, -305), round(5e-324, 323), round(1.5, 400), round(123.456, -400), round(2.5, None), round(10**20 + 0.5))
print(round(123456789, -3), round(-123456789, -4), round(12345, -10), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 3), divmod(2**70, 3))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(2, 3, -5), pow(-2, 3, 5), pow(2.0, 3), pow(0, 0), pow(7, 0, 1))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2**70), abs(-9223372036854775808))
print(hex(255), hex(-255), hex(0), oct(8), oct(-9), bin(5), bin(-5), bin(0), hex(2**70), hex(True))
print(chr(65), chr(0x4e16), chr(128512), ord("A"), ord("世"), ord(b"a"), ord("\n"))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), chr(Idx()), list(range(Idx()))[40:], list(range(50))[Idx()], "ab" * Idx() == "ab" * 42)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, n=None):
        return "rounded(%r, %r)" % (self.cents, n)
    def __abs__(self):
        return "abs!"
    def __divmod__(self, other):
        return ("divmod", other)
print(round(Money(5)), round(Money(5), 2), abs(Money(1)), divmod(Money(1), 3))
attempt("round str", lambda: round("a"))
attempt("round ndigits", lambda: round(1.5, "a"))
attempt("round nan", lambda: round(float("nan")))
attempt("round inf", lambda: round(float("inf")))
attempt("round overflow", lambda: round(1.7976931348623157e308, -308))
attempt("round none", lambda: round())
attempt("round many", lambda: round(1, 2, 3))
attempt("divmod zero", lambda: divmod(1, 0))
attempt("divmod float zero", lambda: divmod(1.0, 0))
attempt("divmod zero float", lambda: divmod(1, 0.0))
attempt("divmod type", lambda: divmod(1, "a"))
attempt("divmod one", lambda: divmod(1))
attempt("pow mod zero", lambda: pow(2, 3, 0))
attempt("pow not invertible", lambda: pow(2, -1, 4))
attempt("pow float mod", lambda: pow(2.0, 3, 5))
attempt("pow one", lambda: pow(1))
attempt("abs str", lambda: abs("a"))
attempt("hex float", lambda: hex(1.5))
attempt("chr negative", lambda: chr(-1))
attempt("chr big", lambda: chr(0x110000))
attempt("chr str", lambda: chr("a"))
attempt("ord long", lambda: ord("ab"))
attempt("ord empty", lambda: ord(""))
attempt("ord int", lambda: ord(1))
