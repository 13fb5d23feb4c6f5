from multiprocessing import Process, Manager

PROCS = 10

def f(d, l):
    d[1] = 1
    d[2] = 2
    d[0.25] = None
    l.append(1)
    print(l)

if __name__ == '__main__':
    with Manager() as manager:
        d = manager.dict()
        l = manager.list(range(5))
        p_list = [Process(target=f, args=(d, l)) for i in range(PROCS)]
        for p in p_list: p.start()
        for p in p_list: p.join()
        print(d)
        print(l)
