from multiprocessing import Pool, Queue, Manager
import time

def square(x):
    return x * x

def slow(x):
    time.sleep(0.01 * x)
    return x

def fail(x):
    raise ValueError("bad %s" % x)

def use_queue(q):
    q.put(1)

if __name__ == '__main__':
    with Pool(3) as p:
        print(p.map(square, range(10)))
        print(p.starmap(pow, [(2, 3), (3, 2)]))
        print(p.apply(square, (12,)))
        r = p.apply_async(slow, (3,), callback=lambda v: print("callback", v))
        print(r.get(timeout=5), r.ready(), r.successful())
        e = p.apply_async(fail, (1,), error_callback=lambda exc: print("error_callback", repr(exc)))
        try:
            e.get()
        except ValueError as exc:
            print("ValueError:", exc)
        print(e.successful())
        print(list(p.imap(square, [3, 4])), sorted(p.imap_unordered(square, [5, 6])))
        m = p.map_async(square, [7, 8])
        m.wait()
        print(m.get())
        bad = p.apply_async(use_queue, (Queue(),))
        try:
            bad.get()
        except RuntimeError as exc:
            print("RuntimeError:", exc)
        with Manager() as mgr:
            q = mgr.Queue()
            p.apply_async(use_queue, (q,)).get()
            print("manager queue got", q.get())
    p = Pool(2)
    p.close()
    p.join()
    try:
        p.apply_async(square, (1,))
    except ValueError as exc:
        print("ValueError:", exc)
