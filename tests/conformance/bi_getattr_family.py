# getattr, setattr, hasattr, delattr on objects, classes and modules.
import math
class Cfg:
    level = 1
c = Cfg()
setattr(c, "name", "x")
print(getattr(c, "name"), getattr(c, "level"), getattr(Cfg, "level"), getattr(math, "pi") == math.pi)
print(hasattr(c, "name"), hasattr(c, "nope"), hasattr(Cfg, "name"), hasattr(math, "tau"))
setattr(Cfg, "level", 2)
print(c.level, getattr(c, "missing", "fallback"))
delattr(c, "name")
print(hasattr(c, "name"), vars(c))
for attr in ["upper", "nope"]:
    print(attr, hasattr("s", attr))
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
