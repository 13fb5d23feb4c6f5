items = []
for i in range(1_000_000):
    items.append(i * 2)
print(len(items), items[-1])
