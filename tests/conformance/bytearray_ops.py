# bytearray: construction, mutation, slicing, the methods it shares with
# bytes, and its use as a receive buffer.
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([72, 105]), bytearray("héllo", "utf-8"))
buf = bytearray(b"hello")
buf.append(33)
buf.extend(b" world")
buf.extend([46, 46])
buf[0] = 72
buf += b"!"
buf.insert(0, 62)
print(buf, len(buf), buf[1], buf[-1], buf[1:6], buf[::-3])
print(buf.pop(), buf.pop(0), buf)
del buf[5]
del buf[-3:]
print(buf)
buf[0:5] = b"HELLO"
buf[5:5] = [44, 32]
print(buf)
buf[::2] = bytes(len(buf[::2]))
print(buf)
buf.remove(0)
buf.reverse()
print(buf, buf.count(0), buf.find(b"L"), b"L" in buf, 0 in buf, buf.hex())
c = buf.copy()
c.clear()
print(c, buf == buf.copy(), bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") < b"b")
text = bytearray(b"  Mixed Case  ")
print(text.upper(), text.lower(), text.strip(), text.replace(b" ", b"_"), text.split(), bytearray(b"-").join([b"a", b"b"]))
print(bytes(text), text.decode(), text.decode().strip(), bytearray(b"x") + b"y", b"y" + bytearray(b"x"), bytearray(b"ab") * 2)
print(list(bytearray(b"AB")), [b for b in bytearray(b"hi")], type(bytearray()).__name__, isinstance(bytearray(), bytes))
print(bytearray(b"12").isdigit(), bytearray(b"ab").startswith(b"a"), bytearray(b"a\nb").split(b"\n"))
# A receive buffer: take lines out as they complete.
inbox = bytearray()
lines = []
for chunk in (b"GET /a", b" HTTP/1.0\r\nHost: x\r", b"\n\r\n"):
    inbox += chunk
    while b"\r\n" in inbox:
        end = inbox.find(b"\r\n")
        lines.append(bytes(inbox[:end]).decode())
        del inbox[:end + 2]
print(lines, inbox)
for bad in (lambda: bytearray(b"a")[5], lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray().pop(),
            lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append("b"), lambda: hash(bytearray()),
            lambda: bytearray("text"), lambda: bytearray(b"a") + "b", lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5),
            lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"xyz"), lambda: bytearray(b"a")["x"],
            lambda: bytearray(b"a").extend(5), lambda: bytearray(-1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(bytearray.fromhex("de ad"), b"%s|%c" % (bytearray(b"ba"), bytearray(b"!")), str(bytearray(b"s")), f"{bytearray(b'f')}")
print(b"".join([bytearray(b"a"), b"b"]), sorted(bytearray(b"ba")), bytearray(b"x") != b"x")
