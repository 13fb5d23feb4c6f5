"""The hub of each OS thread, as gevent/_hub_local.py keeps it.

A hub belongs to the OS thread that made it: each thread running gevent
runs its own event loop. Threads are told apart by the kernel's thread id,
read through the _thread function saved here before monkey patching can
replace it with the greenlet-level one.
"""

import _thread

_native_ident = _thread.get_ident
_hubs = {}
_hub_class = None


def set_default_hub_class(cls):
    """Names the class get_hub() instantiates (gevent.hub.Hub)."""
    global _hub_class
    _hub_class = cls


def get_hub_if_exists():
    """The calling OS thread's hub, or None when it has none yet."""
    return _hubs.get(_native_ident())


def get_hub():
    """The calling OS thread's hub, created on first use."""
    ident = _native_ident()
    hub = _hubs.get(ident)
    if hub is None:
        hub = _hubs[ident] = _hub_class()
    return hub


def set_hub(hub):
    """Makes `hub` the calling OS thread's hub."""
    _hubs[_native_ident()] = hub
