# time's calendar functions: struct_time, gmtime, localtime, mktime,
# strftime, asctime (run under TZ=UTC, as the machine's local time is UTC).
import time
import datetime

t = time.gmtime(1000000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], len(t), tuple(t)[:3], t.tm_zone, t.tm_gmtoff)
year, month, *rest = t
print(year, month, rest)
print(type(t), isinstance(t, tuple), type(t).__name__)
print(time.gmtime(0))
print(time.gmtime(-86400).tm_year, time.gmtime(951782400).tm_yday, time.gmtime(1.9).tm_sec)
print(time.localtime(86400 * 365) == time.gmtime(86400 * 365))
print(time.mktime(time.localtime(123456789)), time.mktime((2024, 2, 29, 12, 30, 0, 0, 0, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %d %j %p %I %y %w %%", t))
print(time.strftime("%H:%M", (2020, 1, 2, 3, 4, 5, 0, 0, 0)))
print(time.asctime(t), time.asctime((2024, 2, 29, 12, 30, 5, 3, 60, 0)))
print(time.ctime(1000000000) == time.asctime(time.localtime(1000000000)))
print(time.timezone, time.altzone, time.daylight)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(datetime.datetime(2021, 3, 4, 5, 6, 7).timetuple())
print(datetime.date(2021, 3, 4).timetuple().tm_yday)
now = time.localtime()
print(type(now).__name__, len(time.strftime("%H:%M:%S")), len(time.asctime()))
for bad in (lambda: time.struct_time((1, 2, 3)), lambda: time.strftime("%Y", (1, 2)), lambda: time.mktime(5),
            lambda: time.gmtime("x"), lambda: time.asctime(5), lambda: time.strftime(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
