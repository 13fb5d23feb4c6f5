# find, rfind, index, rindex, count, startswith, endswith, in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20, 30))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1), s.startswith("quick", 4))
print("fox" in s, "cat" not in s, "" in s, s.find(""), s[s.find("q"):s.find("k") + 1])
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("abc".find("c", -1), "abcabc".rfind("abc", 0, 5), "mississippi".count("ss"))
