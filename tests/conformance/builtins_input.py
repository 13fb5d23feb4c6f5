# input() reads the program's standard input line by line.
name = input("Name? ")
print("Hello,", name)
count = int(input())
total = 0
for _ in range(count):
    total += int(input("> "))
print("total", total)
print(repr(input()))
try:
    input("last: ")
except EOFError as e:
    print("EOFError:", e)
