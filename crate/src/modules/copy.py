"""copy: shallow and deep copies, as CPython's Lib/copy.py makes them for
the built-in containers and for instances (their __copy__ and
__deepcopy__ first, else a new instance of the class with the attributes
copied). Immutable values are their own copies."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    """A value that cannot be copied."""


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0), frozenset, slice,
           type(Ellipsis), type(NotImplemented))


def _new_like(x):
    """A new instance of x's class, not initialised (object.__new__)."""
    return object.__new__(type(x))


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    y = _new_like(x)
    for name, value in vars(x).items():
        setattr(y, name, value)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances copied all the way down,
    each shared or recursive part copied once."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC and cls is not frozenset:
        return x
    if cls is list:
        y = []
        memo[d] = y
        y.extend(deepcopy(a, memo) for a in x)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _new_like(x)
            memo[d] = y
            for name, value in vars(x).items():
                setattr(y, name, deepcopy(value, memo))
    memo[d] = y
    if y is not x:
        memo.setdefault(id(memo), []).append(x)
    return y
