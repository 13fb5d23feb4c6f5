# isdigit, isalpha, isalnum, isspace, isupper, islower, istitle, isidentifier, isnumeric, isdecimal.
for s in ["123", "12a", "abc", "ABC", "Abc", "  ", "", "a b", "Title Case", "x_1", "1x", "½", "٣", "中文"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isnumeric(), s.isdecimal())
print("abc".isascii(), "é".isascii(), "Hello".upper().isupper())
