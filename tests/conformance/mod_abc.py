# abc: abstract base classes refuse instantiation until every abstract
# method is overridden; concrete subclasses work as usual.
from abc import ABC, ABCMeta, abstractmethod
import threading


class Worker(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def work(self):
        ...

    @abstractmethod
    def report(self):
        ...

    def run(self):
        return f"{self.name}: {self.work()} / {self.report()}"


class Half(Worker):
    def work(self):
        return "working"


class Full(Half):
    def report(self):
        return "done"


print(sorted(Worker.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
print(Full("w1").run(), isinstance(Full("w2"), Worker), type(Worker).__name__, issubclass(Full, ABC))


class Shape(metaclass=ABCMeta):
    @property
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side ** 2


print(Square(3).area, sorted(Shape.__abstractmethods__))
results = []
threads = [threading.Thread(target=lambda n=n: results.append(Full(f"t{n}").run())) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
for make in (lambda: Worker("x"), lambda: Half("y"), lambda: Shape()):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
Half("z")
