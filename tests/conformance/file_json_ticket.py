# The ticket lesson's pattern: a JSON data file read, updated and written back.
import json
with open("data", "w") as f:
    json.dump({"ticket": 3, "sold": []}, f)
def buy(name):
    with open("data") as f:
        dic = json.load(f)
    if dic["ticket"] > 0:
        dic["ticket"] -= 1
        dic["sold"].append(name)
        with open("data", "w") as f:
            json.dump(dic, f)
        print(f"{name} bought a ticket, {dic['ticket']} left")
    else:
        print(f"{name}: sold out")
for person in ["ada", "bob", "cy", "di"]:
    buy(person)
print(open("data").read())
