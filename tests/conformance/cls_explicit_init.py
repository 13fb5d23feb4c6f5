# Calling a base class's __init__ explicitly, as older course code does.
import threading

class Named:
    def __init__(self, name):
        self.name = name

class Worker(Named):
    def __init__(self, name, jobs):
        Named.__init__(self, name)
        self.jobs = jobs

    def run(self):
        return f"{self.name} runs {self.jobs}"

class MyThread(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))

w = Worker("w1", [1, 2])
print(w.run(), w.name)
t = MyThread(101)
t.start()
t.join()
print(t.result)
