"""select.select for greenlets, as gevent/select.py has it: waits in the
hub for the first of the file descriptors to become ready."""

import select as __select__

from gevent._hub_local import get_hub
from gevent.hub import Waiter
from gevent.timeout import Timeout
from gevent._loop import READ, WRITE

__implements__ = ['select']
error = __select__.error
_original_select = __select__.select


def _fileno(obj):
    return obj if isinstance(obj, int) else obj.fileno()


def select(rlist, wlist, xlist, timeout=None):
    """The lists of those of `rlist` readable and `wlist` writable (and
    none of `xlist`), waiting until one is or `timeout` passes."""
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be non-negative")
    if timeout == 0:
        return _original_select(rlist, wlist, xlist, 0)
    loop = get_hub().loop
    waiter = Waiter()
    watchers = []
    ready = {}

    def on_ready(obj, event):
        if not ready:
            loop.run_callback(waiter.switch, None)
        ready.setdefault(event, []).append(obj)

    try:
        for objs, event in ((rlist, READ), (wlist, WRITE)):
            for obj in objs:
                watcher = loop.io(_fileno(obj), event)
                watcher.start(on_ready, obj, event)
                watchers.append(watcher)
        with Timeout._start_new_or_dummy(timeout, _Expired):
            try:
                waiter.get('select')
            except _Expired:
                pass
    finally:
        for watcher in watchers:
            watcher.stop()
    return ready.get(READ, []), ready.get(WRITE, []), []


class _Expired(Exception):
    """select's timeout passing: not an error."""
