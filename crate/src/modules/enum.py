"""enum: Enum, IntEnum, StrEnum, auto and unique, as CPython 3.11's
Lib/enum.py behaves for them: members are the class's instances, made
when the class is, looked up by value (Color(1)) or name (Color['RED']),
iterated in definition order. Not supported yet: Flag and IntFlag, the
functional API (Enum('Color', 'RED GREEN')), and refusing reassignment of
members."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "auto", "unique"]


class auto:
    """A member value chosen by the enum: the next int, or the name for StrEnum."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_member_name(name, value):
    """Whether a class body name defines a member (not a method, property or private name)."""
    if name.startswith("_"):
        return False
    return not (callable(value) and not isinstance(value, auto)) and not isinstance(
        value, (property, classmethod, staticmethod))


class EnumType(type):
    """The metaclass of enums: makes the members when it makes the class."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        names = [k for k, v in classdict.items() if _is_member_name(k, v)]
        for base in bases:
            if getattr(base, "_member_names_", None):
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        values = []
        for name in names:
            value = classdict[name]
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(name, 1, len(values), values[:])
            values.append(value)
            enum_class._add_member(name, value)
        enum_class.__members__ = dict(enum_class._member_map_)
        return enum_class

    def _add_member(cls, name, value):
        """Makes member `name` (or an alias of the member with the same value)."""
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                cls._member_map_[name] = existing
                setattr(cls, name, existing)
                return
        args = value if isinstance(value, tuple) else (value,)
        mixin = cls._mixin_()
        if mixin is object:
            member = object.__new__(cls)
        else:
            member = mixin.__new__(cls, *args)
        member._name_ = name
        member._value_ = value
        owner = next(b for b in cls.__mro__ if "__init__" in b.__dict__ or b is object)
        if owner is not object:
            member.__init__(*args)
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            pass
        setattr(cls, name, member)

    def _mixin_(cls):
        """The built-in type members also are (int for IntEnum), or object."""
        for base in cls.__mro__:
            if base in (int, str, float):
                return base
        return object

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' and "
                            f"'{type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """A set of named constants, each an instance of the class."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    name = property(lambda self: self._name_, doc="The member's name.")
    value = property(lambda self: self._value_, doc="The member's value.")

    def __repr__(self):
        return f"<{type(self).__qualname__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__qualname__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


class IntEnum(int, Enum):
    """An enum whose members are also ints."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, Enum):
    """An enum whose members are also strs; auto() gives the lower-cased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


def unique(enumeration):
    """The enum, after checking that no two names share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration
