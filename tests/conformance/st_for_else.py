# for/else: else runs when the loop was not broken.
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for n in (7, 12, 13, 25):
    find_prime_factor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
for ch in "abc":
    pass
print("last ch", ch)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for k in {"x": 1, "y": 2}:
    print(k)
