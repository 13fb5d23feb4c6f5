# Unpacking the wrong number of values.
def attempt(thunk):
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def two(seq):
    a, b = seq
    return a, b

def star(seq):
    a, b, *c = seq
    return c

attempt(lambda: two([1, 2, 3]))
attempt(lambda: two([1]))
attempt(lambda: two(5))
attempt(lambda: star([1]))
attempt(lambda: two("ab"))
print(two("ab"), star(range(5)))
x, y, z = [1, 2]
