# Conversions reached from other built-ins (a sort key, map, a container's
# repr, a join), %-formatting forms, other streams and threads.
import threading, time
class A:
    def __init__(self, n): self.n = n
    def __str__(self): return "A%d" % self.n
    def __repr__(self): return "R%d" % self.n
class Bad:
    def __str__(self): return 5
class Boom:
    def __str__(self): raise KeyError("k")
print(sorted([A(2), A(1)], key=str))
print(list(map(repr, [A(1), A(2)])), [A(3)], {A(4): A(5)})
print(", ".join(str(x) for x in [A(1), A(2)]))
for k in (str, repr):
    try: sorted([Bad(), Bad()], key=k)
    except TypeError as e: print(e)
try: sorted([Boom(), Boom()], key=str)
except KeyError as e: print("KeyError", e)
s = "%s"
s %= A(9)
print(s, "%(a)s-%(b)r" % {"a": A(1), "b": A(2)}, "%5s|%-4r|%a" % (A(1), A(2), A(3)))
print("%d %s" % (3, A(4)))
x = f"{A(1)!a}"
print(x, format(A(1)), f"{A(1):}")
print(A(7), end="")
print()
import sys
print(A(8), file=sys.stderr)
def g():
    yield A(1)
print(*g())
t = threading.Thread(target=lambda: print("thread", A(5)))
t.start(); t.join()
