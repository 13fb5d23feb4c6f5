# bool: a subclass of int; and/or return operands; not returns bool.
print(True + True, True * 3, False - 1, True / 2, True == 1, False == 0, True is True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y", [] or {}, not 0, not "a")
print(bool(0), bool(1), bool(-1), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(0.0))
print(str(True), repr(False), int(True), True & False, True | False, True ^ True, ~True)
print(sum([True, False, True]), sorted([True, False, True]), max(False, True), isinstance(True, int))
print(True > False, {True: "a", 1: "b"}, {0: "z", False: "f"}, hash(True))
x = 5
print(x > 3 and x < 10, x < 3 or x == 5, not (x > 3), (x > 3) + (x > 4))
