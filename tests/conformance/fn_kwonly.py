# Keyword-only and positional-only parameters, and the errors for misuse.
def worker(name, *, delay=1, retries):
    return f"{name} delay={delay} retries={retries}"

print(worker("w1", retries=3))
print(worker("w2", delay=0, retries=1))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, 3), pos_only(1, 2, c=3))

def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: worker("w3"))
attempt(lambda: worker("w4", 1, retries=2))
attempt(lambda: pos_only(1, b=2, c=3))
attempt(lambda: worker("w5", retries=1, speed=2))
attempt(lambda: worker())
