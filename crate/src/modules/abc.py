"""abc: abstract base classes. A class whose ABCMeta metaclass finds
abstract methods (marked by @abstractmethod, its own or inherited and not
overridden) cannot be instantiated, as in CPython. Not supported yet:
register() making virtual subclasses that isinstance() recognises."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token"]


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    """Whether a class attribute is an abstract method (or a property of one)."""
    return getattr(value, "__isabstractmethod__", False) is True


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = sorted(cls.__abstractmethods__)
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} "
                            + ", ".join(missing))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Accepted, but isinstance() does not see virtual subclasses yet."""
        return subclass


class ABC(metaclass=ABCMeta):
    """A base class whose subclasses are abstract base classes."""


def abstractclassmethod(callable):
    """A class method marked abstract (deprecated spelling)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A static method marked abstract (deprecated spelling)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget):
    """A property marked abstract (deprecated spelling)."""
    fget.__isabstractmethod__ = True
    return property(fget)


def get_cache_token():
    """A token that changes when registrations change: they never do here."""
    return 0
