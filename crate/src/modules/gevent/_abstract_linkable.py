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
    (all of them when _notify_all, else only while it stays ready: a
    semaphore wakes as many waiters as it has permits)."""

    _notify_all = True

    def __init__(self, hub=None):
        self.hub = hub
        self._links = []
        self._notifier = None

    def linkcount(self):
        """How many callbacks are linked."""
        return len(self._links)

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
        try:
            self._links.remove(callback)
        except ValueError:
            pass

    def _get_hub(self):
        if self.hub is None:
            self.hub = get_hub()
        return self.hub

    def _check_and_notify(self):
        if self.ready() and self._links and not self._notifier:
            self._notifier = self._get_hub().loop.run_callback(self._notify_links, list(self._links))

    def _notify_links(self, arrived_while_waiting):
        notifier = self._notifier
        try:
            for link in arrived_while_waiting:
                if not self._notify_all and not self.ready():
                    break
                if link not in self._links:
                    continue
                self._links.remove(link)
                try:
                    link(self)
                except:
                    self._get_hub().handle_error((link, self), *sys.exc_info())
        finally:
            if self._notifier is notifier:
                self._notifier = None
        self._check_and_notify()

    def _wait_core(self, timeout, catch=Timeout):
        """Parks the caller until notified (True) or `timeout` passes
        (False)."""
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            with Timeout._start_new_or_dummy(timeout) as timer:
                try:
                    result = self._get_hub().switch()
                    if result is not self:
                        raise InvalidSwitchError('Invalid switch into Event.wait(): %r' % (result,))
                    return True
                except catch as ex:
                    if ex is not timer:
                        raise
                    return False
        finally:
            self.unlink(switch)

    def _wait_return_value(self, waited, wait_success):
        return None

    def _wait(self, timeout=None):
        """Waits until ready (or `timeout`); what it returns is the
        subclass's _wait_return_value."""
        if self.ready():
            return self._wait_return_value(False, False)
        gotit = self._wait_core(timeout)
        return self._wait_return_value(True, gotit)

