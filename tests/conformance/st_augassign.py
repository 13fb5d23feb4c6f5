# Augmented assignment on names, attributes, subscripts; in-place for lists.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
f = 7.0
f /= 2; f -= 0.5
print(f)
b = 0b1100
b &= 0b1010; b |= 1; b ^= 0b11; b <<= 2; b >>= 1
print(b)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
class C:
    def __init__(self):
        self.count = 0
c = C()
c.count += 5
d = {"k": 1}
d["k"] += 10
grid = [[0, 0], [0, 0]]
grid[1][0] -= 4
print(c.count, d, grid)
st = {1, 2}
st |= {3}; st &= {1, 3}; st -= {1}
print(st)
