"""Monkey patching, as gevent/monkey.py does it: replaces the blocking
functions and classes of the standard library with the cooperative ones,
so code written for threads and blocking sockets runs on greenlets.

patch_time: time.sleep -> gevent.sleep. patch_socket: socket.socket,
create_connection, socketpair, fromfd -> gevent.socket's. patch_select:
select.select -> gevent.select's; epoll and poll are removed. patch_thread:
_thread and threading start greenlets and make greenlet locks, so
threading.Thread, Lock, RLock, Condition, Semaphore run cooperatively
(and threading.Event is gevent.event.Event). patch_queue: queue.SimpleQueue.

Patch before importing what uses these names: a module that did
`from time import sleep` keeps the original.
"""

__all__ = ['patch_all', 'patch_time', 'patch_socket', 'patch_select', 'patch_thread',
           'patch_queue', 'patch_os', 'patch_ssl', 'patch_dns', 'patch_subprocess',
           'patch_signal', 'is_module_patched', 'is_object_patched', 'get_original']

saved = {}


class MonkeyPatchWarning(RuntimeWarning):
    """The warning gevent gives about patching done late."""


def is_module_patched(mod_name):
    """Whether `mod_name` was patched."""
    return mod_name in saved


def is_object_patched(mod_name, item_name):
    """Whether `item_name` of `mod_name` was patched."""
    return is_module_patched(mod_name) and item_name in saved[mod_name]


def get_original(mod_name, item_name):
    """The unpatched value(s) of `item_name` (a name or a list of names)."""
    if isinstance(item_name, str):
        return _get_original(mod_name, [item_name])[0]
    return _get_original(mod_name, item_name)


def _get_original(mod_name, items):
    module = __import__(mod_name)
    originals = saved.get(mod_name, {})
    return [originals[i] if i in originals else getattr(module, i) for i in items]


_NONE = object()


def patch_item(module, attr, newitem):
    """Sets `module.attr` to `newitem`, keeping the original."""
    olditem = getattr(module, attr, _NONE)
    if olditem is not _NONE:
        saved.setdefault(module.__name__, {}).setdefault(attr, olditem)
    setattr(module, attr, newitem)


def remove_item(module, attr):
    """Removes `module.attr`, keeping the original."""
    olditem = getattr(module, attr, _NONE)
    if olditem is _NONE:
        return
    saved.setdefault(module.__name__, {}).setdefault(attr, olditem)
    delattr(module, attr)


def patch_module(target_module, source_module, items=None):
    """Copies `items` (default: source's __implements__) from the gevent
    module into the target module."""
    if items is None:
        items = source_module.__implements__
    for attr in items:
        patch_item(target_module, attr, getattr(source_module, attr))
    return True


def patch_time():
    """time.sleep becomes gevent.sleep."""
    import time
    from gevent.hub import sleep
    patch_item(time, 'sleep', sleep)


def patch_socket(dns=True, aggressive=True):
    """The socket module's socket class and its helpers become
    gevent.socket's."""
    import socket
    from gevent import socket as gsocket
    items = [i for i in gsocket.__implements__ if hasattr(socket, i)]
    patch_module(socket, gsocket, items)
    patch_item(socket, 'SocketType', gsocket.socket)


def patch_select(aggressive=True):
    """select.select waits in the hub; epoll and poll, which would block
    the OS thread, are removed."""
    import select
    from gevent import select as gselect
    patch_module(select, gselect)
    if aggressive:
        for name in ('epoll', 'poll', 'kqueue', 'kevent', 'devpoll'):
            remove_item(select, name)


def patch_thread(threading=True, _threading_local=True, Event=True, logging=True,
                 existing_locks=True):
    """_thread and threading start greenlets, and their locks wait in the
    hub; the main thread's Thread object is kept as the main greenlet's."""
    import _thread
    from gevent import thread as gthread
    patch_module(_thread, gthread)
    if not threading:
        return
    import threading as threading_mod
    main = threading_mod.main_thread()
    native_main = main._ident
    for name in ('_start_new_thread', '_allocate_lock', 'Lock', 'get_ident', '_join_thread',
                 '_thread_is_alive', '_set_thread_name', '_set_lock_name'):
        patch_item(threading_mod, name, getattr(gthread, _THREAD_NAMES.get(name, name)))
    if Event:
        from gevent.event import Event as GEvent
        patch_item(threading_mod, 'Event', GEvent)
    from gevent._hub_local import _native_ident
    if _native_ident() == native_main and threading_mod._active.get(native_main) is main:
        del threading_mod._active[native_main]
        main._ident = gthread.get_ident()
        threading_mod._active[main._ident] = main


_THREAD_NAMES = {
    '_start_new_thread': 'start_new_thread',
    '_allocate_lock': 'allocate_lock',
    'Lock': 'allocate_lock',
    '_join_thread': 'join_thread',
    '_thread_is_alive': 'is_alive',
    '_set_thread_name': 'set_name',
    '_set_lock_name': 'set_lock_name',
}


def patch_queue():
    """queue.SimpleQueue becomes gevent.queue.SimpleQueue (the others are
    built on threading, which patch_thread makes cooperative)."""
    import queue
    from gevent import queue as gqueue
    patch_item(queue, 'SimpleQueue', gqueue.SimpleQueue)


def patch_os():
    """Nothing to do: a forked process copies its hub whole."""


def patch_ssl():
    """Nothing to do: there is no ssl module."""


def patch_dns():
    """Nothing to do: name lookups never block."""


def patch_subprocess():
    """Nothing to do: there is no subprocess module."""


def patch_signal():
    """Nothing to do: signal handlers run in the main greenlet."""


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True, builtins=True,
              signal=True, queue=True, contextvars=True, **kwargs):
    """Patches everything that can block the OS thread; True."""
    if os:
        patch_os()
    if thread:
        patch_thread(Event=Event)
    if time:
        patch_time()
    if socket:
        patch_socket(dns=dns, aggressive=aggressive)
    if select:
        patch_select(aggressive=aggressive)
    if ssl:
        patch_ssl()
    if subprocess:
        patch_subprocess()
    if signal:
        patch_signal()
    if queue:
        patch_queue()
    return True
