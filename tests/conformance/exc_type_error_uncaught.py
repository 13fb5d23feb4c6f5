# TypeError from a bad operand, uncaught, with the operator underlined.
prices = {"apple": 3, "pear": "4"}
total = 0
for name, price in prices.items():
    total = total + price
print(total)
