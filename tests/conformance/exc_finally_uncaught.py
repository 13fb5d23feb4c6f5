# finally blocks run while an uncaught exception propagates.
def step(n):
    try:
        if n == 0:
            raise ValueError("bottom reached")
        step(n - 1)
    finally:
        print("unwinding", n)

step(3)
