# Threads that each compute a result, joined in order (deterministic output).
import threading

results = {}
def work(name, n):
    results[name] = sum(range(n))

threads = [threading.Thread(target=work, args=(f"t{i}", 10 ** i)) for i in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
print(threading.current_thread().name, threading.active_count())
