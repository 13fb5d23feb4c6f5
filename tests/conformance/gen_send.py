# yield as an expression: send() and coroutine-style generators.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received

e = echo()
print(e.send(None), e.send("a"), e.send("b"))
print(e.send(None))
try:
    averager().send(5)
except TypeError as err:
    print("TypeError:", err)

def consumer():
    while True:
        item = yield
        print("consumed", item)

c = consumer()
next(c)
for item in ["x", "y"]:
    c.send(item)
