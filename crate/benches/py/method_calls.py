class Counter:
    def __init__(self):
        self.n = 0

    def incr(self, k):
        self.n += k
        return self.n

c = Counter()
for i in range(2_000_000):
    c.incr(1)
print(c.n)
