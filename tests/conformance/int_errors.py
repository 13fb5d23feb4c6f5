# Errors from int operations: division by zero, bad literals, bad operands.
def attempt(thunk):
    try:
        print(thunk())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: 1 / 0)
attempt(lambda: 1 // 0)
attempt(lambda: 1 % 0)
attempt(lambda: divmod(5, 0))
attempt(lambda: 1.0 / 0)
attempt(lambda: 2.5 // 0.0)
attempt(lambda: int("x"))
attempt(lambda: int("12.5"))
attempt(lambda: int(""))
attempt(lambda: int("9", 8))
attempt(lambda: int(None))
attempt(lambda: 1 + "1")
attempt(lambda: "1" + 1)
attempt(lambda: 1 < "2")
attempt(lambda: [] < 1)
attempt(lambda: -"x")
attempt(lambda: 2 ** -1.5 if False else pow(2, 3, 0))
attempt(lambda: 10 ** 400 * 1.0)
attempt(lambda: int(float("inf")))
attempt(lambda: int(float("nan")))
