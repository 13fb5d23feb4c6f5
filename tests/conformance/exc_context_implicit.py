# An exception raised in an except block: both printed, context first.
def cleanup():
    raise RuntimeError("cleanup failed")

try:
    int("not a number")
except ValueError:
    cleanup()
