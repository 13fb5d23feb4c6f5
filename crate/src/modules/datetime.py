"""datetime: timedelta, date and naive datetime, as CPython's
Lib/datetime.py defines them (the proleptic Gregorian calendar, the same
normalisation, reprs, string forms and errors), on the run's clock:
now() and fromtimestamp() read time.time(), and the machine's local time
is UTC. Time zones (tzinfo) and strptime are not supported yet."""

import time as _time

__all__ = ["date", "datetime", "timedelta", "MINYEAR", "MAXYEAR"]

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    """Whether year is a leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    """The number of days before January 1st of year."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    """The number of days in that month of that year."""
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    """The number of days in year preceding the first day of month."""
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    """year, month, day -> ordinal, considering 01-Jan-0001 as day 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """ordinal -> (year, month, day), considering 01-Jan-0001 as day 1."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(value):
    """value, when it is an int; else CPython's TypeError."""
    if isinstance(value, int):
        return value
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _check_date_fields(year, month, day):
    """The checked fields of a date, with CPython's ValueErrors."""
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    """The checked fields of a time of day, with CPython's ValueErrors."""
    for name, value, top in (("hour", hour, 23), ("minute", minute, 59), ("second", second, 59),
                             ("microsecond", microsecond, 999999)):
        _check_int(value)
        if not 0 <= value <= top:
            raise ValueError(f"{name} must be in 0..{top}")


def _check_tzinfo(tzinfo):
    """Refuses time zones, which are not supported yet."""
    if tzinfo is not None:
        raise NotImplementedError("datetime: tzinfo (time zones) is not supported yet; use naive datetimes")


def _cmperror(x, y):
    """Raises CPython's TypeError for an order comparison of a datetime with a date."""
    raise TypeError("can't compare datetime.%s to datetime.%s" % (type(x).__name__, type(y).__name__))


def _strftime(fmt, year, month, day, hour, minute, second, microsecond, weekday, yday):
    """fmt with its directives replaced, as C's strftime in the C locale (and %f, as datetime adds)."""
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i == n:
            out.append("%")
            break
        d = fmt[i]
        i += 1
        out.append(_directive(d, year, month, day, hour, minute, second, microsecond, weekday, yday))
    return "".join(out)


