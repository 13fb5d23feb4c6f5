# enum: members by attribute, value and name, iteration, auto, IntEnum and
# StrEnum, methods and __init__ on members, unique, and the errors.
from enum import Enum, IntEnum, StrEnum, auto, unique
import threading


class State(Enum):
    IDLE = 1
    RUNNING = 2
    DONE = 3

    def is_final(self):
        return self is State.DONE


print(State.IDLE, repr(State.RUNNING), State.DONE.name, State.DONE.value, State(2), State["DONE"])
print(list(State), len(State), State.RUNNING in State, type(State.IDLE), State, isinstance(State.IDLE, State))
print(State.DONE.is_final(), State.IDLE.is_final(), State.IDLE == State.IDLE, State.IDLE == 1, State.IDLE is State(1))
print(f"{State.IDLE}", "%s" % State.RUNNING, {State.IDLE: "waiting"}[State.IDLE], sorted(State.__members__))
print([s.name for s in reversed(State)], hash(State.IDLE) == hash(State.IDLE))


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1


print(list(Color), Color.CRIMSON is Color.RED, Color.__members__["CRIMSON"], Color(3))


class Priority(IntEnum):
    HIGH = 1
    NORMAL = 5
    LOW = 10


print(Priority.HIGH < Priority.LOW, Priority.NORMAL == 5, Priority.HIGH + 1, sorted([Priority.LOW, Priority.HIGH]))
print(str(Priority.LOW), repr(Priority.LOW), f"{Priority.NORMAL}", Priority(10), isinstance(Priority.HIGH, int))


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode("w"), Mode.READ.upper())


class Planet(Enum):
    EARTH = (5.976e24, 6.37814e6)
    MARS = (6.421e23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass, round(Planet.MARS.surface_gravity, 3), Planet.EARTH.value)
states = []
lock = threading.Lock()


def worker(n):
    with lock:
        states.append((n, State.RUNNING))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(states, key=lambda p: p[0]))
for bad in (lambda: State(9), lambda: State["NOPE"], lambda: State.IDLE < State.DONE,
            lambda: unique(Color)):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    class More(State):
        EXTRA = 4
except TypeError as e:
    print("TypeError:", e)
