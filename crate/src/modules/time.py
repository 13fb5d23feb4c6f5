"""time, on the machine's clock: the clock functions come from _time; the
calendar functions (gmtime, localtime, mktime, strftime, asctime) convert
seconds since the epoch as CPython's do. The machine's local time zone is
UTC, so localtime is gmtime and mktime inverts both."""

from _time import time, time_ns, sleep, monotonic, perf_counter, process_time, ctime

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The nine fields of a calendar time, as a tuple with named fields."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq):
        values = tuple(seq)
        if len(values) != 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self))
        return f"time.struct_time({fields})"

    tm_zone = property(lambda self: self.__dict__.get("_zone"))
    tm_gmtoff = property(lambda self: None if self.__dict__.get("_zone") is None else 0)


for _index, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, property(lambda self, i=_index: tuple.__getitem__(self, i)))
del _index, _name


def _seconds(secs):
    """Whole seconds since the epoch: now when secs is None."""
    if secs is None:
        secs = time()
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    return int(secs // 1)


def gmtime(secs=None):
    """The UTC calendar time of secs seconds since the epoch (now by default)."""
    import datetime
    d = datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=_seconds(secs))
    return _zoned(d.timetuple()[:8] + (0,), "GMT")


def localtime(secs=None):
    """The local calendar time of secs: the machine's time zone is UTC."""
    return _zoned(gmtime(secs), "UTC")


def _zoned(fields, zone):
    """A struct_time of fields in the time zone named zone (offset 0)."""
    t = struct_time(fields)
    t._zone = zone
    return t


def mktime(t):
    """The seconds since the epoch of local calendar time t, as a float."""
    import datetime
    if not isinstance(t, tuple) or len(t) != 9:
        raise TypeError("Tuple or struct_time argument required")
    d = datetime.datetime(t[0], t[1], t[2]) + datetime.timedelta(hours=t[3], minutes=t[4], seconds=t[5])
    return (d - datetime.datetime(1970, 1, 1)).total_seconds()


def _tuple(t, caller):
    """t as a struct_time: the local time now when t is None."""
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{caller}(): illegal time tuple argument")
    return t if isinstance(t, struct_time) else struct_time(t)


def strftime(format, t=None):
    """format with its directives replaced by the fields of t (now by default)."""
    from datetime import _strftime
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    t = _tuple(t, "strftime")
    return _strftime(format, t[0], t[1], t[2], t[3], t[4], t[5], 0, t[6], t[7])


def asctime(t=None):
    """t (now by default) as "Thu Jan  1 00:00:00 1970"."""
    return strftime("%c", _tuple(t, "asctime"))
