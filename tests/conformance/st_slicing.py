# Slicing with steps, negative indices, assignment and deletion by slice.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[5:2], s[100:], s[-100:2], s[::-3])
text = "concurrency"
print(text[3:7], text[::-1], text[::3], text[-4:], text[:0] == "")
print((1, 2, 3, 4)[1:3], b"bytes"[1:4], range(10)[2:8:3])
s[2:4] = ["a", "b", "c"]
print(s)
s[::3] = [0] * len(s[::3])
print(s)
s[1:1] = [99]
print(s)
del s[::2]
print(s)
sl = slice(1, 8, 2)
print(s[sl], sl, sl.start, sl.stop, sl.step, slice(5).indices(3))
try:
    s[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
