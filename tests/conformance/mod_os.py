# os: pids are positive ints, the parent differs from the child.
import os
pid, ppid = os.getpid(), os.getppid()
print(type(pid).__name__, pid > 0, ppid > 0, pid != ppid, os.getpid() == pid)
print(os.name in ("posix", "nt"), callable(os.fork) if hasattr(os, "fork") else True)
