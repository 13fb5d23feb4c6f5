# Assigning a name anywhere in a function makes it local everywhere in it.
x = 10

def reads_then_writes():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x

print(reads_then_writes())

def deleted():
    y = 1
    del y
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(deleted())

def broken():
    total += 1

broken()
