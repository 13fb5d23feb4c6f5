# A missing dict key, uncaught: KeyError with the key's repr.
inventory = {"apples": 3, "pears": 0}
print(inventory["apples"])
def restock(name):
    return inventory[name] + 10
print(restock("pears"))
print(restock("plums"))
