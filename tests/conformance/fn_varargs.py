# *args and **kwargs, in definitions and in calls.
def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "x", key=None))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1), head_tail(1, 2, 3))
nums = [4, 5, 6]
opts = {"sep": "-", "end": "|\n"}
print(*nums, **opts)
print(head_tail(*nums))
print(collect(*"ab", *[1], **{"x": 1}, y=2))

def show(a, b, c=0, *args, d, e=5, **kw):
    print(a, b, c, args, d, e, sorted(kw.items()))

show(1, 2, d=4)
show(1, 2, 3, 4, 5, d=6, e=7, z=8, y=9)
show(*[1, 2], **{"d": 3, "q": 0})

def total(*values, start=0):
    for v in values:
        start += v
    return start

print(total(1, 2, 3), total(1, 2, start=10), total())
