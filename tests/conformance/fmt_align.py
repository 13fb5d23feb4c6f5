# Alignment and fill for tables, as the course's reports print them.
rows = [("main", 1, 0.5), ("worker-1", 12, 12.25), ("worker-22", 123, 100.0)]
print(f"{'name':<10}|{'n':>5}|{'pct':>8}")
print("-" * 25)
for name, n, pct in rows:
    print(f"{name:<10}|{n:>5}|{pct:>7.2f}%")
print("{:=^25}".format(" end "))
print("ab".center(8, "*"), "ab".ljust(5, "."), "ab".rjust(5, "."), "42".zfill(6), "-42".zfill(6))
print("|%-10s|%10s|" % ("left", "right"))
print(f"{'':>3}x{'':<3}x")
