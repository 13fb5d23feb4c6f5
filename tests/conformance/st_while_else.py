# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while finished without break")

k = 10
while k > 0:
    if k % 7 == 0:
        print("found", k)
        break
    k -= 1
else:
    print("never printed")

i = 0
while True:
    i += 1
    if i >= 3:
        break
print("i", i)
items = [1, 2, 3]
while items:
    print("pop", items.pop())
