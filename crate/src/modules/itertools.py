"""itertools: the iterator building blocks of CPython's C module
Modules/itertoolsmodule.c (count, cycle, repeat, chain, islice, product,
permutations, combinations, groupby, accumulate, zip_longest, starmap,
tee, takewhile, dropwhile, filterfalse, compress, pairwise), written as
generators with the same results, argument checks and error messages."""

__all__ = ["count", "cycle", "repeat", "chain", "islice", "product", "permutations", "combinations",
           "combinations_with_replacement", "groupby", "accumulate", "zip_longest", "starmap", "tee",
           "takewhile", "dropwhile", "filterfalse", "compress", "pairwise"]

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


class repeat:
    """repeat(object [,times]): object again and again, times times or without end."""

    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times == 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


def cycle(iterable):
    """The items of iterable, then the same items again, without end."""
    it = iter(iterable)
    return _cycle(it)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class chain:
    """chain(*iterables): the items of the first iterable, then of the next, and so on."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable): a chain of the iterables iterable yields, taken lazily."""
        c = cls()
        c._source = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._source))
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def _as_index(value):
    """value as an int for islice, or -1 when it is not an integer (as CPython's PyNumber_AsSsize_t failing)."""
    return value if isinstance(value, int) else -1


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the
    selected items of iterable, as a slice of a list would select them."""
    if not 1 <= len(args) <= 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args
                        else "islice expected at least 2 arguments, got 1")
    s = slice(*args)
    start = 0 if s.start is None else _as_index(s.start)
    stop = None if s.stop is None else _as_index(s.stop)
    # The checks and their order follow itertoolsmodule.c's islice_new.
    if stop == -1:
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    step = 1 if s.step is None else _as_index(s.step)
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nexti = start
    i = 0
    while stop is None or nexti < stop:
        for element in it:
            if i == nexti:
                i += 1
                break
            i += 1
        else:
            return
        yield element
        nexti += step
    # Consume up to stop, as CPython does, so the source is left in the same place.
    while i < stop:
        try:
            next(it)
        except StopIteration:
            return
        i += 1


def product(*iterables, repeat=1):
    """The cartesian product of the iterables, as nested for loops give it (the last varies fastest)."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    """The r-length orderings of iterable's items (all its length when r is None), in lexicographic order of positions."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _pool(iterable, r):
    """The items to choose r of, once r is checked."""
    if r < 0:
        raise ValueError("r must be non-negative")
    return tuple(iterable)


def combinations(iterable, r):
    """The r-length subsequences of iterable's items, in the order of their positions."""
    return _combinations(_pool(iterable, r), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """The r-length subsequences of iterable's items, each item allowed more than once."""
    return _combinations_with_replacement(_pool(iterable, r), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for each run of
    consecutive items with the same key; a group is invalid once the next is taken."""

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is not _marker and self._currkey == self._tgtkey:
            self._step()
        if self._currkey is _marker:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _step(self):
        """Takes the next item and its key (StopIteration at the end)."""
        self._currvalue = next(self._it)
        self._currkey = self._keyfunc(self._currvalue)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


_marker = object()


def accumulate(iterable, func=None, *, initial=None):
    """Running totals of iterable (or running results of func), starting with initial when given."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def zip_longest(*iterables, fillvalue=None):
    """zip, going on until the longest iterable ends, with fillvalue for the missing items."""
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def starmap(function, iterable):
    """function(*args) for each args tuple of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable):
    """The items of iterable while predicate is true of them."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def dropwhile(predicate, iterable):
    """The items of iterable from the first for which predicate is false."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    """The items of iterable for which predicate (bool when None) is false."""
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def pairwise(iterable):
    """Successive overlapping pairs of iterable's items: (a, b), (b, c), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


class _TeeBuffer:
    """The items a tee's source has given, kept for the copies that have not read them yet."""

    def __init__(self, it):
        self.it = it
        self.items = []


class _tee:
    """One of the independent iterators tee returns."""

    def __init__(self, buffer, position):
        self._buffer = buffer
        self._position = position

    def __iter__(self):
        return self

    def __next__(self):
        buf = self._buffer
        i = self._position
        if i == len(buf.items):
            buf.items.append(next(buf.it))
        self._position += 1
        return buf.items[i]

    def __copy__(self):
        return _tee(self._buffer, self._position)


def tee(iterable, n=2):
    """n independent iterators over the items of iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if isinstance(iterable, _tee):
        return tuple([iterable] + [iterable.__copy__() for _ in range(n - 1)]) if n else ()
    buffer = _TeeBuffer(iter(iterable))
    return tuple(_tee(buffer, 0) for _ in range(n))
