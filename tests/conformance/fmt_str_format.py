# str.format: positional, numbered, named, attributes, indexing, specs.
print("{} and {}".format("a", "b"))
print("{1} before {0}, {0} again".format("x", "y"))
print("{name} is {age}".format(name="Ada", age=36))
point = {"x": 1, "y": 2}
print("({0[x]}, {0[y]})".format(point), "{p[x]}".format(p=point))
class P:
    def __init__(self):
        self.x, self.y = 3, 4
print("{0.x}-{0.y}".format(P()), "{.x}".format(P()))
print("{:>6}|{:<6}|{:^6}|{:*^7}|".format("r", "l", "c", "s"))
print("{:.3f} {:,} {:08.2f} {:+} {:%}".format(3.14159, 10 ** 6, -3.5, 5, 0.25))
print("{!r} {!s}".format("q", "q"), "{{}}".format())
print("{:{}}|".format("w", 5), "{0:{1}.{2}f}".format(2.71828, 8, 2))
args = ["one", "two"]
print("{} {}".format(*args), "{a}{b}".format(**{"a": 1, "b": 2}))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
