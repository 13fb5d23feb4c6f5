# time: types and monotonic behaviour of the clocks; sleep advances them.
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.05)
print(type(t0).__name__, t0 > 1e9, time.time() - t0 >= 0.04, time.monotonic() - m0 >= 0.04, time.perf_counter() - p0 >= 0.04)
print(type(time.ctime()).__name__, len(time.ctime()) == 24, type(time.time_ns()).__name__)
start = time.time()
for _ in range(3):
    time.sleep(0.01)
print(round(time.time() - start, 1) <= 0.1)
time.sleep(0)
print("slept")
