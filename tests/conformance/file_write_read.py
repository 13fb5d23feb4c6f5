# open(): write a file, read it back whole, by lines, and by iteration.
with open("notes.txt", "w") as f:
    print(f.write("first line\n"), f.write("第二行\n"))
    f.write("third")
print(f.closed)
with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt", "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open("notes.txt") as f:
    print(f.readlines())
with open("notes.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
f = open("notes.txt")
print(f.read(5), f.read(6), repr(f.read()))
f.close()
print(f.closed, f.name, f.mode)
with open("notes.txt", "a") as f:
    f.write("\nappended")
print(open("notes.txt").read().splitlines())
with open("notes.txt", "w") as f:
    f.writelines(["x\n", "y\n"])
print(repr(open("notes.txt").read()))
with open("data.bin", "wb") as f:
    f.write(b"\x00\x01hi")
with open("data.bin", "rb") as f:
    print(f.read())
