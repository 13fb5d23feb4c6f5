# An uncaught TypeError from a call with a missing argument.
def transfer(source, target, amount):
    return source, target, amount

print(transfer("a", "b", 1))
transfer("a", "b")
