def order():
    try:
        print("try")
        raise ValueError("v")
    except (TypeError, ValueError) as e:
        print("except", type(e).__name__, e)
        return "from except"
    else:
        print("else")
    finally:
        print("finally")

print(order())

def no_error():
    try:
        x = 1
    except Exception:
        print("never")
    else:
        print("else runs", x)
    finally:
        print("finally runs")

no_error()

def finally_overrides():
    try:
        return 1
    finally:
        print("cleanup")

print(finally_overrides())

for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("finally", i)

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise MyError(42, "custom")
except MyError as e:
    print(e.code, e, e.args, repr(e))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e.__context__))

try:
    int("x")
except ValueError as e:
    print(e)

try:
    [].pop()
except IndexError as e:
    print(e)

try:
    None.foo
except AttributeError as e:
    print(e)

def f(a, b):
    pass

for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, a=3)):
    try:
        call()
    except TypeError as e:
        print(e)

try:
    1 + "a"
except TypeError as e:
    print(e)

def unbound():
    print(y)
    y = 1

try:
    unbound()
except UnboundLocalError as e:
    print(e)

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    raise
except RuntimeError as e:
    print(e)

e = None
try:
    raise KeyError("gone")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
