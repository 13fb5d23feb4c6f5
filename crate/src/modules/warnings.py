"""Python part of the warnings subsystem, as CPython's Lib/warnings.py:
filters decide; _warnings shows a warning as CPython does, once per
location under the default action, DeprecationWarning only for __main__."""

import _warnings

__all__ = ["warn", "simplefilter", "filterwarnings", "resetwarnings", "catch_warnings"]

filters = []
_registry = {}


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters."""
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    item = (action, category)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (message and module are not matched)."""
    simplefilter(action, category, lineno, append)


def resetwarnings():
    """Clear the list of warning filters."""
    filters[:] = []


class catch_warnings:
    """Saves the filters on entry and restores them on exit."""

    def __init__(self, *, record=False):
        self._record = record

    def __enter__(self):
        self._saved = list(filters)
        return [] if self._record else None

    def __exit__(self, *exc_info):
        filters[:] = self._saved


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    action = None
    for act, cat in filters:
        if issubclass(category, cat):
            action = act
            break
    if action == "ignore":
        return
    if action == "error":
        raise category(message) if not isinstance(message, Warning) else message
    _warnings.warn(str(message), category, stacklevel + 1, _registry, action == "always")
