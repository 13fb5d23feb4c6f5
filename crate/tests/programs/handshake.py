# Each process waits, without blocking, for a flag only the other one sets
# after seeing the first flag: one after the other they would spin for ever;
# at the same time, on two workers, each sees the other's flag.
from multiprocessing import Process, Value
def side(mine, theirs):
    mine.value = 1
    while theirs.value == 0:
        pass
    mine.value = 2
    while theirs.value != 2:
        pass
if __name__ == '__main__':
    a = Value('i', 0); b = Value('i', 0)
    p = Process(target=side, args=(a, b)); q = Process(target=side, args=(b, a))
    p.start(); q.start(); p.join(); q.join()
    print(a.value, b.value)
