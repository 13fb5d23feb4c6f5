# __getattr__ for missing attributes, setattr/getattr/delattr/hasattr.
class Config:
    def __init__(self, **values):
        self.values = values
    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"no setting {name!r}")

c = Config(host="localhost", port=8080)
print(c.host, c.port, c.values["host"])
print(getattr(c, "timeout", 30), hasattr(c, "port"), hasattr(c, "timeout"))
try:
    c.timeout
except AttributeError as e:
    print("AttributeError:", e)

class Record:
    pass

r = Record()
for k, v in [("a", 1), ("b", 2)]:
    setattr(r, k, v)
print(r.a, r.b, sorted(vars(r)))
delattr(r, "a")
print(hasattr(r, "a"), vars(r))
try:
    delattr(r, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError:", e)
