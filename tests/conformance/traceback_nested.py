def level3(x):
    return 10 / x

def level2(x):
    y = level3(x) + 1
    return y

def level1():
    return level2(0)

print("start")
level1()
