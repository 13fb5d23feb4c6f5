"""_queue: where CPython's queue.Empty is defined (its C module), so that
the class is found again by that name when an exception crosses between
processes (pickle names a class by module and qualified name)."""


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass
