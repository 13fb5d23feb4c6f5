# An uncaught error from a str method ends the program with a traceback.
words = "alpha beta gamma".split()
print(words)
position = "alpha beta".index("delta")
print("not reached", position)
