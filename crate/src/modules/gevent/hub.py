"""The hub: the greenlet of each OS thread that runs the event loop, as
gevent/hub.py has it.

A greenlet that must wait arranges to be switched back to (a timer, a
socket watcher, a link) and switches to the hub; the hub runs the loop
and switches into whichever greenlet's event comes first. When the loop
has nothing left that could ever happen, the hub raises LoopExit in the
thread's main greenlet.
"""

import sys
import time as _time
import _thread

from greenlet import greenlet as RawGreenlet, getcurrent, GreenletExit
from _greenlet import switch_waiting, set_trace_name

from gevent._hub_local import get_hub, get_hub_if_exists, set_default_hub_class
from gevent._loop import Loop
from gevent.exceptions import LoopExit, BlockingSwitchOutError, InvalidSwitchError, ConcurrentObjectUseError

__all__ = ['getcurrent', 'GreenletExit', 'spawn_raw', 'sleep', 'kill',
           'idle', 'reinit', 'get_hub', 'Hub', 'Waiter', 'LoopExit']

_format_exception = _thread.format_exception
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _gmctime():
    """The time now in RFC 3339 (2024-01-31T12:00:00Z), as gevent stamps
    its error reports."""
    _, month, day, clock, year = _time.ctime(_time.time()).split()
    return '%s-%02d-%02dT%sZ' % (year, _MONTHS.index(month) + 1, int(day), clock)


class Hub(RawGreenlet):
    """The greenlet that runs one OS thread's event loop.

    Its parent is the greenlet that first asked for it (the thread's main
    greenlet): LoopExit and system errors (SystemExit, KeyboardInterrupt)
    are raised there.
    """

    SYSTEM_ERROR = (KeyboardInterrupt, SystemExit, SystemError)
    NOT_ERROR = (GreenletExit, SystemExit)

    def __init__(self):
        RawGreenlet.__init__(self, None, None)
        set_trace_name(self, 'Hub')
        self.loop = Loop()
        self.loop.error_handler = self
        self.exception_stream = sys.stderr
        self._next_ident = 0
        self._spawned = 0

    def __repr__(self):
        return '<Hub at %s pending=%d>' % (hex(id(self)), len(self.loop._callbacks))

    def run(self):
        """Runs the loop; whenever it runs dry, raises LoopExit in the main
        greenlet, and runs again if switched back to."""
        while True:
            self.loop.run()
            self.parent.throw(LoopExit('This operation would block forever', self))

    def switch(self, waiting_for='wait'):
        """Switches to the hub, from any greenlet but the hub itself; the
        trace says the greenlet switching away waits for `waiting_for`
        ("Event.wait", "join Greenlet-0 (eat)")."""
        if getcurrent() is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        return switch_waiting(self, waiting_for)

    def wait(self, watcher, waiting_for=None):
        """Waits until `watcher` (a timer, an I/O watcher) fires; the trace
        says the greenlet waits for `waiting_for` (by default what the
        watcher says: "sleep until 1.000 s", "read on fd 3")."""
        current = getcurrent()
        if current is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        watcher.start(current.switch, watcher)
        try:
            result = switch_waiting(self, waiting_for or watcher.waiting_for())
            if result is not watcher:
                raise InvalidSwitchError(
                    'Invalid switch into %s: got %r (expected %r; waiting on %r with %r)' % (
                        current, result, watcher, self, watcher))
        finally:
            watcher.stop()

    def handle_error(self, context, type, value, tb):
        """Reports an exception raised by a greenlet or a callback: prints
        gevent's report unless it is GreenletExit or SystemExit; raises
        system errors in the main greenlet."""
        if value is None:
            value = type()
        if not issubclass(type, self.NOT_ERROR):
            self.print_exception(context, type, value, tb)
        if context is None or issubclass(type, self.SYSTEM_ERROR):
            self.handle_system_error(type, value)

    def handle_system_error(self, type, value):
        """Raises a system error in the main greenlet: at once from the hub,
        or on the loop's next turn from another greenlet."""
        current = getcurrent()
        if current is self or current is self.parent:
            self.parent.throw(value)
        else:
            self.loop.run_callback(self.parent.throw, value)

    def print_exception(self, context, t, v, tb):
        """Writes gevent's report: the traceback, then `<time> <context>
        failed with <ExcType>` and an empty line (nothing when
        exception_stream is None)."""
        stream = self.exception_stream
        if not stream:
            return
        stream.write(_format_exception(v))
        stream.write(_gmctime())
        if context is None:
            stream.write('\n')
            return
        if not isinstance(context, str):
            context = self.format_context(context)
        stream.write(' %s failed with %s\n\n' % (context, t.__name__))

    format_context = repr

    def join(self, timeout=None):
        """Runs the loop until it has nothing left to do (True), or until
        `timeout` seconds pass (False)."""
        if getcurrent() is self:
            raise BlockingSwitchOutError('Impossible to join the hub from the hub')
        if self.dead:
            return True
        waiter = Waiter(self)
        timer = None
        if timeout is not None:
            timer = self.loop.timer(timeout)
            timer.start(waiter.switch, None)
        try:
            try:
                waiter.get('Hub.join')
            except LoopExit:
                return True
        finally:
            if timer is not None:
                timer.stop()
        return False

    def next_ident(self):
        """The next small number naming a Greenlet of this hub
        (Greenlet.minimal_ident)."""
        ident = self._next_ident
        self._next_ident += 1
        return ident

    def next_spawn_number(self):
        """How many Greenlets this hub made before this one: the number in
        a Greenlet's trace name while it has no minimal_ident (which also
        counts from 0)."""
        n = self._spawned
        self._spawned += 1
        return n


