# An uncaught KeyError shows the key's repr.
stock = {"apple": 3}
print(stock["apple"])
print(stock["pear"])
