# Errors from files: missing files, closed files, wrong mode, bad modes.
def attempt(thunk):
    try:
        print(thunk())
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: open("missing.txt"))
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
with open("out.txt", "w") as f:
    f.write("x")
attempt(lambda: f.write("more"))
attempt(lambda: f.read())
g = open("out.txt")
attempt(lambda: g.write("no"))
g.close()
h = open("out.txt", "w")
attempt(lambda: h.read())
h.close()
attempt(lambda: open("out.txt", "rw"))
attempt(lambda: open("out.txt", "q"))
attempt(lambda: open("out.txt", "x"))
with open("t.txt", "w") as t:
    attempt(lambda: t.write(5))
open("nope/none.txt")
