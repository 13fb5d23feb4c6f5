# Sorting: stability, keys, reverse, errors, and a list changed while sorting.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

words = ["pear", "Fig", "apple", "kiwi", "banana", "date", "Cherry", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "x")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
nums = [5, -3, 8.5, 0, -1, 2, 2.0, True, False]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted("hello world"), sorted(range(5), reverse=True), sorted({3: "c", 1: "a"}), sorted([]))
big = [(i * 7919) % 1000 for i in range(500)]
ordered = sorted(big)
print(ordered[:10], ordered[-5:], ordered == sorted(big, reverse=True)[::-1])
stable = sorted(range(300), key=lambda i: i % 7)
print(stable[:12], stable[-5:])
descending = list(range(100, 0, -1)) + list(range(50))
descending.sort()
print(descending[:5], descending[-5:])

class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "Item(%d)" % self.n

print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(7)]), min(Item(4), Item(2)))

nan = float("nan")
print(sorted([3, nan, 1, 2]), sorted([nan, 2, 1]), sorted([2, 1, nan, 0, -1]))

attempt("mixed", lambda: sorted([1, "a", 2]))
attempt("mixed none", lambda: sorted([None, 1]))
attempt("positional", lambda: [3, 1].sort(None))
attempt("bad keyword", lambda: [3, 1].sort(foo=1))
attempt("sorted args", lambda: sorted([1], None))
attempt("key not callable", lambda: sorted([1, 2], key=5))

def failing_key(x):
    if x == 3:
        raise ValueError("bad key %r" % x)
    return x

kept = [5, 3, 1]
attempt("key raises", lambda: kept.sort(key=failing_key))
print("after failed key", kept)

victim = [3, 1, 2]
def meddle(x):
    victim.append(x)
    return x
attempt("modified", lambda: victim.sort(key=meddle))
print("after modification", victim)

seen = []
def peek(x):
    seen.append(len(victim))
    return x
victim.sort(key=peek)
print("length seen during sort", seen, victim)
