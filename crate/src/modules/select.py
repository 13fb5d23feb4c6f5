"""select: epoll over the simulated kernel's readiness lists, and
select.select built on it (CPython's Modules/selectmodule.c calls the
kernel's select; the answer is the same for sockets)."""

import _select
import _socket
from _select import *
from time import monotonic as _monotonic

error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        fd = obj.fileno()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _deadline(timeout):
    """_select's deadline for a timeout in seconds (None or negative: none)."""
    if timeout is None or timeout < 0:
        return None
    if timeout == 0:
        return 0
    return _monotonic() + timeout


class epoll:
    """An epoll instance: register sockets (or their descriptors) with an
    event mask, then poll for the ready ones."""

    def __init__(self, sizehint=-1, flags=0):
        self._fd = _select.epoll()

    def fileno(self):
        return self._fd

    @property
    def closed(self):
        return self._fd < 0

    def _check(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed epoll object')

    def close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            _socket.close(fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        _select.epoll_ctl(self._fd, 1, _fileno(fd), eventmask)

    def modify(self, fd, eventmask):
        self._check()
        _select.epoll_ctl(self._fd, 3, _fileno(fd), eventmask)

    def unregister(self, fd):
        self._check()
        _select.epoll_ctl(self._fd, 2, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        d = _deadline(timeout)
        events = _select.epoll_wait(self._fd, maxevents, d)
        while events is None:
            events = _select.epoll_wait(self._fd, maxevents, d)
        return events


def select(rlist, wlist, xlist, timeout=None):
    """The objects of each list that are ready to read, to write, or have an
    exceptional condition (never, for TCP without urgent data)."""
    if timeout is not None and timeout < 0:
        raise ValueError('timeout must be non-negative')
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    masks = {}
    for obj in rlist:
        fd = _fileno(obj)
        masks[fd] = masks.get(fd, 0) | EPOLLIN
    for obj in wlist:
        fd = _fileno(obj)
        masks[fd] = masks.get(fd, 0) | EPOLLOUT
    for obj in xlist:
        fd = _fileno(obj)
        masks[fd] = masks.get(fd, 0) | EPOLLPRI
    ep = epoll()
    try:
        for fd, mask in masks.items():
            ep.register(fd, mask)
        ready = dict(ep.poll(timeout))
    finally:
        ep.close()
    readable = EPOLLIN | EPOLLHUP | EPOLLERR
    writable = EPOLLOUT | EPOLLERR
    return ([o for o in rlist if ready.get(_fileno(o), 0) & readable],
            [o for o in wlist if ready.get(_fileno(o), 0) & writable],
            [o for o in xlist if ready.get(_fileno(o), 0) & EPOLLPRI])
