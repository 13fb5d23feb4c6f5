# Unbounded recursion, uncaught: the repeated traceback line is collapsed.
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n + 1)


print(countdown(-3))
print(countdown(3))
