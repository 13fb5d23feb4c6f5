from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_COMPLETED, CancelledError
import time

def work(x):
    time.sleep(0.02 * x)
    if x == 4:
        raise ValueError("four")
    return x * 10

with ThreadPoolExecutor(2) as ex:
    fs = {ex.submit(work, x): x for x in (3, 1, 2)}
    for f in as_completed(fs):
        print("done", fs[f], f.result())
    bad = ex.submit(work, 4)
    print(type(bad.exception()).__name__, bad.done(), bad.running())
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    print(list(ex.map(work, [1, 2, 3])))
    done, pending = wait([ex.submit(work, 1), ex.submit(work, 2)], return_when=ALL_COMPLETED)
    print(len(done), len(pending))
    f = ex.submit(work, 1)
    f.add_done_callback(lambda fut: print("callback", fut.result()))
    f.result()
    time.sleep(0.1)

ex = ThreadPoolExecutor(1)
slow = ex.submit(time.sleep, 0.2)
queued = ex.submit(work, 1)
print(queued.cancel(), queued.cancelled())
try:
    queued.result()
except CancelledError:
    print("CancelledError")
ex.shutdown()
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

if __name__ == '__main__':
    with ProcessPoolExecutor(2) as pex:
        print(pex.submit(work, 2).result(), list(pex.map(work, [1, 3])))
