# list methods, slices, slice assignment and deletion, operators.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

l = [5, 3, 8, 1]
l.append(0)
l.extend(range(2))
l.extend("ab")
l.insert(1, 9)
l.insert(-1, "m")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l.index(8), l.index(0, 3), l.index(1, -4), l.count(1), l.count("zz"), len(l))
l.reverse()
print(l, l.copy() == l, l.copy() is l)
nums = list(range(10))
print(nums[2:5], nums[::3], nums[::-2], nums[-3:], nums[:-7], nums[5:2], nums[8:2:-2], nums[100:], nums[-100:2])
nums[2:5] = ["a", "b"]
print(nums)
nums[1:1] = [7, 7, 7]
print(nums)
nums[::4] = "WXYZ"[: len(nums[::4])]
print(nums)
nums[:] = (1, 2, 3)
print(nums)
del nums[0]
print(nums)
grid = list(range(12))
del grid[::3]
print(grid)
del grid[2:4]
print(grid)
del grid[-1]
print(grid)
same = [1, 2]
same.extend(same)
same[len(same):] = same
print(same)
a = [1, 2]
b = a
a += (3, 4)
a *= 2
print(a, b is a, [0] * 3, 2 * ["x"], [1] + [2], [] * 5, [1, 2] * -1)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, [2]] == [1, [2]], [] == [], [1] != [1.0])
print(3 in [1, 2, 3], "x" not in ["x"], [1] in [[1]], list("abc"), list(range(3)), list({"k": 1}), list((1, 2)))
cleared = [1, 2, 3]
cleared.clear()
print(cleared, len(cleared), bool(cleared), bool([0]))
for i, x in enumerate(["p", "q"]):
    print(i, x, end=" | ")
print()
it = iter([1, 2])
print(list(it), list(it))
growing = [1]
for x in growing:
    if x < 5:
        growing.append(x + 1)
print(growing)
attempt("index", lambda: [1][5])
attempt("negative", lambda: [1][-2])
nothing = None
attempt("index type", lambda: [1][nothing])
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: [1].pop(5))
attempt("pop type", lambda: [1].pop("0"))
attempt("pop args", lambda: [1].pop(1, 2))
attempt("remove", lambda: [1].remove(2))
attempt("index missing", lambda: [1, 2].index(3))
attempt("index missing str", lambda: ["a"].index("b"))
attempt("insert args", lambda: [].insert(1))
attempt("append args", lambda: [].append())
attempt("append kw", lambda: [].append(x=1))
attempt("extend int", lambda: [].extend(5))
attempt("concat", lambda: [1] + (2,))
attempt("mul", lambda: [1] * 2.5)
attempt("step zero", lambda: [1, 2][::0])

def assign_extended():
    z = [1, 2, 3, 4]
    z[::2] = [0]

def assign_non_iterable():
    z = [1, 2]
    z[0:1] = 5

def assign_out_of_range():
    z = [1]
    z[3] = 0

def delete_out_of_range():
    z = [1]
    del z[3]

attempt("extended slice", assign_extended)
attempt("slice non-iterable", assign_non_iterable)
attempt("assign range", assign_out_of_range)
attempt("delete range", delete_out_of_range)
attempt("compare", lambda: [1] < ["a"])
attempt("compare gt", lambda: [1] > ["a"])
attempt("compare le", lambda: [1, 2] <= [1, "a"])
attempt("unhashable", lambda: {[1]: 2})
attempt("list args", lambda: list(1, 2))
attempt("list kw", lambda: list(x=1))
attempt("list int", lambda: list(5))
