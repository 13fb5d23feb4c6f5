"""Module docstring: pass, Ellipsis, docstrings and empty bodies."""
def todo():
    pass

class Empty:
    """An empty class."""

def stub():
    ...

print(todo(), stub(), Empty.__doc__, __doc__.split(":")[0])
print(..., Ellipsis is ..., type(...).__name__)
if True:
    pass
for _ in range(2):
    pass
print(__name__)
