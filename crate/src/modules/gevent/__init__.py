"""gevent: greenlets scheduled by an event loop, as gevent 24 offers them.

A greenlet runs until it waits (sleep, join, a lock, a socket); then the
hub of its OS thread runs the loop and switches into whichever greenlet's
event comes first. All of it is Python on top of the greenlet module and
the kernel's sockets and epoll.
"""

from gevent.hub import GreenletExit, getcurrent, get_hub, sleep, idle, kill, spawn_raw, reinit
from gevent.greenlet import Greenlet, joinall, killall
from gevent.timeout import Timeout, with_timeout
from gevent._hub_primitives import wait, iwait

__version__ = '24.11.1'

__all__ = ['Greenlet', 'GreenletExit', 'Timeout', 'getcurrent',
           'get_hub', 'idle', 'iwait', 'joinall', 'kill', 'killall', 'reinit',
           'sleep', 'spawn', 'spawn_later', 'spawn_raw', 'wait', 'with_timeout']

spawn = Greenlet.spawn
spawn_later = Greenlet.spawn_later
