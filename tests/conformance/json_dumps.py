# json.dumps: CPython's separators, indent, sort_keys, ensure_ascii, and its errors.
import json
data = {"name": "进程", "count": 3, "ratio": 0.5, "ok": True, "none": None, "items": [1, 2.0, "x"], "empty": {}, "nest": {"b": [], "a": [{}]}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent=0)[:40])
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps("quote\" back\\ tab\t nl\n ctrl\x01 del\x7f emoji😀"), json.dumps("é", ensure_ascii=False))
print(json.dumps(1e100), json.dumps(float("nan")), json.dumps(float("-inf")), json.dumps(2 ** 80), json.dumps((1, 2)))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps(set([1]) if False else [3], default=str), json.dumps({1, 2} and {"s": object} and 1))
def attempt(thunk):
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps(float("inf"), allow_nan=False))
circular = []
circular.append(circular)
attempt(lambda: json.dumps(circular))
attempt(lambda: json.dumps({(1,): 1}, skipkeys=True))
attempt(lambda: json.dumps(object(), default=lambda o: "custom"))
