"""The greenlet package (greenlet 3.1.1): lightweight in-thread coroutines
that switch explicitly. Everything is in the native module `_greenlet`."""

__version__ = '3.1.1'

import _greenlet
from _greenlet import GreenletExit, error, getcurrent, greenlet
