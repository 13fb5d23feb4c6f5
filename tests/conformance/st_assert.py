# assert passes silently or raises AssertionError with its message.
assert 1 + 1 == 2
assert [1], "non-empty list is true"
try:
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
def check(balance):
    assert balance >= 0, f"negative balance {balance}"
    return balance
print(check(3))
check(-2)
