for i in range(10_000_000):
    i + 1
