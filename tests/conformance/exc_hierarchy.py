# The built-in exception hierarchy, as except clauses see it.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
    (TimeoutError, OSError), (UnicodeDecodeError, ValueError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
    (Exception, BaseException), (AssertionError, Exception), (TypeError, ValueError),
]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in ZeroDivisionError.__mro__])
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
e = ValueError("a", 2)
print(e.args, str(e), repr(e), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")))
print(OSError(2, "No such file").errno, str(OSError(2, "No such file")))
