# if / elif / else chains and nested conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
for n in range(-2, 3):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    else:
        if n % 2:
            kind = "odd"
        else:
            kind = "even"
    print(n, kind)
x = 5
if x: print("truthy one-liner")
if not []: print("empty list is false")
if 0 < x < 10 and x != 7 or False: print("compound")
