# __lt__ makes objects sortable and usable in heaps and PriorityQueue.
import heapq
from queue import PriorityQueue

class Task:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"

tasks = [Task(3, "low"), Task(1, "high"), Task(2, "mid")]
print(sorted(tasks))
print(min(tasks), max(tasks))
heap = []
for t in tasks:
    heapq.heappush(heap, t)
print([heapq.heappop(heap).name for _ in range(3)])
q = PriorityQueue()
for p, n in [(5, "e"), (1, "a"), (3, "c")]:
    q.put((p, n))
q.put(Task(0, "x")) if False else None
while not q.empty():
    print(q.get())
print(Task(1, "a") > Task(0, "b"))
try:
    Task(1, "a") <= Task(2, "b")
except TypeError as e:
    print("TypeError:", e)
