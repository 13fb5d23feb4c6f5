d = {}
for i in range(1_000_000):
    d[i] = i + 1
print(len(d), d[999_999])
