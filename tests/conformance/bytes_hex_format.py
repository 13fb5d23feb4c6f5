# bytes.fromhex, bytes.hex with separators, and bytes % values.
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("  0a0B  ff "))
print(b"\xde\xad\xbe\xef".hex(), b"".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03".hex("-", 2))
print(b"\x01\x02\x03\x04\x05".hex(" ", -2), b"\x01\x02\x03\x04\x05".hex(b".", 2), b"ab".hex(sep="|"))
print(bytes.fromhex(b"\x00\xffhi".hex()) == b"\x00\xffhi")
print(b"%s=%d" % (b"key", 5))
print(b"%05.1f|%x|%X|%o|%c|%c|%%" % (2.25, 255, 255, 8, 65, b"z"))
print(b"%-6s|%6s|" % (b"ab", b"cd"), b"%b" % b"bee", b"%r %a" % ("\xe9", b"x"))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30})
print(b"hello %s" % b"world", b"%d%%" % 50, b"GET %s HTTP/1.0\r\n" % "/".encode())
for bad in (lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a b"),
            lambda: bytes.fromhex(5), lambda: bytes.fromhex(), lambda: b"ab".hex("::"), lambda: b"ab".hex(5),
            lambda: b"%s" % "text", lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b"),
            lambda: b"%c" % 256, lambda: b"%c" % "a", lambda: b"%d" % b"1", lambda: b"%y" % 1):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
