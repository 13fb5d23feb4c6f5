from threading import  Timer

DELAY = 10

def hello():
    print("hello,world")

t = Timer(DELAY,hello)
t.start()
