# copy: shallow copies share the items, deep copies copy them, shared and
# recursive parts are copied once, and __copy__/__deepcopy__ are honoured.
import copy


class Account:
    def __init__(self, owner, history):
        self.owner = owner
        self.history = history


a = Account("ann", [1, 2])
shallow = copy.copy(a)
deep = copy.deepcopy(a)
a.history.append(3)
print(type(shallow).__name__, shallow.owner, shallow.history, deep.history, shallow is a, deep.history is a.history)
grid = [[0] * 2 for _ in range(2)]
g2 = copy.copy(grid)
g3 = copy.deepcopy(grid)
grid[0][0] = 9
print(g2, g3, g2 is grid, g2[0] is grid[0])
shared = [1]
pair = {"a": shared, "b": shared, "t": (shared, "x"), "s": {1, 2}, "f": frozenset([3])}
dp = copy.deepcopy(pair)
print(dp, dp["a"] is dp["b"], dp["t"][0] is dp["a"], dp["a"] is shared, dp["f"] is pair["f"])
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc is loop, len(lc))
t = (1, "two", (3,))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy("s"), copy.deepcopy(None), copy.copy(bytearray(b"b")))


class Custom:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        print("__copy__")
        return Custom(self.n + 100)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(self.n + 1000)


print(copy.copy(Custom(1)).n, copy.deepcopy([Custom(2)])[0].n)
