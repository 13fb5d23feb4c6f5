# global and nonlocal rebinding.
total = 0

def add(n):
    global total
    total += n
    return total

add(5)
add(7)
print(total)

def set_new_global():
    global created
    created = "made inside"

set_new_global()
print(created)

def outer():
    level = 1
    def bump():
        nonlocal level
        level += 1
    bump()
    bump()
    return level

print(outer())

def shadow():
    total = "local"
    return total

print(shadow(), total)

def nested_nonlocal():
    a = 0
    def one():
        def two():
            nonlocal a
            a += 10
        two()
    one()
    one()
    return a

print(nested_nonlocal())
