# Wrong argument counts and names: CPython's exact TypeError messages.
def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

def h():
    return 0

class K:
    def m(self, x):
        return x

def attempt(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "->", e)

attempt("missing one", lambda: f(1))
attempt("missing two", lambda: f())
attempt("too many", lambda: f(1, 2, 3))
attempt("none taken", lambda: h(1))
attempt("unexpected", lambda: f(1, 2, z=3))
attempt("multiple", lambda: f(1, a=2))
attempt("kwonly missing", lambda: g(1))
attempt("range", lambda: g(1, 2, 3, c=4))
attempt("method", lambda: K().m())
attempt("method many", lambda: K().m(1, 2))
attempt("builtin", lambda: len())
attempt("builtin many", lambda: len([], []))
five = 5
attempt("not callable", lambda: five())
attempt("three missing", lambda: (lambda x, y, z: 0)())
