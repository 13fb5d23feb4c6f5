# Unbounded recursion raises RecursionError, which can be caught.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)
print(sys.getrecursionlimit())

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(0) > 900)
print("still fine", sum(range(10)))
