# Function objects: names, qualified names, docstrings, attributes, identity.
def documented(x):
    """Return x doubled."""
    return 2 * x

class Box:
    def method(self):
        def inner():
            pass
        return inner

print(documented.__name__, documented.__doc__)
print(Box.method.__qualname__, Box().method().__qualname__)
documented.calls = 3
print(documented.calls, getattr(documented, "missing", None))
alias = documented
print(alias is documented, alias(21), callable(alias))
print(type(documented).__name__, type(len).__name__, type(Box().method).__name__)
def nodoc(): pass
print(nodoc.__doc__, nodoc())
