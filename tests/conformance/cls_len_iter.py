# __len__, __iter__/__next__, and iteration through __getitem__ alone.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

print(list(Countdown(3)), [x * 2 for x in Countdown(2)])
d = Deck()
print(len(d), list(d), d[1], "K" in d, list(reversed(d)))
b = Bag(3, 1, 2)
print(len(b), sorted(b), sum(b), max(b), bool(Bag()), bool(b))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
for i, card in enumerate(d):
    print(i, card)
