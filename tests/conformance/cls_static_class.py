# staticmethod and classmethod, alternative constructors, inheritance of both.
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(d):
        return d > -273.15

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

class Kelvin(Temperature):
    scale = "K"

t = Temperature.from_fahrenheit(212)
print(t.degrees, type(t).__name__)
k = Kelvin.from_fahrenheit(32)
print(k.degrees, type(k).__name__)
print(Temperature.valid(-300), t.valid(20), Kelvin.valid(0))
print(Temperature.describe(), Kelvin.describe(), k.describe())
print(type(Temperature.__dict__["valid"]).__name__, type(Temperature.__dict__["describe"]).__name__)
