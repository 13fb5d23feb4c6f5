import os, time

MODE = "zombie"
LIFE = 2

pid = os.fork()
if MODE == "zombie":
    if pid == 0:
        print("child %d: done, exiting" % os.getpid())
        os._exit(0)
    print("parent %d: not waiting for %d yet" % (os.getpid(), pid))
    time.sleep(LIFE)
    reaped, status = os.waitpid(pid, 0)
    print("parent: reaped %d, exit code %d" % (reaped, os.waitstatus_to_exitcode(status)))
else:
    if pid == 0:
        ppid = os.getppid()
        time.sleep(LIFE)
        print("child %d: parent was %d, now %d" % (os.getpid(), ppid, os.getppid()))
        os._exit(0)
    time.sleep(LIFE / 2)
    print("parent %d: exiting without waiting for %d" % (os.getpid(), pid))
