"""Functions to run when the interpreter exits, as CPython's atexit: last
registered, first run. The machine calls _run_exitfuncs once the main
thread has finished and the other non-daemon threads have ended."""

_exithandlers = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    import sys
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import _thread
            sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
            sys.stderr.write(_thread.format_exception(exc))
