# A manager proxy's str() asks the manager's server for the referent's
# repr and waits for the reply: print, str, f-strings, format and % of a
# proxy block on the connection.
from multiprocessing.managers import BaseManager


class Box:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%d)" % self.v


class BoxManager(BaseManager):
    pass


BoxManager.register("Box", Box)

if __name__ == "__main__":
    with BoxManager() as m:
        box = m.Box()
        box.set(3)
        print(box)
        print(str(box), f"[{box}]", "%s!" % box, format(box, ""), sep=" | ")
        boxes = [m.Box() for _ in range(3)]
        for i, b in enumerate(boxes):
            b.set(i * 10)
        print(*boxes, sep=", ")
        print(", ".join(str(b) for b in boxes))
