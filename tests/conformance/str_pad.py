# zfill, center, ljust, rjust, expandtabs, and width with multi-byte text.
for w in [0, 3, 6, 9]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), "7".zfill(w), "-7".zfill(w), "+7".zfill(w))
print("abc".center(6), "|", "abcd".center(7, "#"), "|", "中文".center(6, "*"), "|", "a\tb".expandtabs(4))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
