import gevent
gevent.get_hub().exception_stream = None  # the report holds a time and addresses
from gevent import Greenlet


def ok():
    gevent.sleep(0.1)
    return 'fine'


def bad():
    gevent.sleep(0.1)
    raise KeyError('broken')


g = gevent.spawn(ok)
g.link(lambda s: print('link', s.value))
g.link_value(lambda s: print('link_value', s.value))
g.link_exception(lambda s: print('link_exception never'))
g.rawlink(lambda s: print('rawlink', s.successful()))
g.join()
gevent.sleep(0)

b = gevent.spawn(bad)
b.link_exception(lambda s: print('link_exception', repr(s.exception)))
b.link_value(lambda s: print('link_value never'))
b.join()
gevent.sleep(0)

late = gevent.spawn(lambda: 1)
late.join()
late.link(lambda s: print('linked after the end', s.value))
gevent.sleep(0)

cb = lambda s: print('unlinked never')
u = gevent.spawn(ok)
u.rawlink(cb)
u.unlink(cb)
u.join()
gevent.sleep(0)
print('done', u.has_links())