set_default_hub_class(Hub)


class Waiter:
    """A one-time rendezvous between a greenlet and the hub: get() parks
    the caller until switch(value) or throw(exc) comes, or returns at once
    when one came first.

    Only the hub may call switch and throw while a greenlet waits in get:
    they are what timers, watchers and links call.
    """

    def __init__(self, hub=None):
        self.hub = get_hub() if hub is None else hub
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def __repr__(self):
        if self._exception is _NONE:
            state = ''
        elif self._exception is None:
            state = ' value=%r' % (self.value,)
        else:
            state = ' exc_info=%r' % (self._exception,)
        return '<%s greenlet=%s%s>' % (type(self).__name__, self.greenlet, state)

    def ready(self):
        """Whether a value or an exception has come."""
        return self._exception is not _NONE

    def successful(self):
        """Whether a value (not an exception) has come."""
        return self._exception is None

    @property
    def exc_info(self):
        """The exception that came, or None."""
        if self._exception is not _NONE:
            return self._exception

    def switch(self, value):
        """Delivers `value`: resumes the waiting greenlet, or keeps it for
        get()."""
        greenlet = self.greenlet
        if greenlet is None:
            self.value = value
            self._exception = None
            return
        if getcurrent() is not self.hub:
            raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
        try:
            greenlet.switch(value)
        except:
            self.hub.handle_error(greenlet.switch, *sys.exc_info())

    def switch_args(self, *args):
        """switch() with the arguments as a tuple."""
        return self.switch(args)

    def throw(self, *throw_args):
        """Delivers an exception: raises it in the waiting greenlet, or keeps
        it for get()."""
        greenlet = self.greenlet
        if greenlet is None:
            self._exception = throw_args
            return
        if getcurrent() is not self.hub:
            raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
        try:
            greenlet.throw(*throw_args)
        except:
            self.hub.handle_error(greenlet.throw, *sys.exc_info())

    def get(self, waiting_for='wait'):
        """The delivered value (or raises the delivered exception), waiting
        in the hub until it comes; the trace says the greenlet waits for
        `waiting_for`."""
        if self._exception is not _NONE:
            if self._exception is None:
                return self.value
            getcurrent().throw(*self._exception)
        if self.greenlet is not None:
            raise ConcurrentObjectUseError('This Waiter is already used by %r' % (self.greenlet,))
        self.greenlet = getcurrent()
        try:
            return self.hub.switch(waiting_for)
        finally:
            self.greenlet = None

    def clear(self):
        """Forgets what came, for another round."""
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def __call__(self, source):
        if source.exception is None:
            self.switch(source.value)
        else:
            self.throw(source.exception)


class MultipleWaiter(Waiter):
    """A Waiter that keeps every value delivered, for wait() and iwait()
    over several objects: get() returns them one by one, in the order they
    came."""

    def __init__(self, hub=None):
        Waiter.__init__(self, hub)
        self._values = []
        # The next value get() returns: values are read from the front
        # without moving the others (joinall over thousands of greenlets).
        self._next = 0

    def switch(self, value):
        self._values.append(value)
        Waiter.switch(self, True)

    def get(self, waiting_for='wait'):
        if self._next == len(self._values):
            if self._next:
                self._values = []
                self._next = 0
            Waiter.get(self, waiting_for)
            Waiter.clear(self)
        value = self._values[self._next]
        self._next += 1
        return value


class _NoneType:
    def __repr__(self):
        return '<default value>'


_NONE = _NoneType()


def sleep(seconds=0, ref=True):
    """Puts the current greenlet to sleep for `seconds`, letting the others
    run. sleep(0) only yields: the greenlet runs again after those already
    scheduled."""
    hub = get_hub()
    loop = hub.loop
    if seconds <= 0:
        waiter = Waiter(hub)
        loop.run_callback(waiter.switch, None)
        waiter.get('sleep(0)')
    else:
        with loop.timer(seconds) as t:
            hub.wait(t)


def idle():
    """Waits until the loop has run the callbacks queued before."""
    sleep(0)


def kill(greenlet, exception=GreenletExit):
    """Kills `greenlet` without waiting (Greenlet.kill with block=False for
    gevent's Greenlets; a raw greenlet is thrown `exception` on the loop's
    next turn)."""
    if hasattr(greenlet, 'kill'):
        greenlet.kill(exception=exception, block=False)
    else:
        get_hub().loop.run_callback(greenlet.throw, exception)


def spawn_raw(function, *args, **kwargs):
    """Runs `function(*args, **kwargs)` in a plain greenlet (child of the
    hub) on the loop's next turn; returns the greenlet."""
    hub = get_hub()
    if kwargs:
        g = RawGreenlet(lambda: function(*args, **kwargs), hub)
        hub.loop.run_callback(g.switch)
    else:
        g = RawGreenlet(function, hub)
        hub.loop.run_callback(g.switch, *args)
    return g


def reinit(hub=None):
    """Kept for gevent's API: a forked process copies its hub whole."""
