# Comprehension variables do not leak; they see enclosing names; closures inside.
x = "global x"
result = [x for x in range(3)]
print(x, result)
def f():
    base = 10
    return [base + i for i in range(3)]
print(f())
fns = [lambda: i for i in range(3)]
print([g() for g in fns])
class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(K.doubled)
n = 5
print([n * i for i in range(3)], {k: n for k in "ab"})
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)
