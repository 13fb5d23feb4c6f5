"""Signal numbers and handlers. The simulated kernel delivers SIGTERM and
SIGKILL by ending the process; handlers are recorded but not yet called."""

SIG_DFL = 0
SIG_IGN = 1
SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGKILL = 9
SIGUSR1 = 10
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGCHLD = 17

_handlers = {}


def signal(signalnum, handler):
    """Set the action for a signal; returns the previous one."""
    if signalnum in (SIGKILL,):
        raise OSError(22, 'Invalid argument')
    previous = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return previous


def getsignal(signalnum):
    return _handlers.get(signalnum, SIG_DFL)
