# print: sep, end, file, flush, multiple args, no args.
import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("x", end="")
print("y", end="\n", file=sys.stdout)
sys.stdout.write("written\n")
sys.stderr.write("err written\n")
print("done", sep=None, end=None)
try:
    print("bad", sep=1)
except TypeError as e:
    print("TypeError:", e)
