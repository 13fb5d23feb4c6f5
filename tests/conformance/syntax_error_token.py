# A SyntaxError under a name: the caret underlines the whole token.
print("never runs")
for i in range(3) print(i)
