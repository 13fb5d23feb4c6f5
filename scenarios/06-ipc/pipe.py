import multiprocessing, random, time, os

N_MSGS = 10
DUPLEX = True

def proc_send(pipe, args):
    for arg in args:
        print("process(%s) send: %s" % (os.getpid(), arg))
        pipe.send(arg)
        time.sleep(random.random())
    pipe.send(None)

def proc_recv(pipe):
    while True:
        msg = pipe.recv()
        if msg is None:
            break
        print("process(%s) rev:%s" % (os.getpid(), msg))
        time.sleep(random.random())

if __name__ == "__main__":
    end1, end2 = multiprocessing.Pipe(DUPLEX)
    p1 = multiprocessing.Process(target=proc_send, args=(end2, ['aa' + str(i) for i in range(N_MSGS)]))
    p2 = multiprocessing.Process(target=proc_recv, args=(end1,))
    p1.start(); p2.start()
    p1.join(); p2.join()
    try:
        end1.send("reply")
        print("duplex: end2 got", end2.recv())
    except OSError as e:
        print("one-way pipe:", e)
