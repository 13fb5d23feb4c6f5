# A producer/filter/consumer pipeline of generators, as the coroutine lessons build.
def produce(n):
    for i in range(n):
        print(f"[produce] {i}")
        yield i

def square(source):
    for x in source:
        y = x * x
        print(f"[square] {x} -> {y}")
        yield y

def consume(source):
    total = 0
    for y in source:
        total += y
        print(f"[consume] total={total}")
    return total

print("result", consume(square(produce(4))))

def producer_consumer():
    def consumer():
        r = ""
        while True:
            n = yield r
            if not n:
                return
            print(f"[CONSUMER] Consuming {n}...")
            r = "200 OK"
    def produce(c):
        c.send(None)
        n = 0
        while n < 3:
            n += 1
            print(f"[PRODUCER] Producing {n}...")
            r = c.send(n)
            print(f"[PRODUCER] Consumer return: {r}")
        c.close()
    produce(consumer())

producer_consumer()
