"""typing: the names annotations use, printing as CPython's do. They only
describe: nothing is checked at run time, as in CPython. Not supported
yet: NamedTuple and TypedDict classes, Protocol checks."""

__all__ = ["Any", "Callable", "ClassVar", "Dict", "FrozenSet", "Generator", "Generic", "Iterable", "Iterator",
           "List", "Mapping", "Optional", "Sequence", "Set", "Tuple", "Type", "TypeVar", "Union", "Deque",
           "DefaultDict", "Awaitable", "Coroutine", "NoReturn", "Literal", "Final", "Protocol", "cast", "overload",
           "final", "TYPE_CHECKING"]

TYPE_CHECKING = False


def _type_repr(obj):
    """How a type argument prints: int, __main__.Job, ..., typing.List[int]."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class _Alias:
    """A typing name, subscripted or not: typing.List, typing.List[int]."""

    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        if self.__args__ is not None:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(type(None) if p is None else p for p in params)
        if self._name == "Optional":
            return Union[params[0], None]
        if self._name == "Union":
            kept = []
            for p in params:
                if p not in kept:
                    kept.append(p)
            if len(kept) == 1:
                return kept[0]
            return _Alias("Union", tuple(kept))
        return _Alias(self._name, params)

    def __repr__(self):
        if self.__args__ is None:
            return f"typing.{self._name}"
        if self._name == "Union" and len(self.__args__) == 2 and type(None) in self.__args__:
            return f"typing.Optional[{_type_repr([a for a in self.__args__ if a is not type(None)][0])}]"
        return f"typing.{self._name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        return isinstance(other, _Alias) and (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self._name.lower()}() instead")


Any = _Alias("Any")
Callable = _Alias("Callable")
ClassVar = _Alias("ClassVar")
Dict = _Alias("Dict")
DefaultDict = _Alias("DefaultDict")
Deque = _Alias("Deque")
FrozenSet = _Alias("FrozenSet")
Generator = _Alias("Generator")
Iterable = _Alias("Iterable")
Iterator = _Alias("Iterator")
List = _Alias("List")
Mapping = _Alias("Mapping")
Optional = _Alias("Optional")
Sequence = _Alias("Sequence")
Set = _Alias("Set")
Tuple = _Alias("Tuple")
Type = _Alias("Type")
Union = _Alias("Union")
Awaitable = _Alias("Awaitable")
Coroutine = _Alias("Coroutine")
NoReturn = _Alias("NoReturn")
Literal = _Alias("Literal")
Final = _Alias("Final")


class TypeVar:
    """A type variable: ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self._prefix = "+" if covariant else "-" if contravariant else "~"

    def __repr__(self):
        return self._prefix + self.__name__


class Generic:
    """The base of user generic classes: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """The base of structural types (not checked at run time)."""


def cast(typ, val):
    """val, unchanged: a cast only informs type checkers."""
    return val


def overload(func):
    """func, unchanged."""
    return func


def final(f):
    """f, unchanged."""
    return f
