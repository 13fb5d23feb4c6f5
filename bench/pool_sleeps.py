# The course's slowest program: a Pool of 5 running 8 tasks that sleep up
# to 50 s each (about 70 s of waiting under CPython).
from multiprocessing import Pool
import random, time

def task(i):
    time.sleep(random.randint(10, 50))
    return i

if __name__ == '__main__':
    random.seed(1)
    start = time.time()
    with Pool(5) as p:
        print(p.map(task, range(8), chunksize=1))
    print("elapsed %.0f s" % (time.time() - start))
