from multiprocessing import Pool
import os, time

POOL_SIZE = 2
TASKS = 8
N = 1_000_000

def sum_squares(i):
    s = 0
    for k in range(i * N, (i + 1) * N):
        s += k * k
    return s, os.getpid()

if __name__ == '__main__':
    start = time.time()
    with Pool(POOL_SIZE) as pool:
        results = pool.map(sum_squares, range(TASKS))
    elapsed = time.time() - start
    for i, (s, pid) in enumerate(results):
        print("任务%d: 进程%d 算出 %d" % (i, pid, s))
    pids = {pid for _, pid in results}
    print("%d 个任务, %d 个进程, 耗时 %.2f 秒" % (TASKS, len(pids), elapsed))
