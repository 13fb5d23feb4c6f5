# Failed imports: ModuleNotFoundError and ImportError, caught.
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "|", e.name)
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, "for no_such_function")
try:
    import gevent_missing.monkey
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
