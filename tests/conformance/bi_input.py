# input(): prompts go to stdout, lines come from stdin without their newline.
name = input("What is your name? ")
age = int(input("Age? "))
print(f"Hello {name}, next year you will be {age + 1}.")
rest = []
while True:
    try:
        line = input()
    except EOFError:
        break
    rest.append(line)
print(rest)
