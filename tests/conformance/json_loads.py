# json.loads: values, nesting, escapes, numbers, hooks, and JSONDecodeError messages.
import json
print(json.loads('{"a": [1, 2.5, -3, 1e3, true, false, null], "b": {"c": "d"}}'))
print(json.loads('"\\u4e2d\\u6587 \\ud83d\\ude00 \\n\\t\\"\\\\\\/"'), json.loads(" [ ] "), json.loads("{}"))
print(json.loads("12345678901234567890"), json.loads("-0"), json.loads("0.1"), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"bytes": 1}'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads("[1.5]", parse_float=str))
print(json.loads('[1, 2]', object_pairs_hook=list), json.loads('{"k": 1}', object_pairs_hook=list))
for bad in ["", "   ", "[1,]", '{"a":1,}', "{a:1}", '{"a" 1}', "[1 2]", '"abc', '"a\nb"', '"\\q"', '"\\u12x4"',
            "[1] x", "nul", "01", "{\"a\":}", "[1,\n 2,\n x]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
