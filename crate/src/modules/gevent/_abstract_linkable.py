"""What Events, AsyncResults and Semaphores share, as
gevent/_abstract_linkable.py has it: callbacks linked to the object, run by
the hub once the object is ready, and waiting for that in a greenlet.
"""

import sys

from greenlet import getcurrent

from gevent._hub_local import get_hub
from gevent.timeout import Timeout
from gevent.exceptions import InvalidSwitchError


class AbstractLinkable:
    """An object greenlets can wait on. A subclass says when it is
    ready(); _check_and_notify() then has the hub call the linked callbacks
    in the order they were linked (all of them when _notify_all, else only
    while it stays ready: a semaphore wakes as many waiters as it has
    permits).

    The links are `_links[_head:]`: notifying takes them from the front by
    moving `_head`, as gevent pops them from its list, without moving the
    thousands that may wait behind.
    """

    _notify_all = True

    def __init__(self, hub=None):
        self.hub = hub
        self._links = []
        self._head = 0
        self._notifier = None

    def linkcount(self):
        """How many callbacks are linked."""
        return len(self._links) - self._head

    def ready(self):
        """Whether waiting would return at once."""
        raise NotImplementedError

    def rawlink(self, callback):
        """Calls `callback(self)` in the hub when the object is ready."""
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        """Removes a linked callback."""
        links = self._links
        try:
            del links[links.index(callback, self._head)]
        except ValueError:
            pass

    def _get_hub(self):
        if self.hub is None:
            self.hub = get_hub()
        return self.hub

    def _check_and_notify(self):
        if not self._notifier and len(self._links) > self._head and self.ready():
            self._notifier = self._get_hub().loop.run_callback(self._notify_links)

    def _notify_links(self):
        """Calls the links, first linked first, up to the last one linked
        when it began (gevent's _notify_link_list); each is taken off
        before it is called."""
        notifier = self._notifier
        try:
            links = self._links
            if len(links) > self._head:
                final_link = links[-1]
                only_while_ready = not self._notify_all
                while len(links) > self._head:
                    if only_while_ready and not self.ready():
                        break
                    link = links[self._head]
                    self._head += 1
                    try:
                        link(self)
                    except:
                        self._get_hub().handle_error((link, self), *sys.exc_info())
                    if link is final_link:
                        break
        finally:
            if self._notifier is notifier:
                self._notifier = None
            self._drop_notified()
        self._check_and_notify()

    def _drop_notified(self):
        head = self._head
        if head:
            self._head = 0
            del self._links[:head]

    def _wait_core(self, timeout, catch=Timeout, waiting_for=None):
        """Parks the caller until notified (True) or `timeout` passes
        (False); the trace says it waits for `waiting_for` (by default
        "Event.wait", after the class)."""
        switch = getcurrent().switch
        self.rawlink(switch)
        with Timeout._start_new_or_dummy(timeout) as timer:
            try:
                result = self._get_hub().switch(waiting_for or type(self).__name__ + '.wait')
                switch = None
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Event.wait(): %r' % (result,))
                return True
            except catch as ex:
                if ex is not timer:
                    raise
                return False
            finally:
                if switch is not None:
                    self.unlink(switch)

    def _wait_return_value(self, waited, wait_success):
        return None

    def _wait(self, timeout=None, waiting_for=None):
        """Waits until ready (or `timeout`); what it returns is the
        subclass's _wait_return_value."""
        if self.ready():
            return self._wait_return_value(False, False)
        gotit = self._wait_core(timeout, waiting_for=waiting_for)
        return self._wait_return_value(True, gotit)
