ALGO = "RR"
QUANTUM = 1
JOBS = [("A", 0, 8), ("B", 1, 4), ("C", 2, 9), ("D", 3, 5)]   # (name, arrival, burst)

def schedule(algo, jobs, q):
    left = {n: b for n, a, b in jobs}
    level = dict.fromkeys(left, 0)
    pending = sorted(jobs, key=lambda j: j[1])
    ready, t, gantt, done = [], 0, [], {}
    def admit(now):
        while pending and pending[0][1] <= now:
            ready.append(pending.pop(0)[0])
    admit(t)
    while left:
        if not ready:                         # idle until the next arrival
            t = pending[0][1]
            admit(t)
            continue
        if algo == "SJF":
            ready.sort(key=lambda n: left[n])
        if algo == "MLFQ":
            ready.sort(key=lambda n: level[n])   # stable: FIFO within a level
        n = ready.pop(0)
        if algo in ("FCFS", "SJF"):
            run = left[n]
        else:
            run = min(left[n], q * 2 ** level[n] if algo == "MLFQ" else q)
        gantt.append("%s[%d-%d]" % (n, t, t + run))
        t += run
        left[n] -= run
        admit(t)                              # arrivals queue before the preempted job
        if left[n] == 0:
            del left[n]
            done[n] = t
        else:
            level[n] += 1
            ready.append(n)
    return gantt, done

gantt, done = schedule(ALGO, JOBS, QUANTUM)
print(ALGO, " ".join(gantt))
turn = {n: done[n] - a for n, a, b in JOBS}
for n, a, b in JOBS:
    print("%s arrives %d, burst %d, finishes %d, turnaround %d" % (n, a, b, done[n], turn[n]))
print("average turnaround %.2f" % (sum(turn.values()) / len(JOBS)))
