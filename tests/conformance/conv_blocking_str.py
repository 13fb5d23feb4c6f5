# __str__, __repr__ and __format__ that block on a lock another thread
# holds, reached through print, str, repr, format, f-strings and %.
import threading
import time

lock = threading.Lock()


class Guarded:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        time.sleep(0.01)
        with lock:
            return "str " + self.name

    def __repr__(self):
        with lock:
            return "repr " + self.name

    def __format__(self, spec):
        with lock:
            return "format " + format(self.name, spec)


def contend(what):
    """Starts a thread that holds the lock a while, and returns once it holds it."""
    held = threading.Event()

    def holder():
        with lock:
            held.set()
            time.sleep(0.05)
            print("  released for", what)

    t = threading.Thread(target=holder)
    t.start()
    held.wait()
    return t


class Log:
    """A file whose writes are recorded one by one."""

    def __init__(self):
        self.writes = []

    def write(self, s):
        self.writes.append(s)
        return len(s)

    def flush(self):
        self.writes.append("flushed")


cases = [
    ("print", lambda: print(Guarded("a"), 1, Guarded("b"), sep=", ", end="!\n")),
    ("str", lambda: print(str(Guarded("c")))),
    ("repr", lambda: print(repr(Guarded("d")))),
    ("format", lambda: print(format(Guarded("e"), ">4"))),
    ("f-string", lambda: print(f"[{Guarded('f')}] [{Guarded('g')!r}] [{Guarded('h')!s:>8}] [{Guarded('i'):<3}]")),
    ("percent", lambda: print("%s and %r" % (Guarded("j"), Guarded("k")))),
]
for what, case in cases:
    t = contend(what)
    case()
    t.join()

log = Log()
t = contend("file")
print("x", Guarded("m"), 3, sep="-", file=log, flush=True)
t.join()
print(log.writes)


class Noisy:
    def __str__(self):
        print("(converting)")
        return "noisy"


print("before", Noisy(), "after")
print(f"{Noisy()}!")
