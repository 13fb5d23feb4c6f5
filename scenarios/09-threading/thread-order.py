import threading, time

THREADS = 5
ROUNDS = 3

class MyThread(threading.Thread):
    def run(self):
        for i in range(ROUNDS):
            time.sleep(1)
            msg = "I'm " + self.name + ' @ ' + str(i)
            print(msg)

def test():
    for i in range(THREADS):
        t = MyThread()
        t.start()

if __name__ == '__main__':
    test()
