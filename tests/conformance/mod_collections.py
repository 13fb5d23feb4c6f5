# collections: deque, defaultdict, Counter, OrderedDict.
from collections import deque, defaultdict, Counter, OrderedDict
q = deque([1, 2, 3], maxlen=4)
q.append(4); q.append(5); q.appendleft(0)
print(q, len(q), q.popleft(), q.pop(), q, q[0], 2 in q, list(reversed(q)), q.maxlen)
d = deque()
d.extend("abc"); d.rotate(1)
print(d, d.count("a"), deque(), bool(d))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(sorted(counts.items()))
c = Counter("mississippi")
print(c, c["s"], c["z"], c.most_common(2), sum(c.values()))
c.update("ss")
print(c.most_common(1), Counter(), Counter({"a": 3, "b": 1}))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
