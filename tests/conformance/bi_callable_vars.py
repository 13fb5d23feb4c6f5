# callable, vars, dir on simple objects, globals keys.
class A:
    x = 1
    def m(self):
        pass
a = A()
a.y = 2
print(callable(A), callable(a), callable(a.m), callable(print), callable(len), callable(1), callable(lambda: 0))
print(vars(a), sorted(k for k in vars(A) if not k.startswith("__")))
print([n for n in dir(a) if not n.startswith("__")])
print("A" in globals(), "a" in dir(), sorted(k for k in globals() if not k.startswith("__")))
def f():
    local_var = 1
    return sorted(locals())
print(f())
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
