# import forms: plain, as, from, from-as, star, several on one line.
import math
import math as m
from math import sqrt, floor as fl
import sys, time
from random import *
import random
print(math.sqrt(16), m.pi == math.pi, sqrt(2) ** 2 > 1.99, fl(3.7))
print(type(sys).__name__, sys.__name__, time.__name__, callable(randint))
seed(3)
a = randint(1, 100)
random.seed(3)
print(a == random.randint(1, 100))
import queue; q = queue.Queue(); q.put(1); print(q.get())
print(math.__name__, "sqrt" in dir(math))
