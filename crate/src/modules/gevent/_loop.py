"""The event loop under gevent's hub, as libev runs it for gevent.

One iteration: run the queued callbacks; wait (in epoll when sockets
are watched, else in time.sleep, not at all while callbacks are queued)
until the earliest timer's deadline; fire the expired timers in deadline
order, ties in the order they were started (sleeps that end together
resume in start order); then the watchers of the sockets that became
ready. run() returns when nothing is queued, timed or watched: then no
event can ever come.

It keeps libev's costs: a watcher is an entry in a table indexed by file
descriptor (libev's `anfds`), a timer an entry in a heap; epoll is told
about a descriptor when a watcher starts on it, and only told to stop
when it reports an event nobody waits for any more, so a greenlet that
reads a socket again and again costs one epoll_ctl per wait and no
dictionary work.

Waiting blocks the OS thread in the kernel, so the trace shows the hub's
thread asleep or blocked on its sockets. The time.sleep and _select used
are the originals, saved before monkey patching replaces them.
"""

import heapq
import _select
import sys
import time as _time

_sleep = _time.sleep
_monotonic = _time.monotonic
_heappush = heapq.heappush
_heappop = heapq.heappop
_epoll_ctl = getattr(_select, 'epoll_ctl', None)
_epoll_wait = getattr(_select, 'epoll_wait', None)

# A watcher's events are epoll's bits for them: READ is EPOLLIN, WRITE
# EPOLLOUT; an error or a hang-up (EPOLLERR, EPOLLHUP) wakes both.
READ = 1
WRITE = 4
_ERRHUP = 0x008 | 0x010
# epoll_ctl's operations.
_CTL_ADD = 1
_CTL_DEL = 2
_CTL_MOD = 3


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
        self.deadline = None
        self._seq = 0

    def start(self, callback, *args):
        """Arms it: `callback(*args)` runs when the deadline passes."""
        if self._seq:
            self.loop._cancel_timer()
        self.callback = callback
        self.args = args
        self.loop._add_timer(self)

    def stop(self):
        """Disarms it."""
        if self._seq:
            self._seq = 0
            self.loop._cancel_timer()
        self.callback = None
        self.args = ()

    def waiting_for(self):
        """What a greenlet waiting for it waits for, for the trace."""
        return 'sleep until %.3f s' % (self.deadline,)

    def _fire(self):
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
        self._anfd = loop._anfd(fd)

    def start(self, callback, *args):
        """Starts watching."""
        if self.callback is None:
            anfd = self._anfd
            watchers = anfd.watchers
            watchers.append(self)
            self.loop._io_watchers += 1
            mask = self.events if len(watchers) == 1 else anfd.wanted()
            if mask != anfd.mask:
                self.loop._ctl(self.fd, anfd, mask)
        self.callback = callback
        self.args = args

    def stop(self):
        """Stops watching. epoll keeps the descriptor until it reports an
        event nobody waits for (Loop._fire_io): the next wait on it is
        usually moments away."""
        if self.callback is not None:
            self._anfd.watchers.remove(self)
            self.loop._io_watchers -= 1
            self.callback = None
            self.args = ()

    def waiting_for(self):
        """What a greenlet waiting for it waits for, for the trace."""
        what = 'read' if self.events == READ else 'write' if self.events == WRITE else 'read or write'
        return '%s on fd %d' % (what, self.fd)


class _Anfd:
    """What the loop knows of one file descriptor (libev's ANFD): the
    started watchers, and the events epoll watches it for (0: none)."""

    def __init__(self):
        self.watchers = []
        self.mask = 0

    def wanted(self):
        """The events its started watchers wait for."""
        mask = 0
        for w in self.watchers:
            mask |= w.events
        return mask


