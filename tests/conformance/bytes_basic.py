# bytes: literals, indexing gives ints, slicing gives bytes, decode, methods.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b[::-1])
print(b"abc".upper(), b"ABC".lower(), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"  x ".strip())
print(b"abc".decode(), "héllo".encode(), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode("utf-8"))
print(bytes(3), bytes([65, 66]), bytes("hi", "ascii"), b"ab" + b"cd", b"ab" * 2, b"b" in b"abc", 98 in b"abc")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc".find(b"c"), b"abcb".count(b"b"), b"abc".startswith(b"ab"), b"hex".hex())
print(repr(b"'"), repr(b'"'), repr(b"\n\t\\"), type(b"").__name__)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"a"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
