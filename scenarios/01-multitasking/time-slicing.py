import sys, threading

SLICE = 0.01
TASKS = 3
WORK = 3_000_000

sys.setswitchinterval(SLICE)
runs = ["main"]             # one entry each time the running task changes

def task(name):
    for i in range(WORK):
        if runs[-1] != name:
            runs.append(name)

ts = [threading.Thread(target=task, args=("task%d" % i,)) for i in range(1, TASKS + 1)]
for t in ts: t.start()
for t in ts: t.join()
print("switches between tasks:", len(runs) - 2)
print(" -> ".join(runs[1:13]), "..." if len(runs) > 13 else "")
