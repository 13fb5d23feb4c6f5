"""gevent.Greenlet: a greenlet the hub schedules, with a result, links
and kill, as gevent/greenlet.py has it.

spawn() only schedules: the new greenlet first runs when the current one
waits (join, sleep, I/O) and the hub comes round to it. Its return value
becomes `value`; an exception it raises becomes `exception` and is
reported on stderr by the hub, and the program goes on.
"""

import sys

from greenlet import greenlet as RawGreenlet, getcurrent, GreenletExit
from _greenlet import set_trace_name

from gevent._hub_local import get_hub
from gevent.hub import Waiter
from gevent.timeout import Timeout
from gevent._hub_primitives import iwait, wait
from gevent.exceptions import InvalidSwitchError

__all__ = ['Greenlet', 'joinall', 'killall']


class SpawnedLink:
    """A link callback run in a greenlet of its own, so it may wait."""

    def __init__(self, callback):
        if not callable(callback):
            raise TypeError("Expected callable: %r" % (callback,))
        self.callback = callback

    def __call__(self, source):
        g = RawGreenlet(self.callback, get_hub())
        g.switch(source)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)

    def __repr__(self):
        return repr(self.callback)


class SuccessSpawnedLink(SpawnedLink):
    """A SpawnedLink called only when the greenlet ended without error."""

    def __call__(self, source):
        if source.successful():
            return SpawnedLink.__call__(self, source)


class FailureSpawnedLink(SpawnedLink):
    """A SpawnedLink called only when the greenlet died of an exception."""

    def __call__(self, source):
        if not source.successful():
            return SpawnedLink.__call__(self, source)


class _StartState:
    """A start that is no longer pending: cancelled by kill, or done."""

    pending = False
    active = False

    def stop(self):
        pass

    close = stop


_cancelled_start_event = _StartState()
_start_completed_event = _StartState()


_NO_EXCEPTION = (None, None, None)


