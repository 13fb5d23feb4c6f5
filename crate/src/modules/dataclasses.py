"""dataclasses, as CPython's Lib/dataclasses.py (3.11) makes them: fields
from the class's annotations, and __init__, __repr__, __eq__, the
orderings, __hash__ and frozen assignment generated as source and run with
exec, so their argument errors read as CPython's. Not supported yet:
InitVar, KW_ONLY and slots=True."""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "fields", "asdict", "astuple", "replace",
           "is_dataclass", "MISSING"]


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen dataclass."""


class _MissingType:
    """The sentinel for "no default"."""

    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    """One field of a dataclass: its name, type, default and options."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._classvar = False

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={'_FIELD_CLASSVAR' if self._classvar else '_FIELD'})")


class _DataclassParams:
    """The options a class was made a dataclass with."""

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """The options of one field, as the value of its class attribute."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    """Whether an annotation says ClassVar (a class attribute, not a field)."""
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(annotation, "_name", None) == "ClassVar" or repr(annotation).startswith("typing.ClassVar")


def _get_field(cls, name, annotation, kw_only):
    """The Field of annotated name `name`, from its class attribute if any."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._classvar = _is_classvar(annotation)
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._classvar:
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
        return f
    if isinstance(f.default, (list, dict, set)):
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
    return f


def _create_fn(name, args, body, cls, namespace, return_type=MISSING):
    """A function made by exec of its source, named as a method of cls."""
    body_text = "\n".join(f"  {line}" for line in body) or "  pass"
    # Inside a maker function, as CPython's: tracebacks show the same lines.
    source = f"def __create_fn__():\n def {name}({', '.join(args)}):\n{body_text}\n return {name}\n"
    exec(source, namespace)
    fn = namespace["__create_fn__"]()
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    return fn


def _field_assign(frozen, name, value):
    """The line that stores one field in __init__."""
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})"
    return f"self.{name} = {value}"


def _init_fn(fields, frozen, has_post_init, cls, namespace):
    """__init__(self, <fields>): stores each field, then calls __post_init__."""
    seen_default = False
    std, kw = [], []
    for f in fields:
        if not f.init:
            continue
        if f.kw_only:
            kw.append(f)
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = True
        std.append(f)

    def param(f):
        if f.default_factory is not MISSING:
            return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
        if f.default is not MISSING:
            return f"{f.name}=__dataclass_dflt_{f.name}__"
        return f.name

    args = ["self"] + [param(f) for f in std]
    if kw:
        args += ["*"] + [param(f) for f in kw]
    body = []
    for f in fields:
        namespace[f"__dataclass_dflt_{f.name}__"] = f.default
        namespace[f"__dataclass_factory_{f.name}__"] = f.default_factory
        if f.default_factory is not MISSING:
            if f.init:
                value = (f"__dataclass_factory_{f.name}__() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ "
                         f"else {f.name}")
            else:
                value = f"__dataclass_factory_{f.name}__()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = f"__dataclass_dflt_{f.name}__"
        else:
            continue
        body.append(_field_assign(frozen, f.name, value))
    if has_post_init:
        body.append("self.__post_init__()")
    return _create_fn("__init__", args, body, cls, namespace)


def _tuple_of(prefix, fields):
    """Source of the tuple of the fields of `prefix` (self or other)."""
    return "(" + "".join(f"{prefix}.{f.name}," for f in fields) + ")"


def _set_new_attribute(cls, name, value):
    """Sets cls.name unless the class defines it itself; whether it did define it."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    """Makes cls a dataclass: finds its fields, adds the generated methods."""
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dict__[_PARAMS].frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    for name, annotation in annotations.items():
        f = _get_field(cls, name, annotation, kw_only)
        fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    real = [f for f in fields.values() if not f._classvar]
    namespace = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
                 "__dataclass_builtins_object__": object, "MISSING": MISSING,
                 "FrozenInstanceError": FrozenInstanceError}
    if init:
        _set_new_attribute(cls, "__init__", _init_fn(real, frozen, hasattr(cls, "__post_init__"), cls, namespace))
    if repr:
        shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in real if f.repr)
        body = [f'return self.__class__.__qualname__ + f"({shown})"']
        _set_new_attribute(cls, "__repr__", _create_fn("__repr__", ["self"], body, cls, namespace))
    compared = [f for f in real if f.compare]
    if eq:
        body = ["if other.__class__ is self.__class__:",
                f"  return {_tuple_of('self', compared)} == {_tuple_of('other', compared)}",
                "return NotImplemented"]
        _set_new_attribute(cls, "__eq__", _create_fn("__eq__", ["self", "other"], body, cls, namespace))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            body = ["if other.__class__ is self.__class__:",
                    f"  return {_tuple_of('self', compared)} {op} {_tuple_of('other', compared)}",
                    "return NotImplemented"]
            if _set_new_attribute(cls, name, _create_fn(name, ["self", "other"], body, cls, namespace)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        names = tuple(f.name for f in fields.values())
        namespace["__dataclass_frozen_names__"] = names
        for name, args, verb in (("__setattr__", ["self", "name", "value"], "assign to"),
                                 ("__delattr__", ["self", "name"], "delete")):
            body = ["if type(self) is __dataclass_cls__ or name in __dataclass_frozen_names__:",
                    f'  raise FrozenInstanceError(f"cannot {verb} field {{name!r}}")',
                    f"super(__dataclass_cls__, self).{name}({', '.join(args[1:])})"]
            namespace["__dataclass_cls__"] = cls
            if _set_new_attribute(cls, name, _create_fn(name, args, body, cls, namespace)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash and has_explicit_hash:
        raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
    if not has_explicit_hash:
        if unsafe_hash or (eq and frozen):
            body = [f"return hash({_tuple_of('self', hashed)})"]
            cls.__hash__ = _create_fn("__hash__", ["self"], body, cls, namespace)
        elif eq:
            cls.__hash__ = None
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in real if f.init and not f.kw_only))
    return cls


class _HasDefaultFactory:
    """The default of a parameter whose field has a default factory."""

    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    """Makes a class a dataclass, with @dataclass or @dataclass(options)."""
    if slots:
        raise NotImplementedError("dataclass: slots=True is not supported yet")

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, in order."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if not f._classvar)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _convert(obj, dict_factory, inner):
    """A value as asdict/astuple copy it: dataclasses and containers recursively."""
    if _is_dataclass_instance(obj):
        return inner(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, dict_factory, inner) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, dict_factory, inner) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, dict_factory, inner), _convert(v, dict_factory, inner)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def inner(o):
        return dict_factory([(f.name, _convert(getattr(o, f.name), dict_factory, inner)) for f in fields(o)])

    return inner(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its fields, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def inner(o):
        return tuple_factory([_convert(getattr(o, f.name), None, inner) for f in fields(o)])

    return inner(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._classvar:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
