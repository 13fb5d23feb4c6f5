# Truthiness of objects: __bool__, then __len__, else true.
class Empty:
    def __len__(self):
        return 0

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

class Plain:
    pass

for v in [Empty(), Flag(True), Flag(False), Plain(), 0, 0.0, "", "x", [], [0], {}, None, (), (None,), range(0)]:
    print(type(v).__name__, bool(v), "yes" if v else "no", not v)
print(Flag(False) or "fallback", Flag(True) and "second", Empty() or Plain().__class__.__name__)

class Bad:
    def __bool__(self):
        return 1

try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
