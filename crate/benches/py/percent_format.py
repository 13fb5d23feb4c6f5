total = 0
for i in range(1_000_000):
    s = "Process %d: %s %.2f%%" % (i, "running", i / 7)
    total += len(s)
print(total)
