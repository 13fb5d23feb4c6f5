# Recursion: factorial, fibonacci, mutual recursion, recursive data.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def flatten(items):
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves

print(fact(20), fact(30))
print([fib(i) for i in range(15)])
print(is_even(100), is_odd(7))
print(flatten([1, [2, [3, [4, [5]]]], 6]))
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
print(fact(900) % 1000007)
