# close(): GeneratorExit at the paused yield, finally blocks run.
def worker():
    try:
        while True:
            item = yield
            print("work", item)
    except GeneratorExit:
        print("cleaning up")
        raise
    finally:
        print("finally")

w = worker()
next(w)
w.send(1)
w.close()
w.close()
print("closed twice fine")
try:
    w.send(2)
except StopIteration:
    print("send after close -> StopIteration")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
print(list(u))
