# break and continue in nested loops, and in try/finally.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
print("end")
