# list errors: indexing out of range, removing missing, popping empty; one uncaught.
items = ["a", "b"]
def attempt(thunk):
    try:
        print(thunk())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: items[2])
attempt(lambda: items[-3])
attempt(lambda: items.remove("z"))
attempt(lambda: [].pop())
attempt(lambda: items.pop(5))
attempt(lambda: items.index("z"))
attempt(lambda: items["0"])
attempt(lambda: items.insert())
def set_item():
    items[5] = "x"
attempt(set_item)
print(items[5])
