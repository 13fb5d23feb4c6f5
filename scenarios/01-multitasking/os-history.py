ERA = "manual"
JOBS = [("A", 2, 6), ("B", 3, 4), ("C", 1, 8)]   # (job, CPU s, card/printer I/O s)
SETUP = 10
TAPE_SPEEDUP = 4

clock = busy = 0.0
for name, cpu, io in JOBS:
    if ERA == "manual":
        print("t=%5.1f operator sets up job %s (CPU idle %d s)" % (clock, name, SETUP))
        clock += SETUP
    if ERA == "offline-batch":
        io = io / TAPE_SPEEDUP
    print("t=%5.1f job %s: I/O %.1f s (CPU idle), compute %d s" % (clock, name, io, cpu))
    clock += io + cpu
    busy += cpu
print("%s: all jobs done at %.1f s, CPU busy %.0f%%" % (ERA, clock, 100 * busy / clock))
