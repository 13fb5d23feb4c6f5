# Errors from % formatting.
def attempt(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: "%d %d" % (1,))
attempt(lambda: "%d" % (1, 2))
attempt(lambda: "%d" % "x")
attempt(lambda: "%(a)s" % {"b": 1})
attempt(lambda: "%z" % 1)
attempt(lambda: "%f" % "1.0")
attempt(lambda: "%s %s" % "ab")
attempt(lambda: "no args" % ())
