# exec and eval of source strings, in given or the caller's namespaces.
print(eval("1 + 2 * 3"), eval("  [x * x for x in range(4)]"), eval("x + y", {"x": 1}, {"y": 2}))
ns = {}
exec("def double(a):\n    return a * 2\nz = double(21)", ns)
print(ns["z"], ns["double"](5), sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
exec("print('hello from exec')")
counter = 10
exec("counter += 1")
print(counter, eval("counter * 2"))
def inside():
    local = 5
    print(eval("local + counter"))
    exec("local = 99")
    return local
print(inside())
g = {"n": 3}
exec("import math\nroot = math.sqrt(n)\nsquares = {i: i * i for i in range(n)}", g)
print(g["root"], g["squares"])
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
print(eval("lambda v: v + 1")(41), eval(b"'bytes source'"), exec("pass"))
for src in ("1 +", "x = = 2", "def f(:"):
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
for bad in (lambda: exec(5), lambda: eval(None), lambda: exec("1", 5), lambda: eval("1", 5), lambda: eval("1", {}, 5),
            lambda: eval("undefined_name"), lambda: exec("raise ValueError('from exec')"), lambda: eval()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
exec("def boom():\n    return 1 / 0")
boom()
