# typing: the names annotations use print as CPython's; nothing is checked.
from typing import Any, List, Dict, Optional, Union, Callable, Tuple, TypeVar, Generic, ClassVar, cast, Iterator
T = TypeVar("T")
print(Any, List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Union[int, int])
print(Callable[[int, str], bool], Tuple[int, ...], T, TypeVar("U", covariant=True), ClassVar[int], Iterator[T])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack[int]()
s.push(1); print(s.items, cast(int, "x"), List[int] == List[int], Optional[str] == Union[str, None])
class Job: pass
print(List[Job], Optional[Job], Dict[str, Any])
def f(a: int, b: "Job" = None) -> Optional[int]:
    return a
print(f(3))
try:
    List()
except TypeError as e:
    print(e)
from dataclasses import dataclass, field
import queue


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)


q = queue.PriorityQueue()
q.put(PrioritizedItem(2, {"job": "b"}))
q.put(PrioritizedItem(1, ["job", "a"]))
print(q.get(), q.get().item)
