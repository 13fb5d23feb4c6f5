# List, dict, set comprehensions and generator expressions, nested and filtered.
squares = [x * x for x in range(8) if x % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [v for row in matrix for v in row if v % 2]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(squares, pairs)
print(matrix, flat, transposed)
words = ["apple", "bob", "kiwi", "banana"]
lengths = {w: len(w) for w in words}
inverse = {v: k for k, v in lengths.items()}
initials = {w[0] for w in words}
print(lengths, inverse, sorted(initials))
gen = (len(w) for w in words)
print(type(gen).__name__, sum(gen), sum(gen))
print(max(len(w) for w in words), list(x for x in range(3)), any(w.startswith("k") for w in words))
print({i % 3 for i in range(10)}, {(i, i * i) for i in range(3)} == {(0, 0), (1, 1), (2, 4)})
print([c.upper() for c in "hey" if c != "e"], [[] for _ in range(2)], dict((i, str(i)) for i in range(3)))
