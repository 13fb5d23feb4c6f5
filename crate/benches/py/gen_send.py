def consumer():
    total = 0
    while True:
        x = yield total
        total += x

c = consumer()
next(c)
for i in range(10_000_000):
    c.send(1)
print(c.send(0))
