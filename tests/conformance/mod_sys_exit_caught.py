# SystemExit can be caught; its code; exit(0) and exit(None) are success.
import sys
for arg in [0, 3, "msg", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no arg:", e.code)
print("exiting with 4")
sys.exit(4)
