# A failure a few calls deep: fewer repeats than the cutoff, and just past it.
def dive(n):
    if n == 0:
        return 1 / 0
    return dive(n - 1)


for depth in (2, 4):
    try:
        dive(depth)
    except ZeroDivisionError as e:
        print(depth, e)
dive(5)
