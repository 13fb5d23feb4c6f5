"""datetime: timedelta arithmetic, dates, naive datetimes from fixed timestamps, formats."""
import time
from datetime import date, datetime, timedelta

d = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(d, repr(d), d.days, d.seconds, d.microseconds, d.total_seconds())
print(timedelta(), repr(timedelta()), timedelta(seconds=-1), repr(timedelta(seconds=-1)))
print(timedelta(weeks=2, milliseconds=1500), timedelta(hours=1.5), timedelta(days=-3, hours=5))
print(d + d, d - timedelta(days=2), -d, abs(-d), d * 2, 2 * d, d / 2, d // 3, d / timedelta(hours=1))
print(timedelta(hours=5) // timedelta(hours=2), timedelta(hours=5) % timedelta(hours=2),
      divmod(timedelta(minutes=7), timedelta(minutes=2)), timedelta(seconds=1) * 0.5)
print(timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta()),
      sorted([timedelta(3), timedelta(1)]), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(timedelta.max, timedelta.min, timedelta.resolution)
print(sum([timedelta(seconds=30)] * 5, timedelta()))
try:
    timedelta(days=10 ** 9)
except OverflowError as e:
    print("OverflowError:", e)

day = date(2024, 2, 28)
print(day, repr(day), day.year, day.month, day.day, day.weekday(), day.isoweekday(), day.toordinal())
print(day + timedelta(days=1), day + timedelta(days=2), day - date(2023, 2, 28), day - timedelta(days=365))
print(date.fromordinal(738000), date.fromisoformat("2000-01-01"), day.replace(day=1), day.isoformat())
print(day.strftime("%Y/%m/%d %a %A %b %B %j %y %w %%"), f"{day:%d.%m.%Y}", f"{day}", day.ctime())
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date.min, date.max)
for args in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    date.fromisoformat("2023/01/01")
except ValueError as e:
    print("ValueError:", e)

t = datetime.utcfromtimestamp(1700000000.25)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.date(), t.timestamp())
print(t.isoformat(), t.isoformat(" ", "seconds"), t.isoformat(timespec="milliseconds"), t.isoformat(timespec="hours"))
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %I %p %c %x %X"), f"{t:%H:%M}")
print(datetime(2024, 3, 1, 12, 30) - datetime(2024, 2, 28, 13, 0), datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, 0, 0, 0, 7)))
print(datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 1), datetime(2024, 1, 1) == date(2024, 1, 1))
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.123456"),
      datetime(2024, 5, 6).replace(hour=9), datetime.utcfromtimestamp(0), datetime.max, datetime.min)
try:
    datetime(2024, 1, 1, 24)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 1, 1) < date(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)

start = datetime.now()
time.sleep(1.5)
elapsed = datetime.now() - start
print(elapsed >= timedelta(seconds=1.5), elapsed < timedelta(seconds=3), type(elapsed).__name__)
print(abs(datetime.now().timestamp() - time.time()) < 1, date.today() == datetime.now().date())
