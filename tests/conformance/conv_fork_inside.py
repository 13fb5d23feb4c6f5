# A process forked inside __str__, an f-string's and %'s conversions: both
# processes go on with the conversion's caller.
import os, sys
class F:
    def __str__(self):
        pid = os.fork()
        if pid == 0:
            return "child"
        os.waitpid(pid, 0)
        return "parent"
print("forked in __str__:", F(), "done")
print(f"{F()}!", "%s?" % F())
print(sorted([2, 1], key=lambda x: (x, os.getpid() == os.getpid())[0]))
