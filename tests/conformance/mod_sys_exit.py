# sys.exit with a message: printed to stderr, exit status 1; finally runs first.
import sys
try:
    print("working")
    sys.exit("fatal: giving up")
finally:
    print("finally before exit")
print("never")
