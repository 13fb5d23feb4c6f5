from multiprocessing import Pool
import os, time

POOL_SIZE = 5
TASKS = 100
JOIN = True

def Foo(i):
    time.sleep(1)
    return i + 100

def Bar(arg):
    print('--->exec done:', arg, 'in pid', os.getpid())

if __name__ == '__main__':
    print('main pid', os.getpid())
    pool = Pool(POOL_SIZE)
    for i in range(TASKS):
        pool.apply_async(func=Foo, args=(i,), callback=Bar)
    print('end')
    pool.close()
    if JOIN:
        pool.join()
