# sys: argv, recursion limit, switch interval, streams, modules, version basics.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.getrecursionlimit(), sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.stdout.write("out\n")
n = sys.stdout.write("abc\n")
print(n)
sys.stderr.write("err\n")
sys.stdout.flush()
print(sys.version_info[0], sys.version_info[:2] >= (3, 8), sys.maxsize == 2 ** 63 - 1)
print(sys.platform != "", sys.byteorder in ("little", "big"))
