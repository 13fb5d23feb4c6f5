# A misspelled local name in a function: NameError with a suggestion.
def average(values):
    total = sum(values)
    count = len(values)
    return totl / count

print(average([1, 2, 3]))
