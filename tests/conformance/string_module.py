"""string: constants, capwords and Template."""
import string
from string import Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.ascii_uppercase[:3], string.ascii_lowercase[-3:])
print(string.capwords("hello   wide  world"), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what}s, costs $$5 ($who)")
print(t.substitute(who="tim", what="apple"), t.substitute({"who": "ann", "what": "pear"}, who="bob"))
print(t.safe_substitute(who="tim"), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
for bad in ["cost: $5", "line\nsecond ${ bad", "$"]:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print("ValueError:", e)
    print(Template(bad).safe_substitute(), Template(bad).is_valid())
print(Template("${a}${b}c $_x1").substitute(a=1, b=2.5, _x1=None))
