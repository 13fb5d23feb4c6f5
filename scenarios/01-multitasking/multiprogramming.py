import time
from multiprocessing import Process

MODE = "multi"
ROUNDS = 3
IO_TIME = 0.5
CPU_WORK = 1_000_000

def program(name):
    for r in range(ROUNDS):
        x = 0
        for i in range(CPU_WORK):
            x += i
        print("%s round %d: computed, waiting for I/O" % (name, r))
        time.sleep(IO_TIME)

if __name__ == '__main__':
    start = time.time()
    a = Process(target=program, args=("A",))
    b = Process(target=program, args=("B",))
    if MODE == "single":
        a.start(); a.join(); b.start(); b.join()
    else:
        a.start(); b.start(); a.join(); b.join()
    print("%s: %.2f s" % (MODE, time.time() - start))
