# Conditional expressions, nested and in comprehensions.
for n in range(-1, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
x = None
print(x if x is not None else "default", (lambda v: v or "empty")(""))
calls = []
def side(v):
    calls.append(v)
    return v
print(side(1) if side(True) else side(2), calls)
