# split, rsplit, splitlines, partition, join, strip family, replace.
text = "  alpha, beta,gamma ,  delta  "
print(text.split(","), text.split(), text.strip().split(", ", 1), "a,b,c".rsplit(",", 1))
print("one two  three".split(" "), "".split(), "".split(","), "x".split("x"), "a  b".split(None, 1))
print("l1\nl2\r\nl3\n".splitlines(), "l1\nl2\n".splitlines(True), "k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("z"))
print("-".join(["a", "b", "c"]), "".join(map(str, range(5))), ", ".join(sorted({"b", "a"})), " ".join("abc"))
print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()), "xxhixx".strip("x"), "www.site.com".lstrip("w."))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "aaa".replace("", "-"), "abc".replace("b", ""))
print("a-b_c d".title(), "hello world".capitalize(), "Hello".swapcase(), "MiXeD".casefold())
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
