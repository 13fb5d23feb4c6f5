"""logging from threads and processes: threadName, processName, lineno, funcName, asctime."""
import logging
import multiprocessing
import sys
import threading
import time

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(processName)s %(threadName)s %(filename)s:%(lineno)d %(funcName)s %(message)s")
log = logging.getLogger(__name__)


def worker(n, lock):
    for i in range(2):
        with lock:
            log.info("worker %d step %d", n, i)
        time.sleep(0.01 * (n + 1))


lock = threading.Lock()
threads = [threading.Thread(target=worker, args=(n, lock), name=f"T{n}") for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.info("threads done")


def child():
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(processName)s %(name)s %(message)s"))
    child_log = logging.getLogger("child")
    child_log.propagate = False
    child_log.addHandler(handler)
    child_log.warning("from %s", multiprocessing.current_process().name)


if __name__ == "__main__":
    p = multiprocessing.Process(target=child, name="Child-1")
    p.start()
    p.join()
    log.info("child exit code %s", p.exitcode)

    stamps = []


    class Keep(logging.Handler):
        def emit(self, record):
            stamps.append((record.created, record.msecs, record.relativeCreated, self.format(record)))


    keep = Keep()
    keep.setFormatter(logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y"))
    log.addHandler(keep)
    log.info("first")
    time.sleep(0.25)
    log.info("second")
    (c1, m1, r1, s1), (c2, m2, r2, s2) = stamps
    print(0.24 < c2 - c1 < 0.5, 0 <= m1 < 1000, 240 < r2 - r1 < 500, s1[4:], len(s1.split("|")[0]))
    rec = log.makeRecord("n", logging.INFO, "f.py", 1, "m", (), None)
    print(rec.thread == threading.get_ident(), rec.process is not None, rec.threadName, rec.processName)
