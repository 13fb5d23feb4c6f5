# The course's CPU-bound loop shapes, with % formatting of the results.
def count(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

results = []
for n in (10, 1000, 100000):
    results.append(count(n))
print(results)
print("fib(20) = %d" % fib(20))
for i in range(5):
    print("%-6s|%5.1f%%|%03d" % ("job%d" % i, i * 12.5, i * i))
squares = {i: i * i for i in range(1000)}
print(len(squares), squares[999], sum(squares.values()))
