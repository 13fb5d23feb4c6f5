"""traceback: print and format exceptions as CPython's Lib/traceback.py
does (print_exc, format_exc, print_exception, format_exception,
format_exception_only), from the traceback each exception carries."""

import sys
import _traceback

__all__ = ["print_exc", "format_exc", "print_exception", "format_exception", "format_exception_only"]

_sentinel = object()


def _exception(exc, value):
    """The exception meant by the (exc, value) pair the functions take:
    value when given, else exc. Its report always shows the frames it
    passed through: tracebacks are not objects here (sys.exc_info()[2] is
    None), so a tb argument cannot choose other ones."""
    if value is _sentinel:
        return exc
    return value


def _unsupported(limit, chain):
    """Refuses the arguments these functions cannot honour yet."""
    if limit is not None:
        raise NotImplementedError("traceback: limit= is not supported yet (tracebacks are not objects here)")
    if not chain:
        raise NotImplementedError("traceback: chain=False is not supported yet")


def _chunks(text):
    """The report cut as CPython's format_exception cuts it: a string per
    frame (its File line with the source and carets below), one per chain
    message (with its blank lines around), one per other line."""
    out = []
    in_message = False
    for line in text.splitlines(True):
        if in_message or (line.startswith("    ") and out and out[-1].startswith("  File ")):
            out[-1] += line
            in_message = in_message and line != "\n"
        else:
            out.append(line)
            in_message = line == "\n"
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines (each ending in a newline) that print_exception prints for an exception."""
    _unsupported(limit, chain)
    value = _exception(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _chunks(_traceback.format_exception(value))


def format_exception_only(exc, /, value=_sentinel):
    """The last line of an exception's report: "Type: message"."""
    value = _exception(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return [_traceback.format_exception_only(value)]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints an exception's report (the traceback and "Type: message") to file, by default sys.stderr."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as a string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the report of the exception being handled to file, by default sys.stderr."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
