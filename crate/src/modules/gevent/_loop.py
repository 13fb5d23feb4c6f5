"""The event loop under gevent's hub, as libev runs it for gevent.

One iteration: run the queued callbacks; wait (in epoll.poll when sockets
are watched, else in time.sleep, not at all while callbacks are queued)
until the earliest timer's deadline; fire the expired timers in deadline
order, ties in the order they were started (sleeps that end together
resume in start order); then the watchers of the sockets that became
ready. run() returns when nothing is queued, timed or watched: then no
event can ever come.

Waiting blocks the OS thread in the kernel, so the trace shows the hub's
thread asleep or blocked on its sockets. The time.sleep and select.epoll
used are the originals, saved before monkey patching replaces them.
"""

import heapq
import select as _select
import sys
import time as _time
from collections import deque

_sleep = _time.sleep
_monotonic = _time.monotonic
_epoll = getattr(_select, 'epoll', None)

READ = 1
WRITE = 4
_EPOLLIN = 0x001
_EPOLLOUT = 0x004
_EPOLLERR = 0x008
_EPOLLHUP = 0x010


class Callback:
    """A function queued to run on the loop's next turn (run_callback)."""

    def __init__(self, callback, args):
        self.callback = callback
        self.args = args

    def stop(self):
        """Unqueues it: it will not run."""
        self.callback = None
        self.args = None

    close = stop

    @property
    def pending(self):
        """Whether it is still queued."""
        return self.callback is not None


class _Watcher:
    """What timers and I/O watchers share: a callback started and stopped,
    and `with` stopping it."""

    callback = None
    args = ()

    def __init__(self, loop):
        self.loop = loop

    @property
    def active(self):
        """Whether it is started and has not fired or been stopped."""
        return self.callback is not None

    pending = False

    def close(self):
        """Stops it for good."""
        self.stop()

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.close()


class Timer(_Watcher):
    """Calls its callback once, `seconds` after start()."""

    def __init__(self, loop, seconds):
        _Watcher.__init__(self, loop)
        self.seconds = seconds
        self._entry = None

    def start(self, callback, *args):
        """Arms it: `callback(*args)` runs when the deadline passes."""
        self.stop()
        self.callback = callback
        self.args = args
        self._entry = self.loop._add_timer(self)

    def stop(self):
        """Disarms it."""
        if self._entry is not None:
            self.loop._cancel_timer(self._entry)
            self._entry = None
        self.callback = None
        self.args = ()

    def _fire(self):
        self._entry = None
        callback, args = self.callback, self.args
        self.callback = None
        self.args = ()
        callback(*args)


class IO(_Watcher):
    """Calls its callback each time its file descriptor becomes ready for
    its events (READ, WRITE), until stopped."""

    def __init__(self, loop, fd, events):
        _Watcher.__init__(self, loop)
        self.fd = fd
        self.events = events

    def start(self, callback, *args):
        """Starts watching."""
        if self.callback is None:
            self.loop._watch(self)
        self.callback = callback
        self.args = args

    def stop(self):
        """Stops watching."""
        if self.callback is not None:
            self.loop._unwatch(self)
        self.callback = None
        self.args = ()


class Loop:
    """The callbacks, timers and socket watchers of one hub."""

    def __init__(self):
        self._callbacks = deque()
        self._timers = []
        self._timer_seq = 0
        self._live_timers = 0
        self._watchers = {}
        self._masks = {}
        self._poller = None
        self.error_handler = None

    def now(self):
        """The machine's clock, in seconds."""
        return _monotonic()

    def update_now(self):
        """Kept for gevent's API: now() always reads the clock."""

    def run_callback(self, func, *args):
        """Queues `func(*args)` for the loop's next turn; returns a handle
        whose stop() unqueues it."""
        cb = Callback(func, args)
        self._callbacks.append(cb)
        return cb

    def timer(self, seconds, ref=True, priority=0):
        """A new, unstarted timer of `seconds`."""
        return Timer(self, seconds)

    def io(self, fd, events, ref=True, priority=None):
        """A new, unstarted watcher of `fd` for `events` (READ, WRITE)."""
        return IO(self, fd, events)

    def _add_timer(self, timer):
        self._timer_seq += 1
        entry = [self.now() + timer.seconds, self._timer_seq, timer]
        heapq.heappush(self._timers, entry)
        self._live_timers += 1
        return entry

    def _cancel_timer(self, entry):
        # Cancelled entries stay in the heap, emptied, until they surface.
        entry[2] = None
        self._live_timers -= 1

    def _watch(self, watcher):
        fd = watcher.fd
        self._watchers.setdefault(fd, []).append(watcher)
        self._register(fd)

    def _unwatch(self, watcher):
        fd = watcher.fd
        watchers = self._watchers[fd]
        watchers.remove(watcher)
        if not watchers:
            del self._watchers[fd]
        self._register(fd)

    def _register(self, fd):
        mask = 0
        for w in self._watchers.get(fd, ()):
            mask |= (_EPOLLIN if w.events & READ else 0) | (_EPOLLOUT if w.events & WRITE else 0)
        old = self._masks.get(fd, 0)
        if mask == old:
            return
        if self._poller is None:
            self._poller = _epoll()
        if not mask:
            del self._masks[fd]
            self._poller.unregister(fd)
        elif old:
            self._masks[fd] = mask
            self._poller.modify(fd, mask)
        else:
            self._masks[fd] = mask
            self._poller.register(fd, mask)

    def _alive(self):
        return self._callbacks or self._live_timers or self._watchers

    def run(self):
        """Runs iterations until nothing is left that could ever happen."""
        while self._alive():
            self._run_callbacks()
            if not (self._live_timers or self._watchers):
                continue
            events = self._wait(self._timeout())
            self._fire_timers()
            self._fire_io(events)

    def _timeout(self):
        """Seconds until the earliest deadline; 0 while callbacks are
        queued, None with no timer."""
        if self._callbacks:
            return 0.0
        timers = self._timers
        while timers and timers[0][2] is None:
            heapq.heappop(timers)
        if not timers:
            return None
        return max(timers[0][0] - self.now(), 0.0)

    def _wait(self, timeout):
        if self._watchers:
            return self._poller.poll(-1 if timeout is None else timeout)
        if timeout:
            _sleep(timeout)
        return ()

    def _run_callbacks(self):
        callbacks = self._callbacks
        while callbacks:
            cb = callbacks.popleft()
            func, args = cb.callback, cb.args
            if func is None:
                continue
            cb.callback = cb.args = None
            self._call(func, args)

    def _fire_timers(self):
        timers = self._timers
        now = self.now()
        while timers and (timers[0][2] is None or timers[0][0] <= now):
            timer = heapq.heappop(timers)[2]
            if timer is not None:
                self._live_timers -= 1
                self._call(timer._fire, ())

    def _fire_io(self, events):
        for fd, mask in events:
            ready = (READ if mask & (_EPOLLIN | _EPOLLERR | _EPOLLHUP) else 0) | \
                    (WRITE if mask & (_EPOLLOUT | _EPOLLERR | _EPOLLHUP) else 0)
            for w in list(self._watchers.get(fd, ())):
                if w.events & ready and w.callback is not None:
                    self._call(w.callback, w.args)

    def _call(self, func, args):
        try:
            func(*args)
        except:
            t, v, tb = sys.exc_info()
            self.error_handler.handle_error(func, t, v, tb)
