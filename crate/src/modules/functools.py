"""functools: partial, reduce, wraps, lru_cache, cache, total_ordering and
cmp_to_key, with the behaviour, reprs and errors of CPython's
Lib/functools.py and its C twin _functools, for the callbacks, memoised
workers and sortable records concurrent programs pass around."""

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering",
           "cache", "cmp_to_key", "lru_cache", "reduce", "partial", "cached_property"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies its name, docstring and the
    other assigned attributes, and sets wrapper.__wrapped__ to it."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator for a wrapper function that applies update_wrapper with wrapped."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function, sequence, initial=_initial_missing):
    """Applies a function of two arguments cumulatively to the items of a
    sequence, from left to right, reducing it to a single value."""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """A new function with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"


def cmp_to_key(mycmp):
    """Converts an old-style comparison function into a key function."""

    class K:
        """A key that orders its object by mycmp."""

        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def _derived(root, negate, eq):
    """A comparison built from the root one, as functools' _gt_from_lt and
    its kin: `[not] root(a, b)`, then `or a == b` (eq "or"), `and a != b`
    (eq "and") or nothing (eq None); NotImplemented passes through."""

    def compare(self, other):
        op_result = getattr(type(self), root)(self, other)
        if op_result is NotImplemented:
            return op_result
        if negate:
            op_result = not op_result
        if eq == "or":
            return op_result or self == other
        if eq == "and":
            return op_result and self != other
        return op_result

    return compare


# For each root comparison, the three it yields: (name, negate, eq).
_convert = {
    "__lt__": [("__gt__", True, "and"), ("__le__", False, "or"), ("__ge__", True, None)],
    "__le__": [("__ge__", True, "or"), ("__lt__", False, "and"), ("__gt__", True, None)],
    "__gt__": [("__lt__", True, "and"), ("__ge__", False, "or"), ("__le__", True, None)],
    "__ge__": [("__le__", True, "or"), ("__gt__", False, "and"), ("__lt__", True, None)],
}


def _defines(cls, op):
    """Whether cls or a base other than object defines the comparison op."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if op in klass.__dict__:
            return True
    return False


def total_ordering(cls):
    """A class decorator that fills in the missing ordering methods from the
    one the class defines (besides __eq__)."""
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if _defines(cls, op)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for opname, negate, eq in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, _derived(root, negate, eq))
    return cls


class _CacheInfo(tuple):
    """The statistics of an lru_cache: hits, misses, maxsize, currsize."""

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def _make_key(args, kwds, typed):
    """The cache key of a call: its arguments, its keywords after a marker, and their types when typed."""
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    """A decorator that memoises a function's results for its most recent
    maxsize argument lists (all of them when maxsize is None)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    """The memoising function lru_cache returns: a dict in recency order
    (oldest first), trimmed to maxsize."""
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        """Reports the cache's statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Empties the cache and its statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        """The maxsize and typed the cache was made with."""
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def cache(user_function):
    """A simple unbounded cache, as lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


def cached_property(func):
    """Not available: it is a descriptor, and user-defined descriptors are not supported yet."""
    raise NotImplementedError("functools.cached_property needs user-defined descriptors (__get__), not supported yet")