class Loop:
    """The callbacks, timers and socket watchers of one hub."""

    def __init__(self):
        self._callbacks = []
        # (deadline, seq, timer): the seq tells a timer's live entry from
        # the entries it left when stopped, which stay until they surface.
        self._timers = []
        self._timer_seq = 0
        self._live_timers = 0
        # _Anfd by file descriptor.
        self._anfds = []
        self._io_watchers = 0
        self._epfd = -1
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

    def _anfd(self, fd):
        """The entry of `fd`. A new watcher on a descriptor nobody watches
        may be on a socket new since the last: whatever epoll had for that
        number went with the old one's close, so the entry starts over."""
        anfds = self._anfds
        if fd >= len(anfds):
            anfds.extend([None] * (fd + 1 - len(anfds)))
        anfd = anfds[fd]
        if anfd is None:
            anfd = anfds[fd] = _Anfd()
        elif not anfd.watchers:
            anfd.mask = -1
        return anfd

    def _add_timer(self, timer):
        self._timer_seq = seq = self._timer_seq + 1
        timer._seq = seq
        timer.deadline = deadline = _monotonic() + timer.seconds
        _heappush(self._timers, (deadline, seq, timer))
        self._live_timers += 1

    def _cancel_timer(self):
        self._live_timers -= 1

    def _ctl(self, fd, anfd, mask):
        """Tells epoll to watch `fd` for `mask` (0: not at all). A mask of
        -1 in the entry means epoll may or may not have the descriptor (see
        _anfd): the other operation is tried when the first is refused."""
        if self._epfd < 0:
            self._epfd = _select.epoll()
        old = anfd.mask
        anfd.mask = mask
        if not mask:
            try:
                _epoll_ctl(self._epfd, _CTL_DEL, fd, 0)
            except FileNotFoundError:
                pass
            return
        try:
            _epoll_ctl(self._epfd, _CTL_MOD if old else _CTL_ADD, fd, mask)
        except FileNotFoundError:
            _epoll_ctl(self._epfd, _CTL_ADD, fd, mask)
        except FileExistsError:
            _epoll_ctl(self._epfd, _CTL_MOD, fd, mask)

    def _alive(self):
        return self._callbacks or self._live_timers or self._io_watchers

    def run(self):
        """Runs iterations until nothing is left that could ever happen."""
        while self._callbacks or self._live_timers or self._io_watchers:
            if self._callbacks:
                self._run_callbacks()
                if not (self._live_timers or self._io_watchers):
                    continue
            events = self._wait(self._timeout())
            if self._live_timers:
                self._fire_timers()
            if events:
                self._fire_io(events)

    def _timeout(self):
        """Seconds until the earliest deadline; 0 while callbacks are
        queued, None with no timer."""
        if self._callbacks:
            return 0.0
        if not self._live_timers:
            return None
        timers = self._timers
        while timers[0][2]._seq != timers[0][1]:
            _heappop(timers)
        return max(timers[0][0] - _monotonic(), 0.0)

    def _wait(self, timeout):
        if self._io_watchers:
            if timeout is None:
                deadline = None
            elif timeout <= 0:
                deadline = 0
            else:
                deadline = _monotonic() + timeout
            events = _epoll_wait(self._epfd, -1, deadline)
            while events is None:
                events = _epoll_wait(self._epfd, -1, deadline)
            return events
        if timeout:
            _sleep(timeout)
        return ()

    def _run_callbacks(self):
        # Callbacks queued while these run go to the next batch, which
        # runs right after: first queued, first run.
        while self._callbacks:
            callbacks = self._callbacks
            self._callbacks = []
            for cb in callbacks:
                func = cb.callback
                if func is None:
                    continue
                args = cb.args
                cb.callback = cb.args = None
                try:
                    func(*args)
                except:
                    self._handle_error(func)

    def _fire_timers(self):
        timers = self._timers
        now = _monotonic()
        while timers:
            deadline, seq, timer = timers[0]
            if timer._seq != seq:
                _heappop(timers)
                continue
            if deadline > now:
                return
            _heappop(timers)
            timer._seq = 0
            self._live_timers -= 1
            try:
                timer._fire()
            except:
                self._handle_error(timer._fire)

    def _fire_io(self, events):
        anfds = self._anfds
        for fd, mask in events:
            anfd = anfds[fd]
            watchers = anfd.watchers
            if len(watchers) == 1:
                w = watchers[0]
                if mask & (w.events | _ERRHUP):
                    self._call(w.callback, w.args)
                else:
                    self._ctl(fd, anfd, w.events)
            elif not watchers:
                self._ctl(fd, anfd, 0)
            else:
                wanted = anfd.wanted()
                if mask & ~wanted & (READ | WRITE):
                    self._ctl(fd, anfd, wanted)
                for w in list(watchers):
                    if mask & (w.events | _ERRHUP) and w.callback is not None:
                        self._call(w.callback, w.args)

    def _call(self, func, args):
        try:
            func(*args)
        except:
            self._handle_error(func)

    def _handle_error(self, func):
        t, v, tb = sys.exc_info()
        self.error_handler.handle_error(func, t, v, tb)
