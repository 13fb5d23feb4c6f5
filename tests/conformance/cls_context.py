# Context managers: __enter__/__exit__, the value bound by `as`, suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("inside", r)

with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

def early():
    with Resource("d"):
        return "returned"
print(early())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
print("done")
