# Unicode strings: Chinese text, lengths, indexing, case, encoding.
s = "唱歌"
print(s, len(s), s[0], s[-1], s[::-1], s * 2, s + "跳舞")
msg = "进程 %d 正在运行" % 3
print(msg, len(msg), msg.split(" "), msg.find("运行"))
mix = "Hello, 世界! ñ é"
print(len(mix), mix.upper(), mix.lower(), mix.encode("utf-8"), len(mix.encode()))
print("世界".encode("utf-8").decode("utf-8"), b"\xe4\xb8\xad".decode(), ord("中"), chr(20013), "\u4e2d")
print([c for c in "a中b"], "中" in mix, mix.index("界"), "ß".upper(), "Σ".lower())
print(repr("中文\n"), ascii("中文"), "tab\tend", r"raw\n", "\x41\u2022")
for i, ch in enumerate("线程"):
    print(i, ch, hex(ord(ch)))
