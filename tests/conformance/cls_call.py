# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, extra=0):
        return x * self.k + extra

class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        self.hits = 0
    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        r = self.cache[n] = self.f(n)
        return r

triple = Multiplier(3)
print(triple(4), triple(4, extra=1), callable(triple), list(map(triple, [1, 2])))

@Memo
def slow_square(n):
    return n * n

print(slow_square(4), slow_square(4), slow_square(5), slow_square.hits)
