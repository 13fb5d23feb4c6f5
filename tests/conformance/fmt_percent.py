# printf-style % formatting, with tuples, single values and dicts.
print("%s is %d years" % ("Ada", 36))
print("%r %s" % ("quote", "plain"))
print("%f|%.2f|%0.2f|%8.3f|%-8.2f|%+.1f" % (3.14159, 3.14159, 2.5, 2.5, 2.5, 2.5))
print("%5d|%-5d|%05d|%+d|%d" % (42, 42, 42, 42, -7))
print("%x|%X|%#x|%o|%#o|%e|%E|%g" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 0.00001))
print("%s|%5s|%-5s|%.2s" % ("abc", "ab", "ab", "abcdef"))
print("100%% done, %d%%" % 50)
print("%(name)s has %(n)d items" % {"name": "box", "n": 3})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), None))
print("%c%c" % (72, "i"), "%i" % 3.9, "%d" % True, "%.3g" % 2.0)
print("thread %s: %.1f%%" % ("T-1", 99.5))
for i in range(3):
    print("Process %d running, result=%3d" % (i, i * i))
