try:
    x = [1, 2][5]
except IndexError:
    print(undefined)
