# except with tuples of types, `as`, order of clauses, bare except.
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("nope")
    return "fine"

for kind in ["key", "index", "zero", "type", "value", "ok"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except ZeroDivisionError as e:
        print("zero", e)
    except (TypeError, ValueError) as e:
        print("bad", type(e).__name__, e)

try:
    risky("key")
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    risky("zero")
except:
    print("bare except")
try:
    raise SystemExit(0) if False else ArithmeticError("arith")
except Exception as e:
    print(type(e).__name__, isinstance(e, ArithmeticError))
e = "outer name"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