def _directive(d, year, month, day, hour, minute, second, microsecond, weekday, yday):
    """The text of one strftime directive."""
    if d == "Y":
        return str(year) if year >= 1000 else "%d" % year
    if d == "m":
        return "%02d" % month
    if d == "d":
        return "%02d" % day
    if d == "H":
        return "%02d" % hour
    if d == "M":
        return "%02d" % minute
    if d == "S":
        return "%02d" % second
    if d == "f":
        return "%06d" % microsecond
    if d == "y":
        return "%02d" % (year % 100)
    if d == "e":
        return "%2d" % day
    if d == "I":
        return "%02d" % (hour % 12 or 12)
    if d == "p":
        return "AM" if hour < 12 else "PM"
    if d == "b" or d == "h":
        return _MONTHNAMES[month]
    if d == "B":
        return _FULL_MONTHNAMES[month]
    if d == "a":
        return _DAYNAMES[weekday]
    if d == "A":
        return _FULL_DAYNAMES[weekday]
    if d == "w":
        return str((weekday + 1) % 7)
    if d == "u":
        return str(weekday + 1)
    if d == "j":
        return "%03d" % yday
    if d == "U":
        return "%02d" % ((yday + 6 - (weekday + 1) % 7) // 7)
    if d == "W":
        return "%02d" % ((yday + 6 - weekday) // 7)
    if d == "c":
        return "%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[weekday], _MONTHNAMES[month], day, hour, minute,
                                              second, year)
    if d == "x":
        return "%02d/%02d/%02d" % (month, day, year % 100)
    if d == "X" or d == "T":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if d == "D":
        return "%02d/%02d/%02d" % (month, day, year % 100)
    if d == "F":
        return "%d-%02d-%02d" % (year, month, day)
    if d == "R":
        return "%02d:%02d" % (hour, minute)
    if d == "z" or d == "Z":
        return ""
    if d == "%":
        return "%"
    raise NotImplementedError(f"strftime: the directive %{d} is not supported yet")


def _order(op):
    """An ordering method comparing the pair self._key(other) gives by op (NotImplemented for None)."""

    def method(self, other):
        k = self._key(other)
        return NotImplemented if k is None else op(k[0], k[1])

    return method


def _orderings():
    """__lt__, __le__, __gt__ and __ge__ by self._key(other)."""
    return (_order(lambda a, b: a < b), _order(lambda a, b: a <= b), _order(lambda a, b: a > b),
            _order(lambda a, b: a >= b))


class timedelta:
    """A duration: the difference between two dates or datetimes, kept as
    days, seconds (0..86399) and microseconds (0..999999)."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError(f"unsupported type for timedelta days component: {type(v).__name__}")
        if all(isinstance(v, int) for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks)):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
        else:
            total = round(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000
                          + milliseconds * 1000 + microseconds)
        self._set(total)

    def _set(self, total):
        """Stores a duration given in microseconds."""
        d, rest = divmod(total, 86400 * 1000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days, self._seconds, self._microseconds = d, s, us

    @classmethod
    def _from_us(cls, total):
        return cls(microseconds=total)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """days"""
        return self._days

    @property
    def seconds(self):
        """seconds (0..86399)"""
        return self._seconds

    @property
    def microseconds(self):
        """microseconds (0..999999)"""
        return self._microseconds

    def total_seconds(self):
        """The total number of seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            return timedelta._from_us(round(self._to_us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _key(self, other):
        """The microsecond pair to compare with other, or None when other is not a timedelta."""
        if isinstance(other, timedelta):
            return self._to_us(), other._to_us()
        return None

    def __eq__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] == k[1]

    __lt__, __le__, __gt__, __ge__ = _orderings()

    def __hash__(self):
        return hash(self._to_us())

    def __bool__(self):
        return self._to_us() != 0


def _divide_and_round(a, b):
    """a / b rounded half to even, as CPython's datetime divides."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A date of the proleptic Gregorian calendar: year, month and day."""

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        y, m, d = _ord2ymd(int(t // 86400) + _EPOCH_ORDINAL)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f"ordinal must be in 1..{_MAX_ORDINAL}")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of a string in the format YYYY-MM-DD."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isodate(date_string))
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def toordinal(self):
        """The proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        """The day of the week: Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """The day of the week: Monday is 1, Sunday is 7."""
        return self.toordinal() % 7 or 7

    def timetuple(self):
        """The date as a time.struct_time at midnight."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def replace(self, year=None, month=None, day=None):
        """The same date with the given fields replaced."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        """The date as YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """The date in ctime() form, as 'Tue Jan  2 00:00:00 2024'."""
        return self.strftime("%c")

    def strftime(self, fmt):
        """The date formatted by the strftime directives in fmt."""
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def _key(self, other):
        """The ordinal pair to compare with other, or None when other is not a plain date."""
        if isinstance(other, date) and not isinstance(other, datetime):
            return self.toordinal(), other.toordinal()
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        k = self._key(other)
        return NotImplemented if k is None else k[0] == k[1]

    __lt__, __le__, __gt__, __ge__ = _orderings()

    def __hash__(self):
        return hash(("date", self.toordinal()))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)
_MAX_ORDINAL = _ymd2ord(MAXYEAR, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _parse_isodate(s):
    """(year, month, day) of YYYY-MM-DD or YYYYMMDD."""
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        parts = (s[0:4], s[5:7], s[8:10])
    elif len(s) == 8:
        parts = (s[0:4], s[4:6], s[6:8])
    else:
        raise ValueError(s)
    if not all(p.isdigit() for p in parts):
        raise ValueError(s)
    return tuple(int(p) for p in parts)


def _parse_isotime(s):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.ffffff]]]."""
    frac = 0
    if "." in s:
        s, f = s.split(".", 1)
        if not f.isdigit() or len(f) not in (3, 6):
            raise ValueError(s)
        frac = int(f.ljust(6, "0"))
    fields = s.split(":")
    if not 1 <= len(fields) <= 3 or not all(len(x) == 2 and x.isdigit() for x in fields):
        raise ValueError(s)
    values = [int(x) for x in fields] + [0] * (3 - len(fields))
    return values[0], values[1], values[2], frac


class datetime(date):
    """A date and a time of day, without a time zone (naive)."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        date.__init__(self, year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond

    @classmethod
    def now(cls, tz=None):
        """The current local date and time, from the run's clock."""
        _check_tzinfo(tz)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        """The current local date and time, from the run's clock."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, from the run's clock."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local date and time of a POSIX timestamp (the machine's local time is UTC)."""
        _check_tzinfo(tz)
        return cls.utcfromtimestamp(t)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The UTC date and time of a POSIX timestamp."""
        if isinstance(t, float):
            us = round(t * 1000000)
        else:
            us = t * 1000000
        days, us = divmod(us, 86400 * 1000000)
        y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
        secs, us = divmod(us, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def combine(cls, date, time=None):
        """Not available: datetime.time is not supported yet."""
        raise NotImplementedError("datetime.combine: datetime.time is not supported yet")

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of a string as isoformat() writes it (YYYY-MM-DD[*HH[:MM[:SS[.ffffff]]]])."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            d = _parse_isodate(date_string[:10])
            t = _parse_isotime(date_string[11:]) if len(date_string) > 10 else (0, 0, 0, 0)
            return cls(*d, *t)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None

    @classmethod
    def strptime(cls, date_string, format):
        """Not available yet."""
        raise NotImplementedError("datetime.strptime is not supported yet")

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """The time zone: always None (naive)."""
        return None

    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def timestamp(self):
        """The POSIX timestamp of this local time (the machine's local time is UTC)."""
        return (self._to_us() - _EPOCH_ORDINAL * 86400 * 10 ** 6) / 10 ** 6

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None):
        """The same datetime with the given fields replaced."""
        f = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        for i, v in enumerate((year, month, day, hour, minute, second, microsecond)):
            if v is not None:
                f[i] = v
        return type(self)(*f)

    def isoformat(self, sep="T", timespec="auto"):
        """The date and time as YYYY-MM-DDTHH:MM:SS[.ffffff]."""
        return "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep, self._format_time(timespec))

    def _format_time(self, timespec):
        h, m, s, us = self._hour, self._minute, self._second, self._microsecond
        if timespec == "auto":
            timespec = "microseconds" if us else "seconds"
        if timespec == "hours":
            return "%02d" % h
        if timespec == "minutes":
            return "%02d:%02d" % (h, m)
        if timespec == "seconds":
            return "%02d:%02d:%02d" % (h, m, s)
        if timespec == "milliseconds":
            return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
        if timespec == "microseconds":
            return "%02d:%02d:%02d.%06d" % (h, m, s, us)
        raise ValueError("Unknown timespec value")

    def __str__(self):
        return self.isoformat(sep=" ")

    def timetuple(self):
        """The date and time as a time.struct_time (the second's fraction dropped)."""
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), -1))

    def strftime(self, fmt):
        """The date and time formatted by the strftime directives in fmt."""
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), self._yday())

    def __repr__(self):
        f = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(f) > 5 and f[-1] == 0:
            f.pop()
        return "datetime.datetime(%s)" % ", ".join(map(str, f))

    def _to_us(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond

    def _key(self, other):
        if isinstance(other, datetime):
            return self._to_us(), other._to_us()
        if isinstance(other, date):
            _cmperror(self, other)
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._to_us() == other._to_us()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __hash__(self):
        return hash(("datetime", self._to_us()))

    def __add__(self, other):
        if isinstance(other, timedelta):
            total = self._to_us() + other._to_us()
            return self._from_us(total)
        return NotImplemented

    __radd__ = __add__

    def _from_us(self, total):
        days, us = divmod(total, 86400 * 1000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        secs, us = divmod(us, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return type(self)(y, m, d, hh, mm, ss, us)

    def __sub__(self, other):
        if isinstance(other, datetime):
            return timedelta(microseconds=self._to_us() - other._to_us())
        if isinstance(other, timedelta):
            return self._from_us(self._to_us() - other._to_us())
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