class Greenlet(RawGreenlet):
    """A greenlet that runs `run(*args, **kwargs)` (or, in a subclass, the
    `_run` method) once the hub starts it."""

    # Until set on the instance, its state is these class attributes: a
    # parked greenlet carries only what differs (its memory is the point
    # of a server holding thousands).
    value = None
    _start_event = None
    _notifier = None
    _formatted_info = None
    _links = ()
    _ident = None
    _exc_info = None
    _trace_name = None
    _name = None

    def __init__(self, run=None, *args, **kwargs):
        hub = get_hub()
        RawGreenlet.__init__(self, None, hub)
        if run is not None:
            self._run = run
        if not callable(self._run):
            raise TypeError("The run argument or self._run must be callable")
        self.args = args
        self.kwargs = kwargs
        self._spawn_number = hub.next_spawn_number()

    @property
    def minimal_ident(self):
        """A small number naming this greenlet, unique in its hub."""
        if self._ident is None:
            self._ident = self.parent.next_ident()
        return self._ident

    @property
    def name(self):
        """'Greenlet-N', N its minimal_ident, unless a name was set."""
        return self._name or 'Greenlet-%d' % (self.minimal_ident,)

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def loop(self):
        """The loop of the hub this greenlet belongs to."""
        return self.parent.loop

    def __bool__(self):
        return self._start_event is not None and self._exc_info is None

    @property
    def dead(self):
        """Whether it will never run again: killed before it started,
        started but killed before it ran, or finished."""
        return (self._start_event is _cancelled_start_event
                or self._started_but_aborted()
                or super(Greenlet, self).dead)

    def _start_pending(self):
        event = self._start_event
        return event is not None and (event.pending or getattr(event, "active", False))

    def _started_but_aborted(self):
        return (self._start_event is not None
                and self._start_event is not _cancelled_start_event
                and self._start_event is not _start_completed_event
                and not self._start_pending())

    def _cancel_start(self):
        if self._start_event is None:
            self._start_event = _cancelled_start_event
        self._start_event.stop()
        self._start_event.close()

    def _handle_death_before_start(self, args):
        if self._exc_info is None and self.dead:
            if len(args) == 1:
                arg = args[0]
                if isinstance(arg, type) and issubclass(arg, BaseException):
                    args = (arg, arg(), None)
                else:
                    args = (type(arg), arg, None)
            elif not args:
                args = (GreenletExit, GreenletExit(), None)
            self._report_error(args)

    @property
    def started(self):
        """Whether start() was called and it has not finished."""
        return bool(self)

    def ready(self):
        """Whether it has finished (returned, raised, or been killed)."""
        return self._exc_info is not None or self.dead

    def successful(self):
        """Whether it finished without an error (GreenletExit is none)."""
        return self._exc_info is not None and self._exc_info[1] is None

    def __repr__(self):
        classname = self.__class__.__name__
        if self._name is None and self._ident is None:
            name = ' '
        else:
            name = ' "%s" ' % (self.name,)
        result = '<%s%sat %s' % (classname, name, hex(id(self)))
        formatted = self._formatinfo()
        if formatted:
            result += ': ' + formatted
        return result + '>'

    def _formatinfo(self):
        info = self._formatted_info
        if info is not None:
            return info
        func = self._run
        im_self = getattr(func, '__self__', None)
        if im_self is self:
            funcname = '_run'
        elif im_self is not None:
            funcname = repr(func)
        else:
            funcname = getattr(func, '__name__', '') or repr(func)
        result = funcname
        args = []
        if self.args:
            args = [repr(x)[:50] for x in self.args]
        if self.kwargs:
            args.extend(['%s=%s' % (key, repr(value)[:50]) for (key, value) in self.kwargs.items()])
        if args:
            result += '(' + ', '.join(args) + ')'
        self._formatted_info = result
        return result

    @property
    def exception(self):
        """The exception it died of, or None."""
        return self._exc_info[1] if self._exc_info is not None else None

    @property
    def exc_info(self):
        """(type, value, traceback) of the exception it died of, or None."""
        ei = self._exc_info
        if ei is not None and ei[0] is not None:
            return ei

    def throw(self, *args):
        """Raises an exception in it at once (the hub's tool: use kill from
        other greenlets). Not yet started, it never will be, and its links
        fire as if it had raised."""
        self._cancel_start()
        try:
            if not self.dead:
                RawGreenlet.throw(self, *args)
        finally:
            self._handle_death_before_start(args)

    def start(self):
        """Schedules it for the loop's next turn."""
        if self._start_event is None:
            set_trace_name(self, self._trace_label())
            self._start_event = self.parent.loop.run_callback(self.switch)

    def start_later(self, seconds):
        """Schedules it to start `seconds` from now."""
        if self._start_event is None:
            set_trace_name(self, self._trace_label())
            self._start_event = self.parent.loop.timer(seconds)
            self._start_event.start(self.switch)

    @classmethod
    def spawn(cls, *args, **kwargs):
        """A new Greenlet(*args, **kwargs), started."""
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        """A new Greenlet(*args, **kwargs), started `seconds` from now."""
        if cls is Greenlet and not args and 'run' not in kwargs:
            raise TypeError("")
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    def _maybe_kill_before_start(self, exception):
        self._cancel_start()
        self._free()
        dead = self.dead
        if dead:
            if isinstance(exception, tuple) and len(exception) == 3:
                args = exception
            else:
                args = (exception,)
            self._handle_death_before_start(args)
        return dead

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Raises `exception` in it; with `block`, waits until it is dead
        (or `timeout` passes). Never raises; harmless on a dead greenlet."""
        if self._maybe_kill_before_start(exception) or self.ready():
            return
        waiter = Waiter() if block else None
        self.parent.loop.run_callback(_kill, self, exception, waiter)
        if waiter is not None:
            waiter.get('kill ' + self._trace_label())
            self.join(timeout)

    def get(self, block=True, timeout=None):
        """Its return value, or raises its exception; waits for it to
        finish (raising Timeout after `timeout`, or at once without
        `block`)."""
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()
        if not block:
            raise Timeout()
        self._wait_finished(timeout, 'get', False)
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()

    def join(self, timeout=None):
        """Waits until it finishes, or `timeout` seconds; returns None."""
        if self.ready():
            return
        self._wait_finished(timeout, 'join', True)

    def _wait_finished(self, timeout, what, quiet):
        """Parks the caller until it finishes; after `timeout` seconds
        raises Timeout, or returns when `quiet`."""
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                result = self.parent.switch('join ' + self._trace_label())
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Greenlet.%s(): %r' % (what, result))
            finally:
                t.cancel()
        except Timeout as ex:
            self.unlink(switch)
            if not quiet or ex is not t:
                raise
        except:
            self.unlink(switch)
            raise

    def _raise_exception(self):
        raise self._exc_info[1]

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                self.join()
            finally:
                self.kill()
        else:
            self.kill((t, v, tb))

    def _report_result(self, result):
        self._exc_info = _NO_EXCEPTION
        self.value = result
        if self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def _report_error(self, exc_info):
        if isinstance(exc_info[1], GreenletExit):
            self._report_result(exc_info[1])
            return
        self._exc_info = exc_info
        hub = self.parent
        if self._links and not self._notifier:
            self._notifier = hub.loop.run_callback(self._notify_links)
        hub.handle_error(self, *exc_info)

    def run(self):
        """What the hub switches into: runs `_run` and keeps its outcome."""
        try:
            event = self._start_event
            if event is not None:
                event.stop()
            self._start_event = _start_completed_event
            try:
                result = self._run(*self.args, **self.kwargs)
            except:
                self._report_error(sys.exc_info())
            else:
                self._report_result(result)
        finally:
            self._free()

    def _free(self):
        try:
            del self._run
        except AttributeError:
            pass
        self.args = ()
        self.kwargs.clear()

    def _trace_label(self):
        """Its name in the trace's timeline, as threading names threads:
        its name and what it runs, "Greenlet-0 (eat)". Unless a name was
        given or asked for, N counts the greenlets its hub made, so that
        naming it for the trace never changes the names gevent gives."""
        label = self._trace_name
        if label is None:
            if self._ident is None and self._name is None:
                name = 'Greenlet-%d' % (self._spawn_number,)
            else:
                name = self.name
            func = self._run
            if getattr(func, '__self__', None) is self:
                what = type(self).__name__
            else:
                what = getattr(func, '__name__', None) or type(func).__name__
            label = self._trace_name = '%s (%s)' % (name, what)
        return label

    def _run(self):
        """What a subclass overrides to say what the greenlet does."""
        return

    def has_links(self):
        """Whether callbacks wait for its end."""
        return bool(self._links)

    def rawlink(self, callback):
        """Calls `callback(self)` in the hub when it finishes (at once, on
        the loop's next turn, if it already has)."""
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        if self._links:
            self._links.append(callback)
        else:
            self._links = [callback]
        if self.ready() and self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def link(self, callback, SpawnedLink=SpawnedLink):
        """Calls `callback(self)` in a greenlet of its own when it finishes."""
        self.rawlink(SpawnedLink(callback))

    def unlink(self, callback):
        """Removes a callback added by link or rawlink."""
        if self._links:
            try:
                self._links.remove(callback)
            except ValueError:
                pass

    def unlink_all(self):
        """Removes every callback."""
        if self._links:
            del self._links[:]

    def link_value(self, callback, SpawnedLink=SuccessSpawnedLink):
        """link, called only if it finishes without an error."""
        self.link(callback, SpawnedLink=SpawnedLink)

    def link_exception(self, callback, SpawnedLink=FailureSpawnedLink):
        """link, called only if it dies of an exception."""
        self.link(callback, SpawnedLink=SpawnedLink)

    def _notify_links(self):
        while self._links:
            link = self._links.pop(0)
            try:
                link(self)
            except:
                self.parent.handle_error((link, self), *sys.exc_info())


def _kill(glet, exception, waiter):
    try:
        if isinstance(exception, tuple) and len(exception) == 3:
            glet.throw(*exception)
        else:
            glet.throw(exception)
    except:
        glet.parent.handle_error(glet, *sys.exc_info())
    if waiter is not None:
        waiter.switch(None)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    """Waits for `greenlets` to finish (at most `timeout` seconds); returns
    those that did. With raise_error, raises the first exception one died
    of, as soon as it dies."""
    if not raise_error:
        return wait(greenlets, timeout=timeout, count=count)
    done = []
    for obj in iwait(greenlets, timeout=timeout, count=count):
        if getattr(obj, 'exception', None) is not None:
            if hasattr(obj, '_raise_exception'):
                obj._raise_exception()
            raise obj.exception
        done.append(obj)
    return done


def _killall3(greenlets, exception, waiter):
    diehards = []
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except:
                g.parent.handle_error(g, *sys.exc_info())
            if not g.dead:
                diehards.append(g)
    waiter.switch(diehards)


def _killall(greenlets, exception):
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except:
                g.parent.handle_error(g, *sys.exc_info())


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    """Raises `exception` in every greenlet; with `block`, waits until all
    are dead (raising Timeout after `timeout`)."""
    need_killed = []
    for glet in greenlets:
        cancel = getattr(glet, '_maybe_kill_before_start', None)
        if cancel is None or not cancel(exception):
            need_killed.append(glet)
    if not need_killed:
        return
    loop = get_hub().loop
    if block:
        waiter = Waiter()
        loop.run_callback(_killall3, need_killed, exception, waiter)
        t = Timeout._start_new_or_dummy(timeout)
        try:
            alive = waiter.get('killall')
            if alive:
                joinall(alive, raise_error=False)
        finally:
            t.cancel()
    else:
        loop.run_callback(_killall, need_killed, exception)
