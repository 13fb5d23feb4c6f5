# Files a lesson provides (fixtures) are on the disk when the program starts.
import json
with open("data") as f:
    print(json.load(f))
with open("names.txt") as f:
    print([line.strip() for line in f])
try:
    open("absent")
except FileNotFoundError as e:
    print(e)
