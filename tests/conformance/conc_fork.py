import os, time, signal

print("parent starts")
pid = os.fork()
if pid == 0:
    print("in child, parent is the forker:", os.getppid() > 0)
    os._exit(3)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, signal.SIGTERM if hasattr(signal, "SIGTERM") else 15)
p, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError:", e)
try:
    os.wait()
except ChildProcessError as e:
    print("ChildProcessError:", e)

counter = [0]
pid = os.fork()
if pid == 0:
    counter[0] += 100
    print("child counter", counter[0])
    os._exit(0)
os.wait()
print("parent counter", counter[0])

pids = []
for i in range(3):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.1 * (3 - i))
        os._exit(10 + i)
    pids.append(pid)
codes = []
for i in range(3):
    p, status = os.wait()
    codes.append(os.WEXITSTATUS(status))
print(codes)
