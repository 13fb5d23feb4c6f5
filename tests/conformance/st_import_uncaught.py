# An import of a module that does not exist, uncaught.
import math
print(math.floor(2.5))
import numpy
