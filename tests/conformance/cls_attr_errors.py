# AttributeError messages, caught; the last one uncaught with a suggestion.
class Sensor:
    unit = "C"
    def __init__(self):
        self.value = 21.5

s = Sensor()
for name in ["value", "unit", "valeu", "missing"]:
    try:
        print(name, getattr(s, name))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Sensor.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".uper()
except AttributeError as e:
    print("AttributeError:", e, e.name)
print(s.valeu)
