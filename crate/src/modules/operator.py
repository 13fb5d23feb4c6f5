"""operator: Python's operators as functions, and the itemgetter,
attrgetter and methodcaller callables, as CPython's Lib/operator.py (and
its C twin _operator) define them: the keys and reducers programs pass to
sorted, max, reduce and map."""

__all__ = ["abs", "add", "and_", "attrgetter", "concat", "contains", "countOf", "delitem", "eq",
           "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift",
           "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_",
           "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "lshift", "lt",
           "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift",
           "setitem", "sub", "truediv", "truth", "xor"]

_abs = abs


def lt(a, b):
    """Same as a < b."""
    return a < b


def le(a, b):
    """Same as a <= b."""
    return a <= b


def eq(a, b):
    """Same as a == b."""
    return a == b


def ne(a, b):
    """Same as a != b."""
    return a != b


def ge(a, b):
    """Same as a >= b."""
    return a >= b


def gt(a, b):
    """Same as a > b."""
    return a > b


def not_(a):
    """Same as not a."""
    return not a


def truth(a):
    """Return True if a is true, False otherwise."""
    return True if a else False


def is_(a, b):
    """Same as a is b."""
    return a is b


def is_not(a, b):
    """Same as a is not b."""
    return a is not b


def abs(a):
    """Same as abs(a)."""
    return _abs(a)


def add(a, b):
    """Same as a + b."""
    return a + b


def and_(a, b):
    """Same as a & b."""
    return a & b


def floordiv(a, b):
    """Same as a // b."""
    return a // b


def index(a):
    """Same as a.__index__()."""
    if isinstance(a, int):
        return int(a)
    return a.__index__()


def inv(a):
    """Same as ~a."""
    return ~a


invert = inv


def lshift(a, b):
    """Same as a << b."""
    return a << b


def mod(a, b):
    """Same as a % b."""
    return a % b


def mul(a, b):
    """Same as a * b."""
    return a * b


def neg(a):
    """Same as -a."""
    return -a


def or_(a, b):
    """Same as a | b."""
    return a | b


def pos(a):
    """Same as +a."""
    return +a


def pow(a, b):
    """Same as a ** b."""
    return a ** b


def rshift(a, b):
    """Same as a >> b."""
    return a >> b


def sub(a, b):
    """Same as a - b."""
    return a - b


def truediv(a, b):
    """Same as a / b."""
    return a / b


def xor(a, b):
    """Same as a ^ b."""
    return a ^ b


def concat(a, b):
    """Same as a + b, for a and b sequences."""
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b):
    """Same as b in a (note reversed operands)."""
    return b in a


def countOf(a, b):
    """Return the number of items in a which are, or which equal, b."""
    return sum(1 for i in a if i is b or i == b)


def delitem(a, b):
    """Same as del a[b]."""
    del a[b]


def getitem(a, b):
    """Same as a[b]."""
    return a[b]


def indexOf(a, b):
    """Return the first index of b in a."""
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c):
    """Same as a[b] = c."""
    a[b] = c


def iadd(a, b):
    """Same as a += b."""
    a += b
    return a


def iand(a, b):
    """Same as a &= b."""
    a &= b
    return a


def iconcat(a, b):
    """Same as a += b, for a and b sequences."""
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b):
    """Same as a //= b."""
    a //= b
    return a


def ilshift(a, b):
    """Same as a <<= b."""
    a <<= b
    return a


def imod(a, b):
    """Same as a %= b."""
    a %= b
    return a


def imul(a, b):
    """Same as a *= b."""
    a *= b
    return a


def ior(a, b):
    """Same as a |= b."""
    a |= b
    return a


def ipow(a, b):
    """Same as a **= b."""
    a **= b
    return a


def irshift(a, b):
    """Same as a >>= b."""
    a >>= b
    return a


def isub(a, b):
    """Same as a -= b."""
    a -= b
    return a


def itruediv(a, b):
    """Same as a /= b."""
    a /= b
    return a


def ixor(a, b):
    """Same as a ^= b."""
    a ^= b
    return a


class attrgetter:
    """attrgetter('name'), attrgetter('a.b'), attrgetter('x', 'y'): a
    callable that fetches the named attributes (a tuple of them for several)."""

    def __init__(self, attr, *attrs):
        for name in (attr,) + attrs:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._attrs = (attr,) + attrs

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return _resolve(obj, self._attrs[0])
        return tuple(_resolve(obj, name) for name in self._attrs)

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join(map(repr, self._attrs))


def _resolve(obj, dotted):
    """The attribute a dotted name reaches from obj."""
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """itemgetter(item), itemgetter(*items): a callable that fetches the
    given items of its operand (a tuple of them for several)."""

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join(map(repr, self._items))


class methodcaller:
    """methodcaller(name, *args, **kwargs): a callable that calls the named method of its operand with these arguments."""

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend("%s=%r" % (k, v) for k, v in self._kwargs.items())
        return "operator.methodcaller(%s)" % ", ".join(args)


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = inv
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
