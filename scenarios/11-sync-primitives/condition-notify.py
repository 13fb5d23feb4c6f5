import threading, time

THREADS = 10
INPUTS = ["2", "3", "5", "q"]
TYPING = 1.0

def run(n):
    con.acquire()
    con.wait()
    print('run the thread :%s' % n)
    con.release()

if __name__ == '__main__':
    con = threading.Condition()
    for i in range(THREADS):
        t = threading.Thread(target=run, args=(i,))
        t.start()
    for inp in INPUTS:
        time.sleep(TYPING)
        print('>>>>' + inp)
        if inp == 'q':
            break
        con.acquire()
        con.notify(int(inp))
        con.release()
