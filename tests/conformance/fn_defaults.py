# Default arguments: evaluated once, shared mutable defaults, None sentinels.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1), append_to(2), append_to(3))

def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_safe(1), append_safe(2))

counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot(), snapshot(5))
print(greet.__defaults__, snapshot.__defaults__)
