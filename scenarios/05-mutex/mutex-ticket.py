from multiprocessing import Process, Lock
from contextlib import nullcontext
import json, time, random

LOCK = "Lock"
TICKETS = 1
USERS = 10

def search(i):
    with open('data', 'r', encoding='utf8') as f:
        dic = json.load(f)
    print('用户%s查询余票:%s' % (i, dic.get('ticket_num')))

def buy(i):
    with open('data', 'r', encoding='utf8') as f:
        dic = json.load(f)
    time.sleep(random.randint(1, 3))
    if dic.get('ticket_num') > 0:
        dic['ticket_num'] -= 1
        with open('data', 'w', encoding='utf8') as f:
            json.dump(dic, f)
        print('用户%s买票成功' % i)
    else:
        print('用户%s买票失败' % i)

def run(i, mutex):
    search(i)
    with mutex:
        buy(i)

if __name__ == '__main__':
    with open('data', 'w', encoding='utf8') as f:
        json.dump({'ticket_num': TICKETS}, f)
    mutex = {"none": nullcontext, "Lock": Lock}[LOCK]()
    ps = [Process(target=run, args=(i, mutex)) for i in range(1, USERS + 1)]
    for p in ps: p.start()
    for p in ps: p.join()
    with open('data', encoding='utf8') as f:
        print('余票: %s' % json.load(f)['ticket_num'])
