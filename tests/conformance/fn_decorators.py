# Decorators: plain, with arguments, stacked, on methods, preserving names by hand.
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    wrapper.__name__ = f.__name__
    return wrapper

def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco

calls = []
def logged(f):
    def wrapper(*args):
        calls.append(f.__name__)
        return f(*args)
    return wrapper

@shout
def hello(name):
    return "hello " + name

@repeat(3)
def roll(x):
    return x * 2

@logged
@shout
def twice(s):
    return s * 2

class Greeter:
    @logged
    def hi(self):
        return "hi"

print(hello("ada"), hello.__name__)
print(roll(4))
print(twice("ab"), calls)
print(Greeter().hi(), calls)
