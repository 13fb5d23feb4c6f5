# An uncaught exception raised from another: both tracebacks, cause first.
def load(path):
    try:
        return {"a": 1}[path]
    except KeyError as e:
        raise LookupError(f"cannot load {path}") from e

load("b")
